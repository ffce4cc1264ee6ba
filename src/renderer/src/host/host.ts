/**
 * Host: what the renderer needs from wherever it runs. The Electron host asks main (through the
 * preload) to render and save; the browser host renders in the page and downloads. Components and
 * the store only ever see this interface, so tests pass a mock of the same shape.
 */
import type { DocModel } from '../../../core/model/doc-model';
import type { OutputFormat } from '../../../core/write/writers';
import type { ExportResult, MenuCommand } from '../../../shared/ipc-contract';

export type { ExportResult, MenuCommand, OutputFormat };

export interface Host {
  /** Shown in the status line, e.g. "Downloaded" vs "Saved to". */
  readonly kind: 'electron' | 'browser';
  exportNote(format: OutputFormat, doc: DocModel, suggestedName: string): Promise<ExportResult>;
  /** Reveal a saved file in the system file manager (desktop only). */
  showInFolder?(path: string): Promise<void>;
  /** Application-menu commands (desktop only); returns the function that unsubscribes. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}
