/**
 * The text a note draws, and whether it stays within the Latin script every bundled font covers.
 * Kept apart from font-coverage.ts (which needs fontkit) so callers can decide cheaply which fonts
 * a note needs at all.
 */
import { assertNever, type Block, type DocModel } from '../model/doc-model';

/** Latin (to Latin Extended-B) and general punctuation: every bundled font has them, so no check is needed. */
export function isCommonLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x024f && (code < 0x2000 || code > 0x206f)) return false;
  }
  return true;
}

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'title':
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
