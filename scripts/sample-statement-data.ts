/**
 * The bundled sample as the app opens on it: its text, imported (Statement) and extracted
 * (StructuredStatement). scripts/sample-statement-plugin.ts runs this at build time, through Vite's
 * module runner, so the build always uses src/core as it is now.
 */
import { extractStatement } from '../src/core/extract/extract-statement';
import { importText } from '../src/core/import/text-importer';
import type { Statement } from '../src/core/model/statement';
import type { StructuredStatement } from '../src/core/model/structured-statement';

export interface SampleStatementData {
  readonly text: string;
  readonly statement: Statement;
  readonly structured: StructuredStatement;
}

export function sampleStatementData(text: string): SampleStatementData {
  const statement = importText(text);
  return { text, statement, structured: extractStatement(statement) };
}
