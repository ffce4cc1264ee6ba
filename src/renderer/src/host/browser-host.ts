/**
 * The host in a plain browser (`npm run web`): renders the note in a Web Worker with the same core
 * writers main uses (so typing never stalls), then hands the bytes to the browser as a download. The
 * writers and fonts load in the worker once the opened page is idle, so opening the app stays fast
 * and the first export does not wait for them.
 */
import type { Host } from './host';
import { createIndexedDbAutosave } from './indexeddb-autosave';
import { createIndexedDbTemplates } from './indexeddb-templates';
import { createIndexedDbWordTemplates, readWordTemplateBytes } from './indexeddb-word-templates';
import { fillWordTemplateInWorker, renderNote, unsupportedCharactersOf, warmExportWorkerWhenIdle } from './worker-export';
import { uiI18n } from '../i18n/ui-i18n';

export function download(bytes: Uint8Array, mimeType: string, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function createBrowserHost(): Host {
  warmExportWorkerWhenIdle();
  return {
    kind: 'browser',
    autosave: createIndexedDbAutosave(),
    templates: createIndexedDbTemplates(download),
    wordTemplates: createIndexedDbWordTemplates(download),
    unsupportedCharacters: unsupportedCharactersOf,
    async saveDraft(content, suggestedName) {
      download(new TextEncoder().encode(content), 'application/json', suggestedName);
      return { status: 'saved', path: suggestedName };
    },
    async exportWordNote({ templateId, briefing, meeting, suggestedName }) {
      try {
        const { info, bytes } = await readWordTemplateBytes(templateId);
        const note = await fillWordTemplateInWorker({ bytes, briefing, meeting, baseId: info.base });
        const fileName = suggestedName.toLowerCase().endsWith('.docx') ? suggestedName : `${suggestedName}.docx`;
        download(note.bytes, note.mimeType, fileName);
        return { status: 'saved', path: fileName };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.wordNoteFailed', { reason: (error as Error).message }) };
      }
    },
    async exportNote(format, doc, suggestedName) {
      try {
        const note = await renderNote(format, doc);
        const fileName = suggestedName.toLowerCase().endsWith(note.extension) ? suggestedName : `${suggestedName}${note.extension}`;
        download(note.bytes, note.mimeType, fileName);
        return { status: 'saved', path: fileName, unsupportedCharacters: [...note.unsupported] };
      } catch (error) {
        return { status: 'error', message: uiI18n.t('host.exportFailed', { reason: (error as Error).message }) };
      }
    },
  };
}
