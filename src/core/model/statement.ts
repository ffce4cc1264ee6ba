/**
 * Statement: the imported text of an official statement, split into paragraphs and sentences.
 * Nothing is guessed yet; every span is a pair of character offsets into `text`, so every later
 * stage can point back to the exact words it came from.
 */

export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

export interface Sentence extends SourceSpan {
  readonly paragraphIndex: number;
}

export interface Paragraph extends SourceSpan {
  readonly index: number;
}

export type Language = 'en' | 'fr';

/** What a boilerplate section of a release holds. */
export type BoilerplateKind = 'quick-facts' | 'links' | 'contacts' | 'page-details' | 'social' | 'end';

/**
 * A section of a release that is not the statement itself: Quick facts / Faits en bref, Associated
 * links / Liens connexes, Contacts / Personnes-ressources, Page details, social links, an ENDS
 * marker. From its heading to the next such heading or the end of the text. The source view shows
 * it; the extractors never read it.
 */
export interface BoilerplateSection extends SourceSpan {
  readonly kind: BoilerplateKind;
  /** The heading as the text gives it ("Quick facts", « Personnes-ressources »). */
  readonly heading: string;
}

export interface Statement {
  readonly text: string;
  /** First line when the text carries a title line (line 1, blank line 2), else null. */
  readonly title: string | null;
  readonly language: Language;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** Boilerplate sections in text order (absent on statements built before they were recognised). */
  readonly boilerplate?: readonly BoilerplateSection[];
}

export function spanText(text: string, span: SourceSpan): string {
  return text.slice(span.start, span.end);
}
