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

export interface Statement {
  readonly text: string;
  /** First line when the text carries a title line (line 1, blank line 2), else null. */
  readonly title: string | null;
  readonly language: Language;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

export function spanText(text: string, span: SourceSpan): string {
  return text.slice(span.start, span.end);
}
