/**
 * Export slice: turning the current draft into a file through the host, and the status line that
 * reports the outcome. One export at a time; the buttons are disabled while one runs.
 */
import { boundBriefing } from '../../../core/compose/note-bounds';
import type { StateCreator } from 'zustand';
import { applyTemplate } from '../../../core/layout/apply-template';
import type { Briefing } from '../../../core/model/briefing';
import { noteFileBaseName } from '../../../core/write/file-name';
import type { ExportResult, Host, OutputFormat } from '../host/host';
import type { BriefwrightState, StoreMutators } from './store-types';
import { uiI18n } from '../i18n/ui-i18n';
import { describe } from '../../../core/i18n/describe';

export type ExportStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'exporting'; readonly format: OutputFormat }
  | { readonly state: 'finished'; readonly format: OutputFormat; readonly result: ExportResult };

export interface ExportSlice {
  readonly exportStatus: ExportStatus;
  exportNote(host: Host, format: OutputFormat): Promise<void>;
}

/**
 * "2024-11-01 Canada-ROK Foreign and Defence Ministerial Meeting": date first so notes sort, cut at a
 * word boundary, punctuation kept where file systems allow (core/write/file-name.ts); a note with no
 * date or title is named in its own language.
 */
export function suggestedFileName(briefing: Briefing): string {
  const { date, title } = briefing.metadata;
  return noteFileBaseName(date, title, uiI18n.getFixedT(briefing.language, 'session')('fileName.fallback'));
}

export const createExportSlice: StateCreator<BriefwrightState, StoreMutators, [], ExportSlice> = (set, get) => ({
  exportStatus: { state: 'idle' },
  async exportNote(host, format) {
    const { briefing, template, wordTemplate, statement, structured, exportStatus } = get();
    if (!briefing || exportStatus.state === 'exporting') return;
    set({ exportStatus: { state: 'exporting', format } });
    let result: ExportResult;
    try {
      if (wordTemplate && format === 'docx') {
        result = await host.exportWordNote({ templateId: wordTemplate.id, briefing, meeting: structured?.meeting, suggestedName: suggestedFileName(briefing) });
      } else {
        const doc = applyTemplate(briefing, template, statement ?? undefined);
        result = await host.exportNote(format, doc, suggestedFileName(briefing));
        if (wordTemplate && result.status === 'saved') {
          // A PDF cannot be drawn from a .docx without a word processor: say which layout was used.
          result = { ...result, note: uiI18n.t('export.wordPdfNote', { layout: template.name, word: wordTemplate.name }) };
        }
      }
    } catch (error) {
      result = { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    // Items the officer added past the note's bounds were left out of the file: say so.
    const cuts = boundBriefing(briefing).cutNotices.map((cut) => describe(cut, uiI18n));
    if (result.status === 'saved' && cuts.length > 0) result = { ...result, note: [result.note, ...cuts].filter(Boolean).join(' ') };
    set({ exportStatus: { state: 'finished', format, result } });
  },
});
