/**
 * Runs export jobs in the export worker: one module worker per page, started on the first export.
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
