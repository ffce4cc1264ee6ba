/** The store's full type, in its own file so each slice can name it without import cycles. */
import type { StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { DraftSlice, TrackedDraft } from './draft-slice';
import type { ExportSlice } from './export-slice';
import type { StatementSlice } from './statement-slice';
import type { TemplatesSlice } from './templates-slice';
import type { UiSlice } from './ui-slice';

export type BriefwrightState = StatementSlice & DraftSlice & UiSlice & ExportSlice & TemplatesSlice;
/** As zundo's `temporal` declares itself to the slices inside it; see `temporalOf` for the typed API. */
export type StoreMutators = [['temporal', unknown]];

export function temporalOf(store: unknown): StoreApi<TemporalState<TrackedDraft>> {
  return (store as { temporal: StoreApi<TemporalState<TrackedDraft>> }).temporal;
}
