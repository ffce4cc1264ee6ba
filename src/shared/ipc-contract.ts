/**
 * The one IPC contract shared by the main process and the preload script: channel names, the zod
 * schemas main uses to check every payload that crosses from the renderer, and the result types
 * both sides agree on. Anything the renderer sends is untrusted until these schemas accept it.
 *
 * The renderer only ever imports *types* from here (through window.briefwright), never the schemas.
 */
import { z } from 'zod';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION, MAX_NOTE_BLOCKS } from '../core/limits';
import type { DocModel } from '../core/model/doc-model';
import type { Briefing } from '../core/model/briefing';
import type { Meeting } from '../core/model/structured-statement';
import type { Template } from '../core/model/template';
import type { WordTemplateInfo } from '../core/templates/word-template-info';
import type { OutputFormat } from '../core/write/writers';
import type { UiLanguage } from '../core/i18n/languages';

export const IPC_CHANNELS = {
  /** renderer → main (invoke): render a DocModel to DOCX/PDF and save it where the officer chooses. */
  exportNote: 'note:export',
  /** renderer → main (invoke): the characters of a laid-out note that no bundled font can draw. */
  unsupportedCharacters: 'note:unsupported-characters',
  /** renderer → main (invoke): reveal a file this session saved in the system file manager. */
  showInFolder: 'note:show-in-folder',
  /** renderer → main (invoke): save a draft file (Save: to the path it was saved to; Save As: ask). */
  saveDraft: 'draft:save',
  /** renderer → main (invoke): the autosaved draft in the app's data folder: write, read, clear. */
  writeAutosave: 'autosave:write',
  readAutosave: 'autosave:read',
  clearAutosave: 'autosave:clear',
  /** renderer → main (invoke): the officer's templates in the data folder: list, save, delete, export. */
  listTemplates: 'templates:list',
  saveTemplate: 'templates:save',
  deleteTemplate: 'templates:delete',
  exportTemplate: 'templates:export',
  /** renderer → main (invoke): the officer's Word-authored templates: list, import, delete, export a copy. */
  listWordTemplates: 'word-templates:list',
  importWordTemplate: 'word-templates:import',
  renameWordTemplate: 'word-templates:rename',
  deleteWordTemplate: 'word-templates:delete',
  exportWordTemplate: 'word-templates:export',
  /** renderer → main (invoke): fill a Word template with the note and save the DOCX where the officer chooses. */
  exportWordNote: 'note:export-word',
  /** main → renderer (send): a menu item was chosen. */
  menuCommand: 'menu:command',
  /** renderer → main (invoke): the interface's language now ('en' | 'fr'); main rebuilds its menus in it. */
  setUiLanguage: 'ui:set-language',
  /** main → renderer (send): the officer picked a language in the View menu. */
  uiLanguageChosen: 'ui:language-chosen',
  /** renderer → main (invoke): whether the draft holds unsaved changes (a boolean); main holds the window's close while it does. */
  reportUnsavedChanges: 'window:unsaved-changes',
  /** main → renderer (send): a close was held for unsaved changes; the page asks Save / Don't save / Cancel. */
  closeRequested: 'window:close-requested',
  /** renderer → main (invoke): the officer answered Save or Don't save; main closes the window. */
  closeWindow: 'window:close',
} as const;

