/**
 * The statement the app opens on: the bundled sample, so there is something real to look at. Its
 * import and extraction are done at build time (scripts/sample-statement-plugin.ts, issue 16): the
 * same every start, and a third of the start-up script's time when done in the officer's browser. So are
 * the default template's parse and the note composed from the two (another ~80 ms of the start).
 */
import { content, statement, structured, template, text } from 'virtual:briefwright/sample-statement';
import type { Briefing } from '../../../core/model/briefing';
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';
import type { Template } from '../../../core/model/template';
import { adoptParsedBuiltIn } from '../../../core/templates/template-loader';

export const SAMPLE_STATEMENT_NAME = 'canada-rok-fdmm-2024.txt';
export const SAMPLE_STATEMENT_TEXT: string = text;
/** importText(SAMPLE_STATEMENT_TEXT), as the build computed it. */
export const SAMPLE_STATEMENT: Statement = statement;
/** extractStatement(SAMPLE_STATEMENT), as the build computed it. */
export const SAMPLE_STRUCTURED: StructuredStatement = structured;
/**
 * The built-in the sample opens with, as the build parsed and checked it: adopted as the page's parse of
 * that file, so start-up validates no template (lookups by id return this object).
 */
export const SAMPLE_TEMPLATE: Template = adoptParsedBuiltIn(template);
/** composeContent(SAMPLE_STRUCTURED, SAMPLE_TEMPLATE), as the build computed it: the first note before its date and officer. */
export const SAMPLE_CONTENT: Briefing = content;
