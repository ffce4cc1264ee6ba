/**
 * The host in a plain browser (`npm run web`): renders the note in the page with the same core
 * writers main uses, then hands the bytes to the browser as a download. The writers and fonts are
 * loaded on the first export only, so opening the app stays fast.
 */
import type { Host } from './host';
import { createIndexedDbAutosave } from './indexeddb-autosave';

function download(bytes: Uint8Array, mimeType: string, fileName: string): void {
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
  return {
    kind: 'browser',
    autosave: createIndexedDbAutosave(),
    async saveDraft(content, suggestedName) {
      download(new TextEncoder().encode(content), 'application/json', suggestedName);
      return { status: 'saved', path: suggestedName };
    },
    async exportNote(format, doc, suggestedName) {
      try {
        const [{ writers }, { loadBrowserFonts }] = await Promise.all([import('../../../core/write/writers'), import('./browser-fonts')]);
        const writer = writers[format];
        const bytes = await writer.write(doc, { fonts: await loadBrowserFonts() });
        const fileName = suggestedName.toLowerCase().endsWith(writer.extension) ? suggestedName : `${suggestedName}${writer.extension}`;
        download(bytes, writer.mimeType, fileName);
        return { status: 'saved', path: fileName };
      } catch (error) {
        return { status: 'error', message: `The note could not be exported: ${(error as Error).message}` };
      }
    },
  };
}
