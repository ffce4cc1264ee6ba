/**
 * The browser host's export, off the UI thread: a module worker that loads the writers and the
 * bundled fonts on its first job, renders the DocModel and hands the bytes back (transferred, not
 * copied). Characters no bundled font has are reported so the UI can warn before the officer sends
 * a note with blank boxes in it.
 */
import type { Briefing } from '../../../core/model/briefing';
import type { DocModel } from '../../../core/model/doc-model';
import type { Meeting } from '../../../core/model/structured-statement';
import type { OutputFormat } from '../../../core/write/writers';

export interface NoteJob {
  readonly id: number;
  readonly kind: 'note';
  readonly format: OutputFormat;
  readonly doc: DocModel;
  /** Only report the characters no bundled font has (the preview's warning); write nothing. */
  readonly checkOnly?: boolean;
}

/** A Word template's .docx filled with the note (docx's patchDocument); the fonts are the document's. */
export interface WordJob {
  readonly id: number;
  readonly kind: 'word';
  readonly bytes: Uint8Array;
  readonly briefing: Briefing;
  readonly meeting?: Meeting;
  /** The built-in the note was composed with: its labels word the purpose and the marking. */
  readonly baseId: string;
}

/**
 * Loads the writers and the fonts and writes a small note in both formats, thrown away: sent when the
 * page is idle after it opens, so the officer's first export finds the code compiled and the fonts read.
 */
export interface WarmJob {
  readonly id: number;
  readonly kind: 'warm';
}

export type ExportJob = NoteJob | WordJob | WarmJob;

export type ExportJobResult =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array; readonly mimeType: string; readonly extension: string; readonly unsupported: readonly string[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<ExportJob>) => void) | null; postMessage(message: ExportJobResult, transfer?: Transferable[]): void };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function fillWord(job: WordJob): Promise<void> {
  const [{ fillWordTemplate }, { findBuiltInTemplate }] = await Promise.all([import('../../../core/write/docx-patch'), import('../../../core/templates/template-loader')]);
  const template = findBuiltInTemplate(job.baseId);
  if (!template) throw new Error(`the layout "${job.baseId}" is not built in`);
  const { bytes } = await fillWordTemplate(job.bytes, { briefing: job.briefing, template, meeting: job.meeting });
  scope.postMessage({ id: job.id, ok: true, bytes, mimeType: DOCX_TYPE, extension: '.docx', unsupported: [] }, [bytes.buffer as ArrayBuffer]);
}

/** A one-page note with each kind of block the built-in layouts print: the writers' common paths run once. */
async function warm(job: WarmJob): Promise<void> {
  const [{ writers }, { loadBrowserFonts }, { applyTemplate }, { findBuiltInTemplate }] = await Promise.all([
    import('../../../core/write/writers'),
    import('./browser-fonts'),
    import('../../../core/layout/apply-template'),
    import('../../../core/templates/template-loader'),
  ]);
  const template = findBuiltInTemplate('briefing-note')!;
  const item = (id: string, text: string) => ({ id, text, originalText: text, attribution: 'Minister', included: true, source: null });
  const doc = applyTemplate(
    {
      templateId: template.id,
      language: template.language,
      metadata: { title: 'Warm-up', date: '2024-11-27', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false },
      sections: template.sections.map((section) => ({ id: section.id, kind: section.kind, heading: section.heading, layout: section.layout, included: true, items: [item(`${section.id}-1`, 'Warm-up text.')] })),
    },
    template,
  );
  const fonts = await loadBrowserFonts();
  for (const writer of Object.values(writers)) {
    // The officer's own jobs (the preview's font check, an export) go first: the worker has one thread.
    await othersDone();
    await writer.write(doc, { fonts });
  }
  scope.postMessage({ id: job.id, ok: true, bytes: new Uint8Array(0), mimeType: '', extension: '', unsupported: [] });
}

/** How many jobs other than the warm-up are running, and the warm-up's steps waiting for them to end. */
let othersRunning = 0;
let whenOthersDone: (() => void)[] = [];

function othersDone(): Promise<void> {
  return othersRunning === 0 ? Promise.resolve() : new Promise((resolve) => whenOthersDone.push(resolve));
}

async function asOtherJob(run: () => Promise<void>): Promise<void> {
  othersRunning += 1;
  try {
    await run();
  } finally {
    othersRunning -= 1;
    if (othersRunning === 0) {
      const waiting = whenOthersDone;
      whenOthersDone = [];
      for (const resolve of waiting) resolve();
    }
  }
}

async function fontCheck(job: NoteJob): Promise<void> {
  // The preview's font check needs the fonts, not the writers: it does not wait for docx and pdfmake.
  const [{ loadBrowserFonts }, { findUnsupportedCharacters }] = await Promise.all([import('./browser-fonts'), import('../../../core/write/font-coverage')]);
  const unsupported = findUnsupportedCharacters(job.doc, await loadBrowserFonts());
  scope.postMessage({ id: job.id, ok: true, bytes: new Uint8Array(0), mimeType: '', extension: '', unsupported });
}

async function writeNote(job: NoteJob): Promise<void> {
  const [{ writers }, { loadBrowserFonts }, { findUnsupportedCharacters }] = await Promise.all([
    import('../../../core/write/writers'),
    import('./browser-fonts'),
    import('../../../core/write/font-coverage'),
  ]);
  const fonts = await loadBrowserFonts();
  const writer = writers[job.format];
  const bytes = await writer.write(job.doc, { fonts });
  const unsupported = findUnsupportedCharacters(job.doc, fonts);
  scope.postMessage({ id: job.id, ok: true, bytes, mimeType: writer.mimeType, extension: writer.extension, unsupported }, [bytes.buffer as ArrayBuffer]);
}

scope.onmessage = async (event) => {
  const job = event.data;
  const failed = (error: unknown) => scope.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  if (job.kind === 'warm') {
    await warm(job).catch(failed);
    return;
  }
  // An export clicked during the warm-up, or the preview's check, runs now; the warm-up's next write waits.
  await asOtherJob(() => (job.kind === 'word' ? fillWord(job) : job.checkOnly ? fontCheck(job) : writeNote(job))).catch(failed);
};
