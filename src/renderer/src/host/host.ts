/**
 * Host: what the renderer needs from wherever it runs. The Electron host asks main (through the
 * preload) to render and save; the browser host renders in the page, downloads, and keeps the
 * autosaved draft in IndexedDB. Components and the store only ever see this interface, so tests
 * pass a mock of the same shape.
 */
import type { DocModel } from '../../../core/model/doc-model';
import type { OutputFormat } from '../../../core/write/writers';
import type { Template } from '../../../core/model/template';
import type {
  ExportResult,
  MenuCommand,
  TemplateListing,
  TemplateSaveResult,
  WordNoteRequest,
  WordTemplateImport,
  WordTemplateListing,
} from '../../../shared/ipc-contract';

export type { ExportResult, MenuCommand, OutputFormat, TemplateListing, TemplateSaveResult, WordNoteRequest, WordTemplateImport, WordTemplateListing };

/** The one autosaved draft: written every few seconds while there are unsaved changes. */
export interface AutosaveStore {
  write(content: string): Promise<void>;
  read(): Promise<string | null>;
  clear(): Promise<void>;
}

/**
 * The officer's own templates (built-ins ship with the app and are never stored): one file each in
 * the data folder on the desktop, one IndexedDB record each in the browser. Keyed by template id.
 */
export interface TemplateStore {
  list(): Promise<TemplateListing>;
  /** With `replace: false`, an existing template with the same id is left alone and 'exists' returned. */
  save(template: Template, options: { readonly replace: boolean }): Promise<TemplateSaveResult>;
  delete(id: string): Promise<void>;
  /** Hands the officer a copy of a template (built-in or stored): a download, or a save dialog. */
  export(id: string): Promise<ExportResult>;
}

/**
 * The officer's Word-authored templates: the department's .docx, byte for byte, with what was found
 * in it (a record in the data folder beside the document on the desktop; two IndexedDB records in the
 * browser). Ids are shared with the JSON templates: one id names one template.
 */
export interface WordTemplateStore {
  list(): Promise<WordTemplateListing>;
  /** With `replace: false`, an existing Word template with the same id is left alone and 'exists' returned. */
  import(template: WordTemplateImport, options: { readonly replace: boolean }): Promise<TemplateSaveResult>;
  /** A new name; the id, the document and drafts made with it stay. */
  rename(id: string, name: string): Promise<TemplateSaveResult>;
  delete(id: string): Promise<void>;
  /** Hands the officer a copy of the stored .docx: a download, or a save dialog. */
  export(id: string): Promise<ExportResult>;
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
  readonly templates: TemplateStore;
  readonly wordTemplates: WordTemplateStore;
  /** DOCX through a Word template: its placeholders filled with the note, its letterhead and styles kept. */
  exportWordNote(request: WordNoteRequest): Promise<ExportResult>;
  /**
   * Characters of the note that no bundled font has (they would print as blank boxes), so the preview
   * can warn before export. Hosts load the fonts to answer; callers ask only for non-Latin notes.
   */
  unsupportedCharacters?(doc: DocModel): Promise<readonly string[]>;
  /** Reveal a saved file in the system file manager (desktop only). */
  showInFolder?(path: string): Promise<void>;
  /** Application-menu commands (desktop only); returns the function that unsubscribes. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Tells main whether the draft holds unsaved changes, so closing the window asks first (desktop only). */
  reportUnsavedChanges?(unsaved: boolean): void;
  /** Main held a close because of unsaved changes (desktop only); returns the function that unsubscribes. */
  onCloseRequested?(listener: () => void): () => void;
  /** The officer answered Save or Don't save: main may close the window now (desktop only). */
  closeWindow?(): void;
}
