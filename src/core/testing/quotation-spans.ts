/**
 * The quotations findQuotations gives for a text, as the quotation-finder tests compare them: each one's exact offsets
 * [openStart, openEnd, closeStart, closeEnd], the quoted words between openEnd and closeStart, the paragraph it opens in and
 * where later paragraphs reopen it.
 */
import { importText } from '../import/text-importer';
import { findQuotations } from '../extract/quotation-finder';

export const quotationSpans = (text: string) =>
  findQuotations(importText(text)).map((q) => ({
    at: [q.openStart, q.openEnd, q.closeStart, q.closeEnd],
    quoted: text.slice(q.openEnd, q.closeStart),
    paragraph: q.paragraphIndex,
    reopenings: q.reopenings,
  }));
