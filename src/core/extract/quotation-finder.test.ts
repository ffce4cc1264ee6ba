/**
 * Quotation spans. Texts are written for these tests, after the releases the finder's comments cite. Each quotation is
 * given as its exact offsets [openStart, openEnd, closeStart, closeEnd], the quoted words between openEnd and
 * closeStart, the paragraph it opens in and where later paragraphs reopen it.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../import/text-importer';
import { findQuotations } from './quotation-finder';

const found = (text: string) =>
  findQuotations(importText(text)).map((q) => ({
    at: [q.openStart, q.openEnd, q.closeStart, q.closeEnd],
    quoted: text.slice(q.openEnd, q.closeStart),
    paragraph: q.paragraphIndex,
    reopenings: q.reopenings,
  }));

describe('quotation-finder: paragraphs that lost their opening mark', () => {
  it('finds a paragraph that lost its opening mark when it speaks in the first person, also from a capital “We” or “Our” that opens a sentence (NATO, 2011)', () => {
    const text = 'NATO statement\n\nWe will not rest until those responsible are brought to justice.”\n\nOur thoughts are with the families of the victims.”\n\nThe Alliance will not rest until they are brought to justice.”';
    expect(found(text)).toEqual([
      { at: [16, 16, 80, 81], quoted: 'We will not rest until those responsible are brought to justice.', paragraph: 1, reopenings: [] },
      { at: [83, 83, 133, 134], quoted: 'Our thoughts are with the families of the victims.', paragraph: 2, reopenings: [] },
    ]);
  });
});
