/**
 * Drafts the summary paragraph for a template whose summary section has no snippet of its own, so
 * the officer starts from a sensible sentence in the note's language instead of a blank section. It
 * is the built-in note's snippet (templates/briefing-note.json, note-information.json): one way of
 * drafting from the facts, not two.
 */
import type { Language } from '../model/statement';
import type { StructuredStatement } from '../model/structured-statement';
import { renderSnippet } from '../templates/snippet-renderer';
import briefingNote from '../../../templates/briefing-note.json';
import noteInformation from '../../../templates/note-information.json';
import { englishWithThe } from '../language/country-names';

export { formatLongDate } from '../language/long-date';

/** English takes "the" before some country names in running text: the Republic of Korea, the United States, the Netherlands. */
export const countryInSentence = englishWithThe;

function summarySnippet(template: { sections: readonly { kind: string; draft?: string }[] }): string {
  return template.sections.find((section) => section.kind === 'summary')?.draft ?? '';
}

export function draftSummary(structured: StructuredStatement, language: Language): string {
  const snippet = summarySnippet(language === 'fr' ? noteInformation : briefingNote);
  return renderSnippet(snippet, structured, language, `built-in summary (${language})`).join(' ');
}
