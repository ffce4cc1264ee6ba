/**
 * A statement from what the officer handed over: a file's bytes go through the importers (format and
 * encoding detected), pasted text straight to the text importer, with the same checks. Shared by the statement worker and
 * its in-page stand-in.
 */
import { importPastedText, importStatement, type ImportedStatement } from '../../../core/import/importers';
import type { StatementInput } from './statement-job';

export async function importStatementInput(input: StatementInput, fileName: string): Promise<ImportedStatement> {
  if ('text' in input) return importPastedText(input.text, fileName);
  return importStatement(input.bytes, fileName);
}
