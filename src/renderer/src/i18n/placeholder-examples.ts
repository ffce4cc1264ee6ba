/**
 * Word-template placeholders quoted in help texts. i18next reads {{name}} in a message as a
 * variable, so a message shows a literal placeholder by naming it as one and getting it back here.
 */
export const PLACEHOLDER_EXAMPLES = {
  title: '{{title}}',
  participants: '{{participants}}',
  classification: '{{classification}}',
  summary: '{{section:summary}}',
} as const;
