/**
 * A module worker that turns a statement file's bytes, or pasted text, into a Statement and what the extractors
 * found in it: the importers (Word, PDF, HTML parsers) and the extractors run here, off the page's
 * thread, so a huge-but-valid statement never freezes the window, and the page can stop it (by
 * terminating this worker) when the officer cancels or opens something else (issue 17 item 6).
 */
import { extractStatement } from '../../../core/extract/extract-statement';
import { importStatementInput } from './import-statement-input';
import type { StatementJob, StatementJobResult } from './statement-job';
import { userMessageOf } from '../../../core/i18n/user-message';

const scope = self as unknown as { onmessage: ((event: MessageEvent<StatementJob>) => void) | null; postMessage(message: StatementJobResult): void };

scope.onmessage = async ({ data: job }) => {
  let result: StatementJobResult;
  try {
    const imported = await importStatementInput(job, job.fileName);
    const structured = imported.structured ?? extractStatement(imported.statement);
    result = { id: job.id, ok: true, statement: imported.statement, structured, notices: imported.notices };
  } catch (error) {
    const message = userMessageOf(error);
    result = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error), ...(message ? { userMessage: message } : {}) };
  }
  scope.postMessage(result);
};
