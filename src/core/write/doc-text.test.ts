/**
 * Which text a note draws, and the fast path that skips the fonts' glyph check (doc-text.ts): the
 * common-Latin range is exactly the listed ranges, every character in it is drawn by every bundled
 * face (so skipping the check never hides a blank glyph), and the text of every block kind and the
 * page furniture is read. Mutation testing (issue 18) found these held by nothing but the writers'
 * round trips, which only ever used English and French letters.
 */
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../node/font-files';
import type { Block, DocModel } from '../model/doc-model';
import { composeBriefing } from '../compose/compose-briefing';
import { applyTemplate } from '../layout/apply-template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { blockTexts, docTexts, isCommonLatin, needsFallbackFonts } from './doc-text';
import { findUnsupportedCharacters, segmentByFont } from './font-coverage';

/** The ranges doc-text.ts names, inclusive. */
const COMMON: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x2000, 0x2010],
  [0x2012, 0x2022],
  [0x2026, 0x2026],
  [0x202f, 0x202f],
  [0x2030, 0x2030],
  [0x2032, 0x2034],
  [0x2039, 0x203a],
  [0x203c, 0x203c],
  [0x203e, 0x203e],
  [0x2044, 0x2044],
  [0x20ac, 0x20ac],
];
const inCommon = (code: number) => COMMON.some(([from, to]) => code >= from && code <= to);

describe('isCommonLatin', () => {
  it('is true for exactly the listed ranges, every code unit from U+0000 to U+FFFF checked', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isCommonLatin(String.fromCharCode(code)) !== inCommon(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('reads every character of a string, not only the first or last', () => {
    expect(isCommonLatin('Séoul – « Corée »…')).toBe(true);
    expect(isCommonLatin('Seoul 서울 Korea')).toBe(false);
    expect(isCommonLatin('서 Seoul')).toBe(false);
    expect(isCommonLatin('Seoul 서')).toBe(false);
    expect(isCommonLatin('')).toBe(true);
  });

  it('covers only characters every bundled face draws, so the skipped glyph check never hides a blank', async () => {
    const fonts = await loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));
    const faces = (['Liberation Sans', 'Liberation Serif'] as const).flatMap((family) => Object.values(fonts[family] ?? {}));
    expect(faces).toHaveLength(8);
    const missing: string[] = [];
    for (const bytes of faces) {
      const font = fontkit.create(bytes as Buffer);
      const face = 'fonts' in font ? font.fonts[0]! : font;
      for (const [from, to] of COMMON) {
        for (let code = Math.max(from, 0x21); code <= to; code++) {
          // Controls and spaces are never drawn.
          if ((code >= 0x7f && code <= 0xa0) || (code >= 0x2000 && code <= 0x200f) || code === 0x202f) continue;
          if (!face.hasGlyphForCodePoint(code)) missing.push(`${face.postscriptName} U+${code.toString(16)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the text a note draws', () => {
  it('reads every block kind', () => {
    const blocks: Block[] = [
      { kind: 'title', label: 'FOR DECISION', text: 'Visit' },
      { kind: 'title', text: 'Readout' },
      { kind: 'heading', level: 1, text: 'Outcomes' },
      { kind: 'paragraph', runs: [{ text: 'One ' }, { text: 'two', bold: true }] },
      { kind: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }, { text: 'c' }]] },
      { kind: 'quote', text: 'We agreed.', attribution: 'Minister' },
      { kind: 'table', header: ['H1', 'H2'], rows: [['r1', 'r2']] },
      { kind: 'table', rows: [['only']] },
    ] as Block[];
    expect(blocks.map(blockTexts)).toEqual([['FOR DECISION', 'Visit'], ['Readout'], ['Outcomes'], ['One ', 'two'], ['a', 'b', 'c'], ['We agreed.', 'Minister'], ['H1', 'H2', 'r1', 'r2'], ['only']]);
  });

  const template = findBuiltInTemplate('briefing-note')!;
  const doc: DocModel = applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-12-02' }), template);

  it('adds the marking and the page-number format after the blocks, and nothing when they are absent', () => {
    const texts = docTexts(doc);
    expect(texts.slice(-2)).toEqual([doc.furniture.marking, doc.furniture.pageNumberFormat]);
    expect(texts.slice(0, -2)).toEqual(doc.blocks.flatMap(blockTexts));
    const bare = docTexts({ ...doc, furniture: { ...doc.furniture, marking: null, pageNumberFormat: null } });
    expect(bare.slice(-2)).toEqual(['', '']);
  });

  it('needs the fallback fonts only when some block or the furniture leaves the common range', () => {
    expect(needsFallbackFonts(doc)).toBe(false);
    const withKorean = (block: Block): DocModel => ({ ...doc, blocks: [...doc.blocks, block] });
    expect(needsFallbackFonts(withKorean({ kind: 'heading', level: 2, text: '한국' } as Block))).toBe(true);
    expect(needsFallbackFonts({ ...doc, furniture: { ...doc.furniture, marking: 'CONFIDENTIEL — 비밀' } })).toBe(true);
  });
});

describe('font coverage', () => {
  it('hands Hangul to the fallback font, keeps the spaces inside it, and reports what no font has', async () => {
    const fonts = await loadFontFiles(path.resolve(import.meta.dirname, '../../../resources'));
    expect(segmentByFont('Minister 조태열 met', 'Liberation Sans', fonts)).toEqual([
      { text: 'Minister ', fallback: null },
      { text: '조태열 ', fallback: 'Nanum Gothic' },
      { text: 'met', fallback: null },
    ]);
    expect(segmentByFont('Plain text', 'Liberation Sans', fonts)).toEqual([{ text: 'Plain text', fallback: null }]);
    const template = findBuiltInTemplate('briefing-note')!;
    const doc = applyTemplate(composeBriefing(structuredFixture, template, { today: '2026-12-02' }), template);
    expect(findUnsupportedCharacters(doc, fonts)).toEqual([]);
    const withRare = { ...doc, blocks: [...doc.blocks, { kind: 'paragraph', runs: [{ text: 'Tigrinya ሰላም and 조 ok' }] } as Block] };
    expect(findUnsupportedCharacters(withRare, fonts)).toEqual(['ሰ', 'ላ', 'ም']);
    expect(findUnsupportedCharacters(withRare, {})).toEqual([]);
  });
});
