/**
 * A worker thread of `render --batch`: renders the statements the main thread hands it, one at a
 * time, with fonts loaded once per worker. Built as dist/cli/batch-worker.mjs beside the CLI.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Template } from '../core/model/template';
import type { Note } from '../core/pipeline';
import { loadFontFiles } from '../node/font-files';
import type { BatchJob, BatchResult, BatchWorkerData } from './batch-protocol';
import { readImportedStatement } from './read-statement';
import { resourcesDir } from './resources';
import { CliError } from './cli-error';
import { writeNoteFiles } from './write-note-files';
import { userMessage, userMessageOf } from '../core/i18n/user-message';

const port = parentPort;
if (!port) throw new Error('batch-worker runs only as a worker thread');
const { wordTemplate } = (workerData ?? {}) as BatchWorkerData;

/** Each note's DOCX as the Word template filled with it (its warnings were printed once, by the main thread). */
async function fillWord(note: Note, template: Template): Promise<Uint8Array> {
  const { fillWordTemplate } = await import('../core/write/docx-patch');
  try {
    return (await fillWordTemplate(wordTemplate!.bytes, { briefing: note.briefing, template, meeting: note.structured.meeting })).bytes;
  } catch (error) {
    throw new CliError(userMessage('cli:word.cannotFill', { label: wordTemplate!.label, reason: userMessageOf(error) ?? (error as Error).message }));
  }
}

port.on('message', async (job: BatchJob) => {
  let result: BatchResult;
  try {
    const imported = await readImportedStatement(job.input);
    const template = job.templateByLanguage?.[imported.statement.language] ?? job.template;
    const { written, warnings } = await writeNoteFiles(
      imported,
      template,
      job.targets,
      job.metadata,
      (families) => loadFontFiles(resourcesDir, families),
      wordTemplate ? (note) => fillWord(note, template) : undefined,
    );
    result = { id: job.id, ok: true, written, warnings: [...imported.notices, ...warnings] };
  } catch (error) {
    const message = userMessageOf(error);
    result = { id: job.id, ok: false, message: (error as Error).message, ...(message ? { userMessage: message } : {}) };
  }
  port.postMessage(result);
});
