/**
 * Fills a Word template on a worker thread (word-fill-worker.ts), never on main's event loop: main
 * keeps answering the window (menus, saves, autosave) while a letterhead is filled, and a fill that
 * runs too long or wants too much memory is stopped with a message instead of hanging the app.
 * One fresh worker per fill: fills are rare, and a finished worker gives all its memory back.
 */
import { Worker } from 'node:worker_threads';
import type { WordTemplateContent } from '../core/write/docx-patch';

/** What main sends the worker: the template's bytes and the note. */
export interface WordFillJob {
  readonly bytes: Uint8Array;
  readonly content: WordTemplateContent;
}

/** What the worker answers: the filled .docx, or why it could not be filled. */
export type WordFillResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string };

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

export function fillWordTemplateOffThread(bytes: Uint8Array, content: WordTemplateContent, worker: WordFillWorker): Promise<Uint8Array> {
  const timeoutMs = worker.timeoutMs ?? WORD_FILL_TIMEOUT_MS;
  return new Promise<Uint8Array>((resolve, reject) => {
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
    const timer = setTimeout(() => settle(() => reject(new Error(`filling it took longer than ${Math.round(timeoutMs / 1000)} seconds, so it was stopped`))), timeoutMs);
    thread.once('message', (result: WordFillResult) => settle(() => (result.ok ? resolve(result.bytes) : reject(new Error(result.message)))));
    thread.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error('it needs more memory than a Word template may use, so it was stopped') : error)),
    );
    thread.once('exit', (code) => settle(() => reject(new Error(`the Word template filler stopped (exit code ${code})`))));
    const job: WordFillJob = { bytes, content };
    thread.postMessage(job);
  });
}
