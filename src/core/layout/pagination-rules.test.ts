import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/doc-model';
import { FONT_FILE_NAMES, LINE_GAP_FACTOR } from '../write/writer';
import { keepWithNextFlags, quoteParagraphs } from './pagination-rules';

const paragraph = (text: string, role?: 'closing'): Block => ({ kind: 'paragraph', runs: [{ text }], ...(role ? { role } : {}) });

describe('pagination rules', () => {
  it('keeps the title and headings with what follows, and the signature block with what precedes and follows it', () => {
    const blocks: Block[] = [
      paragraph('BRIEFING NOTE'),
      { kind: 'title', text: 'Title' },
      { kind: 'heading', level: 1, text: 'Summary' },
      paragraph('Text.'),
      { kind: 'heading', level: 1, text: 'Next steps' },
      { kind: 'list', ordered: false, items: [[{ text: 'One' }], [{ text: 'Two' }]] },
      paragraph('Prepared by: X', 'closing'),
      paragraph('Approved by: Y'),
    ];
    expect(keepWithNextFlags(blocks)).toEqual([false, true, true, false, true, true, true, false]);
  });

  it('never keeps the last block with a next one that does not exist', () => {
    expect(keepWithNextFlags([{ kind: 'heading', level: 1, text: 'Alone' }])).toEqual([false]);
  });

  it('splits a quotation into its paragraphs', () => {
    expect(quoteParagraphs('« One.\n\nTwo.\nThree. »')).toEqual(['« One.', 'Two.', 'Three. »']);
    expect(quoteParagraphs('Single.')).toEqual(['Single.']);
  });

  it('uses the line gap the bundled fonts declare for Word-like line height in PDFs', () => {
    for (const family of ['Liberation Sans', 'Liberation Serif'] as const) {
      const font = fontkit.openSync(path.resolve(import.meta.dirname, '../../../resources/fonts', FONT_FILE_NAMES[family].normal)) as fontkit.Font;
      expect(LINE_GAP_FACTOR[family]).toBeCloseTo((font.ascent - font.descent + font.lineGap) / (font.ascent - font.descent), 6);
    }
  });
});
