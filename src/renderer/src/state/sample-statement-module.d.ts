/** Made by scripts/sample-statement-plugin.ts: the bundled sample, imported and extracted at build time. */
declare module 'virtual:briefwright/sample-statement' {
  import type { Statement } from '../../../core/model/statement';
  import type { Briefing } from '../../../core/model/briefing';
  import type { StructuredStatement } from '../../../core/model/structured-statement';
  import type { Template } from '../../../core/model/template';

  /** The sample file's text as it is on disk. */
  export const text: string;
  /** importText(text). */
  export const statement: Statement;
  /** extractStatement(statement). */
  export const structured: StructuredStatement;
  /** The built-in the sample opens with, as parseTemplate gives it. */
  export const template: Template;
  /** composeContent(structured, template). */
  export const content: Briefing;
}
