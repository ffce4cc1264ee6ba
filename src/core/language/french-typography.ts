/**
 * French typography as the Translation Bureau's Le guide du rédacteur sets it (Canadian usage): a
 * non-breaking space inside « » and before the colon, no space before ; ! ? (and none before the
 * closing » of a quotation that ends a line). Applied once, in layout, so the preview, the DOCX and
 * the PDF show the same text; the officer's draft keeps the spaces as typed.
 */

export const NO_BREAK_SPACE = '\u00a0';

export function frenchTypography(text: string): string {
  return (
    text
      // « and » hold their text with a non-breaking space, whatever space (or none) was typed.
      .replace(/«[\s\u00a0\u202f]*/g, `«${NO_BREAK_SPACE}`)
      .replace(/[\s\u00a0\u202f]*»/g, `${NO_BREAK_SPACE}»`)
      // Before a colon: a non-breaking space (not in times or URLs: 10:30, https://).
      .replace(/(?<=[^\s\d:/])[ \u202f\u00a0]?:(?=\s|$)/g, `${NO_BREAK_SPACE}:`)
      // Canadian usage: no space before ; ! ?
      .replace(/[ \u00a0\u202f]+([;!?])/g, '$1')
  );
}
