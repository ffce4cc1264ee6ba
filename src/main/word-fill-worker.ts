/**
 * A worker thread of the desktop's main process: fills one Word template with one note, or lists the
 * placeholders of one being imported, and exits.
 * A department's letterhead is untrusted input (issue 17 item 5): however long it takes or however
 * much memory it wants, that happens here, bounded by a timeout and a heap limit, while main's event
 * loop keeps answering the window. Built as out/main/word-fill-worker.mjs (electron.vite.config.ts),
 * self-contained: it never loads main's bundle or Electron.
 */
import { parentPort } from 'node:worker_threads';
import { detectWordTemplatePlaceholders } from '../core/templates/word-template';
import { fillWordTemplate } from '../core/write/docx-patch';
import type { WordFillJob, WordFillResult } from './word-fill-off-thread';

const port = parentPort;
if (!port) throw new Error('word-fill-worker runs only as a worker thread');

port.once('message', async (job: WordFillJob) => {
  let result: WordFillResult;
  try {
    if (job.kind === 'fill') {
      const { bytes } = await fillWordTemplate(job.bytes, job.content);
      result = { ok: true, bytes };
    } else {
      const scan = await detectWordTemplatePlaceholders(job.bytes, job.base, job.origin);
      result = { ok: true, placeholders: scan.placeholders.map((placeholder) => placeholder.key) };
    }
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, 'bytes' in result ? [result.bytes.buffer as ArrayBuffer] : []);
});
