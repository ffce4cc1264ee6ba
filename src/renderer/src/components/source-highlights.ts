/**
 * What the Source pane draws, as plain data: the statement cut into highlighted items (marks), the
 * sentences no item covers (each of which can be added to a section) and the white space between.
 * Pure, so the cutting is tested without a DOM; source-pane.tsx only renders the pieces.
 */
import type { Briefing } from '../../../core/model/briefing';
import type { Sentence, SourceSpan } from '../../../core/model/statement';
import type { SectionKind } from '../../../core/model/template';

export interface Highlight extends SourceSpan {
  readonly itemId: string;
  readonly kind: SectionKind;
  readonly heading: string;
  readonly included: boolean;
}

/**
 * Every item that came from the source, extracted or added there, in text order. Overlapping spans
 * are clipped to the earlier one, so each character belongs to one mark. Items of free-text sections
 * (drafted or typed) have no source; they have one when the officer added them from the statement.
 */
export function highlightsOf(briefing: Briefing): Highlight[] {
  const spans = briefing.sections
    .flatMap((section) =>
      section.items.flatMap((item) =>
        item.source
          ? [{ ...item.source, itemId: item.id, kind: section.kind, heading: section.heading, included: section.included && item.included }]
          : [],
      ),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Highlight[] = [];
  let covered = 0;
  for (const span of spans) {
    const start = Math.max(span.start, covered);
    if (start >= span.end) continue;
    result.push({ ...span, start });
    covered = span.end;
  }
  return result;
}

export type SourcePiece =
  | { readonly type: 'mark'; readonly start: number; readonly end: number; readonly highlight: Highlight }
  /** Words of a sentence outside any mark; `sentence` is the whole sentence they belong to. */
  | { readonly type: 'sentence'; readonly start: number; readonly end: number; readonly sentence: SourceSpan; readonly sentenceIndex: number }
  | { readonly type: 'plain'; readonly start: number; readonly end: number };

/** The text from start to end, cut at sentence edges; fragments holding only white space stay plain. */
function unmarkedPieces(text: string, start: number, end: number, sentences: readonly Sentence[], pieces: SourcePiece[]): void {
  let at = start;
  for (let index = 0; index < sentences.length && at < end; index++) {
    const sentence = sentences[index]!;
    if (sentence.end <= at) continue;
    if (sentence.start >= end) break;
    const from = Math.max(at, sentence.start);
    const to = Math.min(end, sentence.end);
    if (from > at) pieces.push({ type: 'plain', start: at, end: from });
    if (/\S/.test(text.slice(from, to))) pieces.push({ type: 'sentence', start: from, end: to, sentence: { start: sentence.start, end: sentence.end }, sentenceIndex: index });
    else pieces.push({ type: 'plain', start: from, end: to });
    at = to;
  }
  if (at < end) pieces.push({ type: 'plain', start: at, end });
}

/** The whole text as marks, sentence fragments and plain runs, in order, covering every character once. */
export function sourcePieces(text: string, highlights: readonly Highlight[], sentences: readonly Sentence[]): SourcePiece[] {
  const pieces: SourcePiece[] = [];
  let at = 0;
  for (const highlight of highlights) {
    if (highlight.start > at) unmarkedPieces(text, at, highlight.start, sentences, pieces);
    pieces.push({ type: 'mark', start: highlight.start, end: highlight.end, highlight });
    at = highlight.end;
  }
  if (at < text.length) unmarkedPieces(text, at, text.length, sentences, pieces);
  return pieces;
}

/** A blank line and the white space after it: where the text's paragraphs part. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;

/**
 * The pieces cut into paragraph blocks: a block ends after the blank line that closes its paragraph
 * (inside a plain piece), so the blocks' text, one after another, is still the whole text. Marks and
 * sentences are never cut: one that holds a blank line keeps its block going. The Source pane draws
 * each block as its own box, which the browser lays out only when it comes into view.
 */
export function sourceBlocks(text: string, pieces: readonly SourcePiece[]): SourcePiece[][] {
  const blocks: SourcePiece[][] = [];
  let block: SourcePiece[] = [];
  for (const piece of pieces) {
    if (piece.type !== 'plain') {
      block.push(piece);
      continue;
    }
    let at = piece.start;
    const run = text.slice(piece.start, piece.end);
    for (const match of run.matchAll(PARAGRAPH_BREAK)) {
      const end = piece.start + match.index + match[0].length;
      block.push({ type: 'plain', start: at, end });
      blocks.push(block);
      block = [];
      at = end;
    }
    if (at < piece.end) block.push({ type: 'plain', start: at, end: piece.end });
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}
