/**
 * Host: what the renderer needs from wherever it runs. The Electron host asks main (through the
 * preload) to render and save; the browser host renders in the page, downloads, and keeps the
 * autosaved draft in IndexedDB. Components and the store only ever see this interface, so tests
 * pass a mock of the same shape.
 */
import type { DocModel } from '../../../core/model/doc-model';
import type { OutputFormat } from '../../../core/write/writers';
import type { ExportResult, MenuCommand } from '../../../shared/ipc-contract';

export type { ExportResult, MenuCommand, OutputFormat };

/** The one autosaved draft: written every few seconds while there are unsaved changes. */
export interface AutosaveStore {
  write(content: string): Promise<void>;
  read(): Promise<string | null>;
  clear(): Promise<void>;
}

export interface Host {
  /** Shown in the status line, e.g. "Downloaded" vs "Saved to". */
  readonly kind: 'electron' | 'browser';
  exportNote(format: OutputFormat, doc: DocModel, suggestedName: string): Promise<ExportResult>;
  /**
   * Saves a draft file. `path` is where it was last saved (Save), or null to ask (Save As);
   * the browser always downloads.
   */
  saveDraft(content: string, suggestedName: string, path: string | null): Promise<ExportResult>;
  readonly autosave: AutosaveStore;
  /** Reveal a saved file in the system file manager (desktop only). */
  showInFolder?(path: string): Promise<void>;
  /** Application-menu commands (desktop only); returns the function that unsubscribes. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
