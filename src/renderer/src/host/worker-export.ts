/**
 * Runs export jobs in the export worker: one module worker per page, started and warmed when the page
 * is first idle (warmExportWorkerWhenIdle), or else on the first export.
 */
import type { DocModel } from '../../../core/model/doc-model';
import type { OutputFormat } from '../../../core/write/writers';
import type { ExportJob, ExportJobResult, WordJob } from './export-worker';

export type RenderedNote = Extract<ExportJobResult, { ok: true }>;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (result: ExportJobResult) => void }>();

function exportWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'briefwright-export' });
    worker.onmessage = (event: MessageEvent<ExportJobResult>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      // A worker that cannot start fails every job waiting on it, and the next export starts afresh.
      for (const [id, job] of pending) job.resolve({ id, ok: false, message: event.message || 'the export worker stopped' });
      pending.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

let warming: Promise<void> | undefined;

/**
 * Starts the export worker once the page has opened and is idle, and has it load the writers and the
 * fonts and write a throwaway note in each format (issue 16): loading, compiling and first running
 * docx, pdfmake and fontkit was most of a first export (~1.5 s of ~2 s in Chromium on the 2-core
 * machine). It runs in the worker, off the page's thread; an export clicked meanwhile queues behind it.
 */
export function warmExportWorkerWhenIdle(): void {
  if (warming || typeof Worker === 'undefined' || typeof window === 'undefined') return;
  const idle = (callback: () => void) =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(callback, { timeout: 2_000 }) : window.setTimeout(callback, 500);
  const start = () => {
    warming = runJob({ id: nextId++, kind: 'warm' }).then(
      () => undefined,
      // A failed warm-up costs nothing: the first export loads what it needs, as before.
      () => undefined,
    );
  };
  // After the load event, and then the first idle moment: the app's own start comes first.
  if (document.readyState === 'complete') idle(start);
  else window.addEventListener('load', () => idle(start), { once: true });
}

/** The characters of the note no bundled font has, found in the worker (which loads the fonts). */
export async function unsupportedCharactersOf(doc: DocModel): Promise<readonly string[]> {
  return (await renderNote('docx', doc, true)).unsupported;
}

export function renderNote(format: OutputFormat, doc: DocModel, checkOnly = false): Promise<RenderedNote> {
  return runJob({ id: nextId++, kind: 'note', format, doc, checkOnly });
}

/** A Word template's bytes filled with the note, in the worker (docx loads there, not in the page). */
export function fillWordTemplateInWorker(job: Omit<WordJob, 'id' | 'kind'>): Promise<RenderedNote> {
  return runJob({ id: nextId++, kind: 'word', ...job }, [job.bytes.buffer as ArrayBuffer]);
}

async function runJob(job: ExportJob, transfer: Transferable[] = []): Promise<RenderedNote> {
  if (typeof Worker === 'undefined') throw new Error('this browser cannot run the export worker');
  const result = await new Promise<ExportJobResult>((resolve) => {
    pending.set(job.id, { resolve });
    exportWorker().postMessage(job, transfer);
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}
