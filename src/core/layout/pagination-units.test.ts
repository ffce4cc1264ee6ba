// Pagination rules the first pagination tests left unpinned (found by mutation testing, issue 18):
// the units a block breaks into, the memo heading lines and the approval block keeping with next.
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/doc-model';
import { isApprovalBlock, keepWithNextFlags, quoteParagraphs, unitCount } from './pagination-rules';

const paragraph = (text: string, role?: 'closing' | 'body' | 'memo-addressee' | 'memo-purpose'): Block => ({ kind: 'paragraph', runs: [{ text }], ...(role ? { role } : {}) });
const approvalBlock: Block = { kind: 'table', role: 'approval', columnWidths: [0.55, 0.45], header: null, rows: [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']] };

describe('pagination units', () => {
  it('a list breaks per item, a table per row (and its header), the approval block and anything else never', () => {
    expect(unitCount({ kind: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }], [{ text: 'c' }]] })).toBe(3);
    expect(unitCount({ kind: 'table', columnWidths: [0.5, 0.5], header: ['h1', 'h2'], rows: [['a', 'b'], ['c', 'd']] })).toBe(3);
    expect(unitCount({ kind: 'table', columnWidths: [0.5, 0.5], header: null, rows: [['a', 'b'], ['c', 'd']] })).toBe(2);
    expect(unitCount({ kind: 'table', role: 'memo', columnWidths: [0.5, 0.5], header: null, rows: [['a', 'b']] })).toBe(1);
    expect(unitCount(approvalBlock)).toBe(1);
    expect(unitCount(paragraph('one'))).toBe(1);
    expect(unitCount({ kind: 'quote', text: 'a\nb', attribution: 'x' })).toBe(1);
  });

  it('only a table with the approval role is the approval block', () => {
    expect(isApprovalBlock(approvalBlock)).toBe(true);
    expect(isApprovalBlock({ kind: 'table', role: 'memo', columnWidths: [1], header: null, rows: [] })).toBe(false);
    expect(isApprovalBlock({ kind: 'table', columnWidths: [1], header: null, rows: [] })).toBe(false);
    expect(isApprovalBlock(paragraph('approval'))).toBe(false);
  });

  it('a decision memo: heading lines keep with next, the unit before the approval block and the block itself too', () => {
    const blocks: Block[] = [
      paragraph('MEMORANDUM TO X', 'memo-addressee'),
      paragraph('FOR DECISION', 'memo-purpose'),
      { kind: 'table', role: 'memo', columnWidths: [0.32, 0.68], header: null, rows: [['DATE:', 'today']] },
      { kind: 'title', text: 'Title', label: 'SUBJECT:' },
      { kind: 'heading', level: 1, text: 'Recommendation' },
      paragraph('That you approve.', 'body'),
      paragraph('Second paragraph.'),
      approvalBlock,
      paragraph('Prepared by: X', 'closing'),
    ];
    expect(keepWithNextFlags(blocks)).toEqual([true, true, false, true, true, false, true, true, false]);
  });

  it('a note without a closing block keeps nothing but its title and headings with next', () => {
    expect(keepWithNextFlags([paragraph('a'), { kind: 'title', text: 'T' }, paragraph('b'), paragraph('c')])).toEqual([false, true, false, false]);
  });

  it('a closing block that opens the blocks still keeps with the Approved by line after it', () => {
    expect(keepWithNextFlags([paragraph('Prepared by: X', 'closing'), paragraph('Approved by: Y'), paragraph('Approved too: Z')])).toEqual([true, true, false]);
  });

  it('a quotation: each paragraph trimmed; one that is only blank stays as it is', () => {
    expect(quoteParagraphs('  One.  \n  Two.  ')).toEqual(['One.', 'Two.']);
    expect(quoteParagraphs('One.\nTwo.')).toEqual(['One.', 'Two.']);
    expect(quoteParagraphs(' \n ')).toEqual([' \n ']);
  });
});
