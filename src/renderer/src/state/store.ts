/**
 * The renderer's one store, built from slices (document, export). Selectors live here at module
 * level and are exposed as named hooks, so components subscribe to exactly what they show.
 */
import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createExportSlice, type ExportSlice } from './export-slice';
import { SAMPLE_STATEMENT_NAME, SAMPLE_STATEMENT_TEXT } from './sample-statement';

export type BriefwrightState = DocumentSlice & ExportSlice;

export const useBriefwrightStore = create<BriefwrightState>()((...args) => ({
  ...createDocumentSlice({ text: SAMPLE_STATEMENT_TEXT, sourceName: SAMPLE_STATEMENT_NAME })(...args),
  ...createExportSlice(...args),
}));

const selectDocument = (state: BriefwrightState) => state.document;
const selectTemplate = (state: BriefwrightState) => state.template;
const selectOpenError = (state: BriefwrightState) => state.openError;
const selectExportStatus = (state: BriefwrightState) => state.exportStatus;
const selectExportNote = (state: BriefwrightState) => state.exportNote;

export const useOpenDocument = () => useBriefwrightStore(selectDocument);
export const useTemplate = () => useBriefwrightStore(selectTemplate);
export const useOpenError = () => useBriefwrightStore(selectOpenError);
export const useExportStatus = () => useBriefwrightStore(selectExportStatus);
export const useExportNote = () => useBriefwrightStore(selectExportNote);

/** Back to the sample (File ▸ Open sample). */
export function openSampleStatement(): void {
  useBriefwrightStore.getState().openStatementText(SAMPLE_STATEMENT_TEXT, SAMPLE_STATEMENT_NAME);
}