export const MENU_COMMANDS = ['open-sample', 'open-file', 'paste-statement', 'save-draft', 'save-draft-as', 'export-docx', 'export-pdf', 'undo', 'redo', 'open-templates', 'save-as-template'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

// Bounds keep a buggy or hostile renderer from asking main to lay out gigabytes of text. They are the
// note's own bounds (core/limits.ts), which applyTemplate keeps every DocModel within, so a note the CLI
// or the browser renders is never refused here.
const MAX_TEXT = MAX_ITEM_CHARS;
const MAX_ITEMS = MAX_ITEMS_PER_SECTION;
/** A draft holds the statement (importers accept up to 5 MB) plus the officer's draft. */
const MAX_DRAFT_CHARS = 20_000_000;

/**
 * The schemas are built on first use, not at module load: the preload imports this file for the
 * channel names only, and must not carry zod into every sandboxed page.
 */
function buildSchemas() {
  const text = z.string().max(MAX_TEXT);
  const points = z.number().finite().min(0).max(2_000);
  const colour = z.string().regex(/^[0-9A-Fa-f]{6}$/);
  const runs = z.array(z.object({ text, bold: z.boolean().optional(), italic: z.boolean().optional() })).max(MAX_ITEMS);

  const block = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('title'), text, label: text.optional() }),
    z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2)]), text }),
    z.object({ kind: z.literal('paragraph'), runs, role: z.enum(['body', 'closing', 'memo-addressee', 'memo-purpose']).optional(), comment: text.nullable().optional() }),
    z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(runs).max(MAX_ITEMS), comments: z.array(text.nullable()).max(MAX_ITEMS).optional(), start: z.number().int().min(1).optional() }),
    z.object({ kind: z.literal('quote'), text, attribution: text, comment: text.nullable().optional() }),
    z.object({
      kind: z.literal('table'),
      columnWidths: z.array(z.number().finite().positive().max(1)).min(1).max(20),
      header: z.array(text).max(20).nullable(),
      rows: z.array(z.array(text).max(20)).max(MAX_ITEMS),
      role: z.enum(['memo', 'approval']).optional(),
    }),
  ]);

  /** The DocModel as it arrives: shapes and bounds are checked; what the text says is the officer's business. */
  const docModel = z.object({
    page: z.object({
      size: z.enum(['LETTER', 'A4']),
      orientation: z.enum(['portrait', 'landscape']),
      margins: z.object({ top: points, right: points, bottom: points, left: points }),
    }),
    styles: z.object({
      font: z.enum(['Liberation Sans', 'Liberation Serif']),
      baseSize: points,
      titleSize: points,
      headingSize: points,
      smallSize: points,
      lineSpacing: z.number().finite().min(0.5).max(4),
      paragraphAfter: points,
      headingBefore: points,
      headingAfter: points,
      headingColor: colour,
      markingColor: colour,
      mutedColor: colour,
      quoteIndent: points,
      listIndent: points,
      listMarkerOffset: points,
      listItemAfter: points,
    }),
    output: z.object({ pdfA: z.boolean() }),
    furniture: z.object({ marking: text.nullable(), markingPlacement: z.enum(['every-page', 'first-page-top-right']), pageNumberFormat: text.nullable() }),
    metadata: z.object({
      title: text,
      subject: text,
      author: text,
      keywords: z.array(text).max(200),
      language: z.enum(['en', 'fr']),
    }),
    blocks: z.array(block).max(MAX_NOTE_BLOCKS),
  });

  return {
    docModel,
    exportNoteRequest: z.object({
      format: z.enum(['docx', 'pdf']) satisfies z.ZodType<OutputFormat>,
      doc: docModel,
      /** A file name without folder; main adds the extension and the folder the officer picks. */
      suggestedName: z.string().trim().min(1).max(200),
    }),
    showInFolderRequest: z.string().min(1).max(4_096),
    saveDraftRequest: z.object({
      content: z.string().max(MAX_DRAFT_CHARS),
      suggestedName: z.string().trim().min(1).max(200),
      /** A path main itself returned from an earlier save in this session, or null to ask. */
      path: z.string().min(1).max(4_096).nullable(),
    }),
    autosaveContent: z.string().max(MAX_DRAFT_CHARS),
    /** The template itself is checked by the core's template schema in main. */
    saveTemplateRequest: z.object({ template: z.unknown(), replace: z.boolean() }),
    templateId: z.string().min(1).max(60).regex(/^[a-z0-9-]+$/),
    unsavedChanges: z.boolean(),
  };
}

type IpcSchemas = ReturnType<typeof buildSchemas>;
let schemas: IpcSchemas | undefined;

/** The payload schemas main checks every request against. */
export function ipcSchemas(): IpcSchemas {
  schemas ??= buildSchemas();
  return schemas;
}

// Compile-time proof that a parsed payload is a DocModel the writers accept, so the two cannot drift.
type Assert<T extends true> = T;
export type DocModelSchemaMatchesCore = Assert<z.infer<IpcSchemas['docModel']> extends DocModel ? true : false>;

export type ExportNoteRequest = z.infer<IpcSchemas['exportNoteRequest']>;
export type SaveDraftRequest = z.infer<IpcSchemas['saveDraftRequest']>;

export type ExportResult =
  | {
      readonly status: 'saved';
      readonly path: string;
      /** Characters in the note that no bundled font has; they print as blank boxes. */
      readonly unsupportedCharacters?: readonly string[];
      /** Something the officer should know about the file (the layout a PDF used), shown with it. */
      readonly note?: string;
    }
  | { readonly status: 'cancelled' }
  | { readonly status: 'error'; readonly message: string };

