/**
 * Reads and fills Word templates on a worker thread (word-fill-worker.ts), never on main's event
 * loop: main keeps answering the window (menus, saves, autosave) while a letterhead is scanned for
 * its placeholders at import or filled at export, and one that runs too long or wants too much
 * memory is stopped with a message instead of hanging the app (issue 17 item 5).
 * One fresh worker per job: jobs are rare, and a finished worker gives all its memory back.
 */
import { Worker } from 'node:worker_threads';
import { MessageError } from '../core/i18n/describe';
import { userMessage } from '../core/i18n/user-message';
import type { Template } from '../core/model/template';
import type { WordTemplateContent } from '../core/write/docx-patch';

/** What main sends the worker: fill the template with a note, or list the placeholders it holds. */
export type WordFillJob =
  | { readonly kind: 'fill'; readonly bytes: Uint8Array; readonly content: WordTemplateContent }
  | { readonly kind: 'scan'; readonly bytes: Uint8Array; readonly base: Template; readonly origin: string };

/** What the worker answers: the filled .docx or the placeholder keys, or why it could not. */
export type WordFillResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: true; readonly placeholders: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Longer than any real letterhead needs (a large one fills in well under a second; the template
 * limits keep a hostile one to a few seconds), short enough that an officer is not left waiting.
 */
export const WORD_FILL_TIMEOUT_MS = 30_000;
/** The worker's heap: far above a real fill (tens of MB), far below what would endanger the app. */
export const WORD_FILL_HEAP_MB = 1_024;

export interface WordFillWorker {
  /** The worker's module: out/main/word-fill-worker.mjs in the app. */
  readonly path: string | URL;
  /** For the worker module (tests start the TypeScript source through testing/typescript-worker.mjs). */
  readonly workerData?: unknown;
  readonly timeoutMs?: number;
  readonly heapMb?: number;
}

/** The note filled into the Word template, as .docx bytes. */
export async function fillWordTemplateOffThread(bytes: Uint8Array, content: WordTemplateContent, worker: WordFillWorker): Promise<Uint8Array> {
  const result = await runOffThread({ kind: 'fill', bytes, content }, worker);
  if (!('bytes' in result)) throw new Error('the Word template filler answered without a document');
  return result.bytes;
}

/** The placeholder keys an imported Word template holds (what the store records for it). */
export async function scanWordTemplateOffThread(bytes: Uint8Array, base: Template, origin: string, worker: WordFillWorker): Promise<readonly string[]> {
  const result = await runOffThread({ kind: 'scan', bytes, base, origin }, worker);
  if (!('placeholders' in result)) throw new Error('the Word template reader answered without its placeholders');
  return result.placeholders;
}

type WorkerAnswer = Exclude<WordFillResult, { ok: false }>;

function runOffThread(job: WordFillJob, worker: WordFillWorker): Promise<WorkerAnswer> {
  const timeoutMs = worker.timeoutMs ?? WORD_FILL_TIMEOUT_MS;
  return new Promise<WorkerAnswer>((resolve, reject) => {
    const thread = new Worker(worker.path, {
      ...(worker.workerData === undefined ? {} : { workerData: worker.workerData }),
      resourceLimits: { maxOldGenerationSizeMb: worker.heapMb ?? WORD_FILL_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void thread.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new MessageError(userMessage('desktop:wordFillTimeout', { seconds: Math.round(timeoutMs / 1000) })))), timeoutMs);
    thread.once('message', (result: WordFillResult) => settle(() => (result.ok ? resolve(result) : reject(new Error(result.message)))));
    thread.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new MessageError(userMessage('desktop:wordFillMemory')) : error)),
    );
    thread.once('exit', (code) => settle(() => reject(new Error(`the Word template filler stopped (exit code ${code})`))));
    thread.postMessage(job);
  });
}
