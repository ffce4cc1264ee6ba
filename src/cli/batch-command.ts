/**
 * `briefwright render --batch DIR --out DIR`: every statement file in DIR rendered to notes in the
 * output folder, on worker threads (one per core), with a progress bar on a terminal. A file that
 * fails is reported and skipped; the others are still written; the exit code says if any failed.
 */
import { mkdir, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BriefingMetadata } from '../core/model/briefing';
import { formatForFileName } from '../core/import/importers';
import type { BatchJob, BatchResult, BatchWorkerData } from './batch-protocol';
import { CliError } from './cli-error';
import { cliText, show } from './cli-language';
import { userMessage } from '../core/i18n/user-message';
import { checkWritableFolder, formatsFor, outputPath } from './render-command';
import { resolveTemplate } from './resolve-template';
import { resolveWordTemplate } from './word-template-command';
import { templateForLanguage } from '../core/templates/template-loader';
import type { Template } from '../core/model/template';

export interface BatchOptions {
  readonly inputDir: string;
  readonly outDir: string | undefined;
  readonly template: string | undefined;
  readonly format: string | undefined;
  readonly metadata: Partial<BriefingMetadata>;
  readonly pdfA: boolean;
  readonly workers?: number;
  readonly warn: (message: string) => void;
  /** Called after each note; the CLI draws its progress bar with it. */
  readonly progress?: (done: number, total: number, failed: number) => void;
}

export interface BatchSummary {
  readonly written: readonly string[];
  readonly failures: readonly string[];
  readonly notes: number;
  readonly seconds: number;
}

async function statementFiles(inputDir: string): Promise<string[]> {
  let entries;
  try {
    if (!(await stat(inputDir)).isDirectory()) throw new CliError(userMessage('cli:batch.needsFolder', { folder: inputDir }), 2);
    entries = await readdir(inputDir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? userMessage('cli:batch.noSuchFolder') : (error as Error).message;
    throw new CliError(userMessage('cli:batch.cannotReadFolder', { folder: inputDir, reason }));
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && path.extname(entry.name) !== '' && formatForFileName(entry.name) !== null)
    .map((entry) => path.join(inputDir, entry.name))
    .sort();
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const formats = formatsFor(options.format);
  if (!options.outDir) throw new CliError(userMessage('cli:batch.needsOut'), 2);
  const files = await statementFiles(options.inputDir);
  if (files.length === 0) throw new CliError(userMessage('cli:batch.noFiles', { folder: options.inputDir }));
  // Checked before anything is written. A Word template: every DOCX fills it, every PDF uses its
  // base layout; its warnings are said once.
  const word = await resolveWordTemplate(options.template);
  const resolved = word ? word.base : await resolveTemplate(options.template);
  const template = options.pdfA ? { ...resolved, output: { ...resolved.output, pdfA: true } } : resolved;
  // With no --template, each statement opens the note of the same kind in its own language.
  const pdfA = (chosen: Template): Template => (options.pdfA ? { ...chosen, output: { ...chosen.output, pdfA: true } } : chosen);
  const templateByLanguage = options.template ? undefined : { en: pdfA(templateForLanguage(resolved, 'en')), fr: pdfA(templateForLanguage(resolved, 'fr')) };
  const workerData: BatchWorkerData = word ? { wordTemplate: { bytes: word.bytes, label: word.label } } : {};
  if (word) {
    const { detectWordTemplatePlaceholders } = await import('../core/templates/word-template');
    (await detectWordTemplatePlaceholders(word.bytes, word.base, word.label)).notices.forEach((notice) => options.warn(cliText('cli:main.warning', { message: notice })));
    if (options.metadata.sourceComments && formats.includes('docx')) options.warn(cliText('cli:main.warning', { message: userMessage('cli:render.sourceComments') }));
    if (formats.includes('pdf')) options.warn(cliText('cli:batch.pdfLayout', { id: word.base.id }));
  }
  await mkdir(options.outDir, { recursive: true }).catch((error: Error) => {
    throw new CliError(userMessage('cli:batch.cannotCreateOut', { folder: options.outDir!, reason: error.message }));
  });
  await checkWritableFolder(path.join(options.outDir, 'note'));
  const jobs: BatchJob[] = files.map((input, id) => {
    const base = path.join(options.outDir!, path.basename(input, path.extname(input)));
    return { id, input, template, ...(templateByLanguage ? { templateByLanguage } : {}), metadata: options.metadata, targets: formats.map((format) => ({ format, file: outputPath(base, format) })) };
  });
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
  const written: string[] = [];
  const failures: string[] = [];
  let next = 0;
  let done = 0;

  await Promise.all(
    Array.from({ length: count }, async () => {
      const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url), { workerData });
      try {
        while (next < jobs.length) {
          const job = jobs[next++]!;
          const result = await new Promise<BatchResult>((resolve, reject) => {
            const onMessage = (message: BatchResult) => {
              worker.off('error', onError);
              resolve(message);
            };
            const onError = (error: Error) => {
              worker.off('message', onMessage);
              reject(error);
            };
            worker.once('message', onMessage);
            worker.once('error', onError);
            worker.postMessage(job);
          });
          if (result.ok) {
            written.push(...result.written);
            result.warnings.forEach((warning) => options.warn(cliText('cli:batch.inFile', { file: path.basename(job.input), message: userMessage('cli:main.warning', { message: warning }) })));
          } else {
            const reason = result.userMessage ? show(result.userMessage) : result.message;
            failures.push(result.message.startsWith(job.input) ? reason : cliText('cli:batch.inFile', { file: job.input, message: reason }));
          }
          done++;
          options.progress?.(done, jobs.length, failures.length);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return { written: written.sort(), failures, notes: jobs.length, seconds: (performance.now() - started) / 1000 };
}

/** A one-line progress bar for a terminal: `[##########..........] 100/200 notes, 1 failed`. */
export function progressBar(done: number, total: number, failed: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${cliText('cli:batch.progress', { done, total })}${failed ? cliText('cli:batch.progressFailed', { count: failed }) : ''}`;
}
