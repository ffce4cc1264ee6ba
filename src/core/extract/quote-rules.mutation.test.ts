/**
 * One named test per quote rule that mutation testing found unheld (issue 18): turning the rule off
 * in quote-extractor.ts fails exactly the test named after it. The sentences are written for the
 * purpose in the genre's shapes, not copied from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { extractStatement } from './extract-statement';

const quotes = (text: string) => extractStatement(importText(`${text}\n`)).quotes.map((q) => [q.speaker, q.text]);

describe('quote rule: a quoted run of capitalised words is a term, not a quote (looksLikeQuotedTerm)', () => {
  it('does not take a capitalised programme name in reported speech as the minister’s words', () => {
    // Six words, so the short-quotation rule does not apply: only the capitalised-run rule says "term".
    const text =
      'Minister announces partnership\n\nMinister of Foreign Affairs Anna Berg met Chile’s Minister of Foreign Affairs, Luis Vega, in Ottawa.\n\n' +
      'Minister Berg said Canada would join the “Partnership for Global Infrastructure and Investment” this year.';
    expect(quotes(text)).toEqual([]);
  });

  it('does take a quotation of the same length in the same place when its words are not all capitalised', () => {
    // The control: the rule above is about capitals, not about the shape of the sentence.
    const text =
      'Minister announces partnership\n\nMinister of Foreign Affairs Anna Berg met Chile’s Minister of Foreign Affairs, Luis Vega, in Ottawa.\n\n' +
      'Minister Berg said Canada would “join the partnership for global infrastructure and investment” this year.';
    expect(quotes(text)).toEqual([['Anna Berg', 'join the partnership for global infrastructure and investment']]);
  });
});

describe('quote rule: a quotation interrupted by its attribution is one quote (“A,” X said, “and b.”)', () => {
  it('joins the two halves of an English sentence, keeping the comma', () => {
    const text =
      'Minister meets counterpart\n\nMinister of Foreign Affairs Anna Berg met Chile’s Minister of Foreign Affairs, Luis Vega, in Ottawa.\n\n' +
      '“Canada stands with Chile on ocean protection,” Minister Berg said, “and we will keep working together at the United Nations.”';
    expect(quotes(text)).toEqual([['Anna Berg', 'Canada stands with Chile on ocean protection, and we will keep working together at the United Nations.']]);
  });

  it('reads “A,” X said. “B.” as two sentences of one quote: the comma becomes a full stop, nothing is joined mid-sentence', () => {
    const text =
      'Minister meets counterpart\n\nMinister of Foreign Affairs Anna Berg met Chile’s Minister of Foreign Affairs, Luis Vega, in Ottawa.\n\n' +
      '“Canada stands with Chile on ocean protection,” Minister Berg said. “We will keep working together at the United Nations.”';
    expect(quotes(text)).toEqual([['Anna Berg', 'Canada stands with Chile on ocean protection. We will keep working together at the United Nations.']]);
  });
});
