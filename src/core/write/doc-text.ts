/**
 * The text a note draws, and whether it stays within the Latin script every bundled font covers.
 * Kept apart from font-coverage.ts (which needs fontkit) so callers can decide cheaply which fonts
 * a note needs at all.
 */
import { assertNever, type Block, type DocModel } from '../model/doc-model';

/**
 * Characters every bundled font draws (checked for all eight PDF faces): Latin to Latin Extended-B
 * and the common general punctuation (spaces, dashes, quotes, ellipsis, per mille, euro). Text made
 * only of these needs no glyph check. U+2011 (no-break hyphen) and most of 2023-206F are missing.
 */
function isCommonCodeUnit(code: number): boolean {
  return (
    code < 0x250 ||
    (code >= 0x2000 && code <= 0x2010) ||
    (code >= 0x2012 && code <= 0x2022) ||
    code === 0x2026 ||
    code === 0x202f ||
    code === 0x2030 ||
    (code >= 0x2032 && code <= 0x2034) ||
    code === 0x2039 ||
    code === 0x203a ||
    code === 0x203c ||
    code === 0x203e ||
    code === 0x2044 ||
    code === 0x20ac
  );
}

export function isCommonLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isCommonCodeUnit(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Every string one block draws. */
export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return block.label ? [block.label, block.text] : [block.text];
    case 'heading':
      return [block.text];
    case 'paragraph':
      return block.runs.map((run) => run.text);
    case 'list':
      return block.items.flatMap((item) => item.map((run) => run.text));
    case 'quote':
      return [block.text, block.attribution];
    case 'table':
      return [...(block.header ?? []), ...block.rows.flat()];
    default:
      return assertNever(block);
  }
}

/** Every string the note draws, page furniture included. */
export function docTexts(doc: DocModel): string[] {
  return [...doc.blocks.flatMap(blockTexts), doc.furniture.marking ?? '', doc.furniture.pageNumberFormat ?? ''];
}

/** Whether a note has characters outside the common Latin range, so a fallback font may be needed. */
export function needsFallbackFonts(doc: DocModel): boolean {
  return !docTexts(doc).every(isCommonLatin);
}
