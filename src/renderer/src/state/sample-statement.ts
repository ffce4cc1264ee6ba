/**
 * The statement the app opens on: the bundled sample, so there is something real to look at. Its
 * import and extraction are done at build time (scripts/sample-statement-plugin.ts, issue 16): the
 * same every start, and a third of the start-up script's time when done in the officer's browser.
 */
import { statement, structured, text } from 'virtual:briefwright/sample-statement';
import type { Statement } from '../../../core/model/statement';
import type { StructuredStatement } from '../../../core/model/structured-statement';

export const SAMPLE_STATEMENT_NAME = 'canada-rok-fdmm-2024.txt';
export const SAMPLE_STATEMENT_TEXT: string = text;
/** importText(SAMPLE_STATEMENT_TEXT), as the build computed it. */
export const SAMPLE_STATEMENT: Statement = statement;
/** extractStatement(SAMPLE_STATEMENT), as the build computed it. */
export const SAMPLE_STRUCTURED: StructuredStatement = structured;
