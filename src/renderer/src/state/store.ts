/**
 * The renderer's one store, built from slices (statement, draft, UI, export). zundo's `temporal`
 * is applied once, on the combined store, and tracks only the draft briefing; keystrokes are grouped
 * into one undo step (undo-grouping.ts). Selectors live here at module level, exposed as named hooks,
 * so components subscribe to exactly what they show.
 */
import { temporal } from 'zundo';
import { create, useStore } from 'zustand';
import { composeBriefing, finishBriefing } from '../../../core/compose/compose-briefing';
import { rememberedOfficer } from './officer-details';
import { createDraftSlice, type TrackedDraft } from './draft-slice';
import { createExportSlice } from './export-slice';
import { SAMPLE_CONTENT, SAMPLE_STATEMENT, SAMPLE_STATEMENT_NAME, SAMPLE_STRUCTURED, SAMPLE_TEMPLATE } from './sample-statement';
import { createStatementSlice } from './statement-slice';
import type { BriefwrightState } from './store-types';
import { createTemplatesSlice } from './templates-slice';
import { createUiSlice } from './ui-slice';
import { startsNewUndoStep } from './undo-grouping';

export type { BriefwrightState } from './store-types';

type RecordPastState = (pastState: unknown, replace: unknown, currentState: unknown, deltaState?: unknown) => void;

export const useBriefwrightStore = create<BriefwrightState>()(
  temporal(
    (...args) => {
      const state: BriefwrightState = {
        // The sample as the build imported and extracted it (sample-statement.ts): nothing to extract at start-up.
        ...createStatementSlice({ statement: SAMPLE_STATEMENT, structured: SAMPLE_STRUCTURED, sourceName: SAMPLE_STATEMENT_NAME })(...args),
        ...createDraftSlice(...args),
        ...createUiSlice(...args),
        ...createExportSlice(...args),
        ...createTemplatesSlice(...args),
      };
      // The first note: the sample as the build composed it with this template, dated today with the officer's details.
      const officer = rememberedOfficer();
      const briefing =
        state.template === SAMPLE_TEMPLATE
          ? finishBriefing(SAMPLE_CONTENT, { officer }).briefing
          : state.structured && composeBriefing(state.structured, state.template, { officer });
      return { ...state, briefing };
    },
    {
      partialize: (state): TrackedDraft => ({ briefing: state.briefing }),
      equality: (past, current) => past.briefing === current.briefing,
      limit: 200,
      handleSet: (record) =>
        ((pastState: unknown, replace: unknown, currentState: unknown, deltaState?: unknown) => {
          if (startsNewUndoStep()) (record as unknown as RecordPastState)(pastState, replace, currentState, deltaState);
        }) as typeof record,
    },
  ),
);

const selectBriefing = (state: BriefwrightState) => state.briefing;
const selectStatement = (state: BriefwrightState) => state.statement;
const selectStructured = (state: BriefwrightState) => state.structured;
const selectSourceName = (state: BriefwrightState) => state.sourceName;
const selectTemplate = (state: BriefwrightState) => state.template;
const selectNotice = (state: BriefwrightState) => state.notice;
const selectExportStatus = (state: BriefwrightState) => state.exportStatus;
const selectSelectedItemId = (state: BriefwrightState) => state.selectedItemId;
const selectSelectionOrigin = (state: BriefwrightState) => state.selectionOrigin;
const selectFocusRequest = (state: BriefwrightState) => state.focusRequest;
const selectDirty = (state: BriefwrightState) => state.dirty;
const selectUserTemplates = (state: BriefwrightState) => state.userTemplates;
const selectTemplatesLoaded = (state: BriefwrightState) => state.templatesLoaded;
const selectWordTemplates = (state: BriefwrightState) => state.wordTemplates;
const selectWordTemplate = (state: BriefwrightState) => state.wordTemplate;
const selectTemplateProblems = (state: BriefwrightState) => state.templateProblems;
const selectEditingTemplateId = (state: BriefwrightState) => state.editingTemplateId;
const selectEditingTemplate = (state: BriefwrightState) => state.editingTemplate;
const selectCanUndo = (state: { pastStates: readonly unknown[] }) => state.pastStates.length > 0;
const selectCanRedo = (state: { futureStates: readonly unknown[] }) => state.futureStates.length > 0;

export const useBriefing = () => useBriefwrightStore(selectBriefing);
export const useStatement = () => useBriefwrightStore(selectStatement);
export const useStructured = () => useBriefwrightStore(selectStructured);
export const useSourceName = () => useBriefwrightStore(selectSourceName);
export const useTemplate = () => useBriefwrightStore(selectTemplate);
export const useNotice = () => useBriefwrightStore(selectNotice);
export const useExportStatus = () => useBriefwrightStore(selectExportStatus);
export const useSelectedItemId = () => useBriefwrightStore(selectSelectedItemId);
export const useSelectionOrigin = () => useBriefwrightStore(selectSelectionOrigin);
/** Where the Compose pane should move the focus next (after Undo or Redo). */
export const useFocusRequest = () => useBriefwrightStore(selectFocusRequest);
export const useDirty = () => useBriefwrightStore(selectDirty);
export const useUserTemplates = () => useBriefwrightStore(selectUserTemplates);
export const useTemplatesLoaded = () => useBriefwrightStore(selectTemplatesLoaded);
export const useWordTemplates = () => useBriefwrightStore(selectWordTemplates);
/** The Word template the note's DOCX goes through, or null. */
export const useWordTemplate = () => useBriefwrightStore(selectWordTemplate);
export const useTemplateProblems = () => useBriefwrightStore(selectTemplateProblems);
export const useEditingTemplateId = () => useBriefwrightStore(selectEditingTemplateId);
export const useEditingTemplate = () => useBriefwrightStore(selectEditingTemplate);
export const useCanUndo = () => useStore(useBriefwrightStore.temporal, selectCanUndo);
export const useCanRedo = () => useStore(useBriefwrightStore.temporal, selectCanRedo);

/** Actions never change, so components take them straight from the store without subscribing. */
export const actions = () => useBriefwrightStore.getState();

/** Back to the sample (File ▸ Open sample, and the error screen's way out). */
export function openSampleStatement(): void {
  useBriefwrightStore.getState().openStatement(SAMPLE_STATEMENT, SAMPLE_STATEMENT_NAME, SAMPLE_STRUCTURED);
  useBriefwrightStore.setState({ notice: null });
}