export type TemplateSaveResult =
  | { readonly status: 'saved' }
  /** Not written: a template with this id exists and `replace` was false. */
  | { readonly status: 'exists' }
  | { readonly status: 'error'; readonly message: string };

export interface TemplateListing {
  readonly templates: readonly Template[];
  /** Stored files that could not be read as templates, with why. */
  readonly problems: readonly string[];
}

export interface WordTemplateListing {
  readonly templates: readonly WordTemplateInfo[];
  /** Stored records that could not be read, with why. */
  readonly problems: readonly string[];
}

/** A checked .docx to keep as a Word template; main checks it again before anything is written. */
export interface WordTemplateImport {
  readonly info: WordTemplateInfo;
  readonly bytes: Uint8Array;
}

/** The note for a Word template: main (or the browser's worker) fills the stored .docx with it. */
export interface WordNoteRequest {
  readonly templateId: string;
  readonly briefing: Briefing;
  readonly meeting?: Meeting;
  readonly suggestedName: string;
}

/** What the preload exposes as window.briefwright: one named function per IPC call. */
export interface BriefwrightApi {
  exportNote(request: { format: OutputFormat; doc: DocModel; suggestedName: string }): Promise<ExportResult>;
  showInFolder(path: string): Promise<void>;
  /** Characters of the note no bundled font has (checked before export, for the preview's warning). */
  unsupportedCharacters(doc: DocModel): Promise<readonly string[]>;
  saveDraft(request: SaveDraftRequest): Promise<ExportResult>;
  writeAutosave(content: string): Promise<void>;
  readAutosave(): Promise<string | null>;
  clearAutosave(): Promise<void>;
  listTemplates(): Promise<TemplateListing>;
  saveTemplate(request: { template: Template; replace: boolean }): Promise<TemplateSaveResult>;
  deleteTemplate(id: string): Promise<void>;
  /** Asks where to save a copy of the template (built-in or the officer's). */
  exportTemplate(id: string): Promise<ExportResult>;
  listWordTemplates(): Promise<WordTemplateListing>;
  /** With `replace: false`, an existing Word template with the same id is left alone and 'exists' returned. */
  importWordTemplate(request: WordTemplateImport & { replace: boolean }): Promise<TemplateSaveResult>;
  renameWordTemplate(request: { id: string; name: string }): Promise<TemplateSaveResult>;
  deleteWordTemplate(id: string): Promise<void>;
  /** Asks where to save a copy of the stored .docx. */
  exportWordTemplate(id: string): Promise<ExportResult>;
  exportWordNote(request: WordNoteRequest): Promise<ExportResult>;
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells main the interface's language, so the menus follow it. */
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** Subscribes to a language picked in the View menu; returns the function that unsubscribes. */
  onUiLanguageChosen(listener: (language: UiLanguage) => void): () => void;
  /** Tells main whether the draft holds unsaved changes, so closing the window asks first. */
  reportUnsavedChanges(unsaved: boolean): Promise<void>;
  /** Subscribes to a close main held for unsaved changes; returns the function that unsubscribes. */
  onCloseRequested(listener: () => void): () => void;
  /** The officer answered Save or Don't save: main closes the window. */
  closeWindow(): Promise<void>;
}

/**
 * The names of BriefwrightApi's functions, as data: the preload exposes exactly these and nothing
 * else (src/preload/index.test.ts). The mapped type keeps the list complete: a function added to the
 * interface and not here, or named here and not there, is a type error.
 */
export const BRIEFWRIGHT_API_FUNCTIONS = Object.keys({
  exportNote: true,
  showInFolder: true,
  unsupportedCharacters: true,
  saveDraft: true,
  writeAutosave: true,
  readAutosave: true,
  clearAutosave: true,
  listTemplates: true,
  saveTemplate: true,
  deleteTemplate: true,
  exportTemplate: true,
  listWordTemplates: true,
  importWordTemplate: true,
  renameWordTemplate: true,
  deleteWordTemplate: true,
  exportWordTemplate: true,
  exportWordNote: true,
  onMenuCommand: true,
  setUiLanguage: true,
  onUiLanguageChosen: true,
  reportUnsavedChanges: true,
  onCloseRequested: true,
  closeWindow: true,
} satisfies { readonly [K in keyof BriefwrightApi]-?: true }) as ReadonlyArray<keyof BriefwrightApi>;
