/**
 * A worker thread of `render --batch`: renders the statements the main thread hands it, one at a
 * time, with fonts loaded once per worker. Built as dist/cli/batch-worker.mjs beside the CLI.
 */
import { parentPort } from 'node:worker_threads';
import { loadFontFiles } from '../node/font-files';
import type { BatchJob, BatchResult } from './batch-protocol';
import { readStatement } from './read-statement';
import { resourcesDir } from './resources';
import { writeNoteFiles } from './write-note-files';

const port = parentPort;
if (!port) throw new Error('batch-worker runs only as a worker thread');

port.on('message', async (job: BatchJob) => {
  let result: BatchResult;
  try {
    const statement = await readStatement(job.input);
    const { written, warnings } = await writeNoteFiles(statement, job.template, job.targets, job.metadata, (families) => loadFontFiles(resourcesDir, families));
    result = { id: job.id, ok: true, written, warnings };
  } catch (error) {
    result = { id: job.id, ok: false, message: (error as Error).message };
  }
  port.postMessage(result);
});
