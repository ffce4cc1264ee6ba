import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../layout/apply-template';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION, MAX_NOTE_BLOCKS, MAX_NOTE_CHARS, MAX_SECTIONS } from '../limits';
import type { StructuredStatement } from '../model/structured-statement';
import { templateSchema } from '../model/template';
import { findBuiltInTemplate } from '../templates/template-loader';
import { structuredFixture } from '../testing/structured-fixture';
import { composeBriefing, composeBriefingWithCuts } from './compose-briefing';
import { boundBriefing } from './note-bounds';

const template = findBuiltInTemplate('briefing-note')!;

function withInitiatives(count: number, length = 80): StructuredStatement {
  const initiatives = Array.from({ length: count }, (_, i) => ({ text: `Initiative ${i + 1}: ${'x'.repeat(length)}`, source: { start: i, end: i + 1 } }));
  return { ...structuredFixture, initiatives };
}

describe('what a note holds', () => {
  it('keeps the first 500 items of a section and says what it cut', () => {
    const { briefing, cuts } = composeBriefingWithCuts(withInitiatives(3_000), template, { today: '2026-12-01' });
    const section = briefing.sections.find((s) => s.kind === 'initiatives')!;
    expect(section.items).toHaveLength(MAX_ITEMS_PER_SECTION);
    expect(section.items.at(-1)!.text).toMatch(/^Initiative 500:/);
    // (Items compose may drop as repeats of another section's sentence do not matter here: over 500 remain.)
    expect(cuts).toEqual([expect.stringMatching(new RegExp(`^${section.heading}: [\\d,]+ items; the note holds the first 500 \\(a section holds at most 500\\)\\.$`))]);
  });

  it('bounds the text of the whole note (about 90 pages) and shortens an over-long item', () => {
    const { briefing, cuts } = composeBriefingWithCuts(withInitiatives(450, 2_000), template, { today: '2026-12-01' });
    const characters = briefing.sections.flatMap((s) => s.items).reduce((sum, item) => sum + item.text.length + item.attribution.length, 0);
    expect(characters).toBeLessThanOrEqual(MAX_NOTE_CHARS);
    expect(cuts[0]).toMatch(/450 items; the note holds the first \d+ \(a note holds at most 300,000 characters of text/);
    const long = composeBriefingWithCuts(withInitiatives(1, 50_000), template, { today: '2026-12-01' });
    expect(long.briefing.sections.find((s) => s.kind === 'initiatives')!.items[0]!.text).toHaveLength(MAX_ITEM_CHARS);
    expect(long.cuts).toEqual(['1 item was longer than 20,000 characters and was shortened.']);
  });

  it('leaves a normal note untouched (the same object)', () => {
    const briefing = composeBriefing(structuredFixture, template, { today: '2026-12-01' });
    expect(boundBriefing(briefing)).toEqual({ briefing, cuts: [], cutNotices: [] });
    expect(boundBriefing(briefing).briefing).toBe(briefing);
  });

  it('lays out items the officer added past the bound no further than the bound', () => {
    const briefing = composeBriefing(structuredFixture, template, { today: '2026-12-01' });
    const added = Array.from({ length: 700 }, (_, i) => ({ id: `added-${i}`, text: `Added ${i}`, originalText: '', attribution: '', included: true, source: null }));
    const big = { ...briefing, sections: briefing.sections.map((s) => (s.kind === 'initiatives' ? { ...s, items: [...s.items, ...added] } : s)) };
    const doc = applyTemplate(big, template);
    expect(doc.blocks.length).toBeLessThanOrEqual(MAX_NOTE_BLOCKS);
    const lists = doc.blocks.filter((block) => block.kind === 'list');
    for (const list of lists) expect(list.items.length).toBeLessThanOrEqual(MAX_ITEMS_PER_SECTION);
  });

  it('refuses a template with more sections than a note holds', () => {
    const many = { ...template, sections: Array.from({ length: MAX_SECTIONS + 1 }, (_, i) => ({ ...template.sections[0]!, id: `s${i}` })) };
    const parsed = templateSchema.safeParse(many);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('a template has at most 40 sections');
  });
});
