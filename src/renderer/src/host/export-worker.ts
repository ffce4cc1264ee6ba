/**
 * The browser host's export, off the UI thread: a module worker that loads the writers and the
 * bundled fonts on its first job, renders the DocModel and hands the bytes back (transferred, not
 * copied). Characters no bundled font has are reported so the UI can warn before the officer sends
 * a note with blank boxes in it.
 */
import type { DocModel } from '../../../core/model/doc-model';
import type { OutputFormat } from '../../../core/write/writers';

export interface ExportJob {
  readonly id: number;
  readonly format: OutputFormat;
  readonly doc: DocModel;
  /** Only report the characters no bundled font has (the preview's warning); write nothing. */
  readonly checkOnly?: boolean;
}

export type ExportJobResult =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array; readonly mimeType: string; readonly extension: string; readonly unsupported: readonly string[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<ExportJob>) => void) | null; postMessage(message: ExportJobResult, transfer?: Transferable[]): void };

scope.onmessage = async (event) => {
  const { id, format, doc } = event.data;
  try {
    const [{ writers }, { loadBrowserFonts }, { findUnsupportedCharacters }] = await Promise.all([
      import('../../../core/write/writers'),
      import('./browser-fonts'),
      import('../../../core/write/font-coverage'),
    ]);
    const fonts = await loadBrowserFonts();
    const writer = writers[format];
    const bytes = event.data.checkOnly ? new Uint8Array(0) : await writer.write(doc, { fonts });
    const unsupported = findUnsupportedCharacters(doc, fonts);
    scope.postMessage({ id, ok: true, bytes, mimeType: writer.mimeType, extension: writer.extension, unsupported }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
