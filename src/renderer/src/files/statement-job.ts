/**
 * The messages between the page and the statement worker (statement-worker.ts), and the page's side:
 * one worker, one open at a time. A new open cancels the one before it; `cancelOpening()` stops the
 * current one. Stopping means terminating the worker — the only way to stop code that is busy — and
 * the next open starts a fresh one. Where there is no Worker (unit tests), the same work runs in the page.
 */
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';
import type { UserMessage } from '../../../core/i18n/user-message';

/** A file's bytes, or text the officer pasted (which has no encoding or format to detect). */
export type StatementInput = { readonly bytes: Uint8Array } | { readonly text: string };

export type StatementJob = StatementInput & {
  readonly id: number;
  readonly fileName: string;
};

export type StatementJobResult =
  | { readonly id: number; readonly ok: true; readonly statement: Statement; readonly structured: StructuredStatement; readonly notices: readonly UserMessage[] }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly userMessage?: UserMessage };

export type OpenedStatement = Omit<Extract<StatementJobResult, { ok: true }>, 'id' | 'ok'>;

/** Thrown by an open that was cancelled (by the officer, or by a newer open). */
export class OpeningCancelledError extends Error {
  constructor(readonly by: 'officer' | 'newer-open') {
    super('opening was cancelled');
    this.name = 'OpeningCancelledError';
  }
}

/** What is being opened now, for the working indicator: null when nothing is. */
export interface OpeningState {
  readonly fileName: string;
  readonly startedAt: number;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let opening: OpeningState | null = null;
let current: { readonly id: number; readonly reject: (error: Error) => void } | null = null;
let worker: Worker | null = null;
let nextId = 1;

function setOpening(state: OpeningState | null): void {
  opening = state;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: subscribe to, and read, what is being opened. */
export function subscribeOpening(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const openingState = (): OpeningState | null => opening;

/** The error the worker reported, as the page's code would have thrown it (message and user message). */
function errorOf(result: Extract<StatementJobResult, { ok: false }>): Error {
  return Object.assign(new Error(result.message), result.userMessage ? { userMessage: result.userMessage } : {});
}

function statementWorker(): Worker {
  if (!worker) worker = new Worker(new URL('./statement-worker.ts', import.meta.url), { type: 'module', name: 'briefwright-statement' });
  return worker;
}

/**
 * Starts the worker ahead of the first open, once the page is idle, so its modules (the importers and
 * extractors) are loaded by the time the officer opens a file, not after.
 */
export function prepareStatementWorker(): void {
  if (typeof Worker !== 'undefined') statementWorker();
}

/** Stops the open in progress, if any: its promise rejects with OpeningCancelledError. */
export function cancelOpening(by: 'officer' | 'newer-open' = 'officer'): void {
  if (!current) return;
  const { reject } = current;
  current = null;
  worker?.terminate();
  worker = null;
  setOpening(null);
  reject(new OpeningCancelledError(by));
}

/** Imports and extracts a statement (a file, or pasted text) off the page's thread; cancels any open still running. */
export function openStatementOffThread(input: StatementInput, fileName: string): Promise<OpenedStatement> {
  cancelOpening('newer-open');
  const id = nextId++;
  setOpening({ fileName, startedAt: Date.now() });
  return new Promise<OpenedStatement>((resolve, reject) => {
    current = { id, reject };
    const finish = (outcome: () => void) => {
      if (current?.id !== id) return;
      current = null;
      setOpening(null);
      outcome();
    };
    if (typeof Worker === 'undefined') {
      void inPage(input, fileName).then((opened) => finish(() => resolve(opened)), (error: Error) => finish(() => reject(error)));
      return;
    }
    const thread = statementWorker();
    thread.onmessage = ({ data }: MessageEvent<StatementJobResult>) => {
      if (data.id !== id) return;
      finish(() => (data.ok ? resolve({ statement: data.statement, structured: data.structured, notices: data.notices }) : reject(errorOf(data))));
    };
    thread.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      finish(() => reject(new Error(event.message || 'the statement could not be read')));
    };
    thread.postMessage({ id, fileName, ...input } satisfies StatementJob);
  });
}

/** The worker's work, in the page: for environments without workers. */
async function inPage(input: StatementInput, fileName: string): Promise<OpenedStatement> {
  const [{ importStatementInput }, { extractStatement }] = await Promise.all([import('./import-statement-input'), import('../../../core/extract/extract-statement')]);
  const imported = await importStatementInput(input, fileName);
  return { statement: imported.statement, structured: imported.structured ?? extractStatement(imported.statement), notices: imported.notices };
}
