import { describe, expect, it } from 'vitest';
import { applyTemplate } from '../layout/apply-template';
import { MAX_ITEM_CHARS, MAX_ITEMS_PER_SECTION, MAX_NOTE_BLOCKS, MAX_NOTE_CHARS, MAX_SECTIONS } from '../limits';
import type { Briefing, BriefingItem, BriefingSection } from '../model/briefing';
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

describe('boundBriefing, bound by bound', () => {
  const item = (id: string, text: string, extra: Partial<BriefingItem> = {}): BriefingItem => ({ id, text, originalText: text, attribution: '', included: true, source: null, ...extra });
  const section = (id: string, items: BriefingItem[], heading = id): BriefingSection => ({ id, kind: 'initiatives', heading, layout: 'bullets', included: true, items });
  const note = (sections: BriefingSection[], metadata: Partial<Briefing['metadata']> = {}): Briefing => ({
    templateId: 'briefing-note',
    language: 'en',
    metadata: { title: 'T', date: '2026-12-01', classification: 'UNCLASSIFIED', purpose: 'information', fileNumber: '', preparedBy: '', sourceComments: false, ...metadata },
    sections,
  });
  const items = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => item(`${prefix}-${i}`, `${prefix} ${i}`));

  it('keeps the first 40 sections of a note that has more', () => {
    const sections = Array.from({ length: MAX_SECTIONS + 1 }, (_, i) => section(`s${i}`, [item(`s${i}-0`, 'x')]));
    const { briefing, cuts, cutNotices } = boundBriefing(note(sections));
    expect(briefing.sections.map((s) => s.id)).toEqual(sections.slice(0, MAX_SECTIONS).map((s) => s.id));
    expect(briefing.sections[0]).toBe(sections[0]);
    expect(cuts).toEqual(['The template has 41 sections; a note holds the first 40.']);
    expect(cutNotices).toHaveLength(1);
  });

  it('keeps 2,000 items in all, says so, and names a section without a heading by its kind', () => {
    const sections = [section('a', items('a', 500)), section('b', items('b', 500)), section('c', items('c', 500)), section('d', items('d', 499)), section('e', items('e', 3), '  ')];
    const { briefing, cuts } = boundBriefing(note(sections));
    expect(briefing.sections.map((s) => s.items.length)).toEqual([500, 500, 500, 499, 1]);
    expect(briefing.sections[4]!.items[0]).toBe(sections[4]!.items[0]);
    expect(cuts).toEqual(['initiatives: 3 items; the note holds the first 1 (a note holds at most 2,000 items in all).']);
  });

  it('holds exactly 500 items in a section and exactly 300,000 characters in a note without a cut', () => {
    const full = note([section('a', items('a', MAX_ITEMS_PER_SECTION))]);
    expect(boundBriefing(full).briefing).toBe(full);
    const exact = Array.from({ length: MAX_NOTE_CHARS / MAX_ITEM_CHARS }, (_, i) => item(`x-${i}`, 'x'.repeat(MAX_ITEM_CHARS - 10), { attribution: 'y'.repeat(10) }));
    const atTheBound = note([section('x', exact)]);
    expect(boundBriefing(atTheBound)).toEqual({ briefing: atTheBound, cuts: [], cutNotices: [] });
    const over = note([section('x', [...exact, item('x-last', 'z')])]);
    expect(boundBriefing(over).cuts).toEqual(['x: 16 items; the note holds the first 15 (a note holds at most 300,000 characters of text, about 100 pages).']);
  });

  it('shortens an item whose text, original text or attribution is over 20,000 characters, each to 20,000', () => {
    const long = 'x'.repeat(MAX_ITEM_CHARS + 1);
    const exact = 'e'.repeat(MAX_ITEM_CHARS);
    const sections = [section('a', [item('a-0', exact), item('a-1', 'short', { originalText: long }), item('a-2', 'short', { attribution: long })])];
    const { briefing, cuts } = boundBriefing(note(sections));
    const [first, second, third] = briefing.sections[0]!.items;
    expect(first).toBe(sections[0]!.items[0]);
    expect(second).toEqual(item('a-1', 'short', { originalText: `${long.slice(0, MAX_ITEM_CHARS - 1)}…` }));
    expect(third).toEqual(item('a-2', 'short', { attribution: `${long.slice(0, MAX_ITEM_CHARS - 1)}…` }));
    expect(cuts).toEqual(['2 items were longer than 20,000 characters and were shortened.']);
  });

  it('shortens an over-long heading and an over-long field of the note', () => {
    const long = 'h'.repeat(MAX_ITEM_CHARS + 5);
    const sections = [section('a', items('a', 2), long)];
    const { briefing, cuts } = boundBriefing(note(sections, { title: long, preparedBy: 'P. Officer' }));
    expect(briefing.sections[0]!.heading).toBe(`${long.slice(0, MAX_ITEM_CHARS - 1)}…`);
    expect(briefing.sections[0]!.items).toBe(sections[0]!.items);
    expect(briefing.metadata).toEqual({ ...note([]).metadata, title: `${long.slice(0, MAX_ITEM_CHARS - 1)}…`, preparedBy: 'P. Officer' });
    expect(Object.keys(briefing.metadata)).not.toContain('to');
    expect(cuts).toEqual(['A field of the note (title, file number, prepared by …) was longer than 20,000 characters and was shortened.']);
  });

  it('holds exactly 40 sections, and fields and items of exactly 20,000 characters, untouched', () => {
    const forty = note(Array.from({ length: MAX_SECTIONS }, (_, i) => section(`s${i}`, [item(`s${i}-0`, 'x')])));
    expect(boundBriefing(forty)).toEqual({ briefing: forty, cuts: [], cutNotices: [] });
    const exact = 'e'.repeat(MAX_ITEM_CHARS);
    const atTheBound = note([section('a', [item('a-0', 'short', { attribution: exact })])], { title: exact });
    expect(boundBriefing(atTheBound).briefing).toBe(atTheBound);
  });

  it('shortens only the field that is over: an edited text over 20,000 characters, an original text of exactly 20,000 kept', () => {
    const long = 'x'.repeat(MAX_ITEM_CHARS + 1);
    const exact = 'e'.repeat(MAX_ITEM_CHARS);
    const { briefing, cuts } = boundBriefing(note([section('a', [item('a-0', 'short', { text: long, originalText: exact, attribution: 'A. Speaker' })])]));
    expect(briefing.sections[0]!.items[0]).toEqual(item('a-0', 'short', { text: `${long.slice(0, MAX_ITEM_CHARS - 1)}…`, originalText: exact, attribution: 'A. Speaker' }));
    expect(cuts).toEqual(['1 item was longer than 20,000 characters and was shortened.']);
  });

  it.each(['date', 'fileNumber', 'preparedBy', 'preparedByTitle', 'preparedByPhone', 'to', 'from', 'approvedBy', 'approvedByTitle'] as const)('shortens an over-long %s', (field) => {
    const { briefing, cuts } = boundBriefing(note([], { [field]: 'f'.repeat(MAX_ITEM_CHARS + 1) }));
    expect(briefing.metadata[field]).toHaveLength(MAX_ITEM_CHARS);
    expect(cuts).toHaveLength(1);
  });
});
