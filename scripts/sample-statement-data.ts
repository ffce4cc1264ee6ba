/**
 * The bundled sample as the app opens on it: its text, imported (Statement) and extracted
 * (StructuredStatement), with the built-in template it opens with and the note composed from them
 * before its date and officer. scripts/sample-statement-plugin.ts runs this at build time, through Vite's
 * module runner, so the build always uses src/core as it is now.
 */
import { composeContent } from '../src/core/compose/compose-briefing';
import { extractStatement } from '../src/core/extract/extract-statement';
import { importText } from '../src/core/import/text-importer';
import type { Statement } from '../src/core/model/statement';
import type { Briefing } from '../src/core/model/briefing';
import type { StructuredStatement } from '../src/core/model/structured-statement';
import type { Template } from '../src/core/model/template';
import { DEFAULT_TEMPLATE_ID, findBuiltInTemplate, templateForLanguage } from '../src/core/templates/template-loader';

export interface SampleStatementData {
  readonly text: string;
  readonly statement: Statement;
  readonly structured: StructuredStatement;
  /** The built-in the app opens the sample with, parsed and checked (parseTemplate). */
  readonly template: Template;
  /** composeContent(structured, template): the note before its date and the officer's details. */
  readonly content: Briefing;
}

export function sampleStatementData(text: string): SampleStatementData {
  const statement = importText(text);
  const structured = extractStatement(statement);
  const defaultTemplate = findBuiltInTemplate(DEFAULT_TEMPLATE_ID);
  if (!defaultTemplate) throw new Error(`The built-in template "${DEFAULT_TEMPLATE_ID}" is missing.`);
  const template = templateForLanguage(defaultTemplate, structured.language);
  return { text, statement, structured, template, content: composeContent(structured, template) };
}
