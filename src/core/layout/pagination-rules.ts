/**
 * Where a note may break between pages, defined once for every writer (issue 13 item 6). The DOCX
 * writer maps these rules to Word's keep-with-next, keep-lines-together and can't-split-row; the
 * PDF writer to unbreakable groups; the preview to its paginator. When each writer decided for itself,
 * the PDF moved a whole section where Word moved one item, and the two formats broke pages apart.
 *
 * The rules, as Word applies them:
 * - Keep together: a flow unit is never split across pages. The units are a paragraph, a list item,
 *   a table row, a whole quote (its paragraphs and attribution), the title and a heading.
 * - Keep with next: a unit stays on the page of the first unit after it. The title and every heading
 *   keep with next (a heading never ends a page); so does whatever precedes the closing "Prepared
 *   by" block, and that block with an "Approved by" after it, so the signature is never alone on a page.
 *   A memo's heading lines (MEMORANDUM TO …, FOR DECISION) keep with next like a title; the unit
 *   before a decision note's approval block keeps with it, and the approval block (one unit: its
 *   rows never part) keeps with the prepared-by block after it.
 *
 * No writer may add a page break of its own: the page count comes from these rules and the content.
 */
import type { Block } from '../model/doc-model';

/** Per block: whether its last unit stays on the page of the next block's first unit. */
export function keepWithNextFlags(blocks: readonly Block[]): boolean[] {
  const closingAt = blocks.findIndex((block) => block.kind === 'paragraph' && block.role === 'closing');
  const approvalAt = blocks.findIndex(isApprovalBlock);
  return blocks.map((block, index) => {
    if (index === blocks.length - 1) return false;
    if (block.kind === 'heading' || block.kind === 'title') return true;
    if (block.kind === 'paragraph' && (block.role === 'memo-addressee' || block.role === 'memo-purpose')) return true;
    if (approvalAt >= 0 && index === approvalAt - 1) return true;
    // The signature block: kept with the unit before it, and with what follows it (Approved by).
    return closingAt >= 0 && (index === closingAt - 1 || index >= closingAt);
  });
}

/** A block's units that are kept together on one page: one per list item or table row, else one. */
export function unitCount(block: Block): number {
  if (block.kind === 'list') return block.items.length;
  if (block.kind === 'table') return block.role === 'approval' ? 1 : block.rows.length + (block.header ? 1 : 0);
  return 1;
}

/** A quote's paragraphs: its text split at line breaks (a statement's quotation may run over several). */
export function quoteParagraphs(text: string): string[] {
  const paragraphs = text
    .split(/\s*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return paragraphs.length > 0 ? paragraphs : [text];
}

/** A decision note's approval block: a table whose rows are one unit, never split across pages. */
export function isApprovalBlock(block: Block): block is Extract<Block, { kind: 'table' }> {
  return block.kind === 'table' && block.role === 'approval';
}
