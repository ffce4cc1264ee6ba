import { beforeEach, describe, expect, it } from 'vitest';
import { highlightsOf } from '../components/source-highlights';
import { openSampleStatement, useBriefwrightStore } from './store';

const state = () => useBriefwrightStore.getState();
const history = () => useBriefwrightStore.temporal.getState();
const section = (kind: string) => state().briefing!.sections.find((candidate) => candidate.kind === kind)!;

/** A sentence of the sample that no extracted item covers, with its offsets. */
function unhighlightedSentence() {
  const { text, sentences } = state().statement!;
  const spans = highlightsOf(state().briefing!);
  const sentence = sentences.find((candidate) => !spans.some((span) => span.start < candidate.end && span.end > candidate.start))!;
  return { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) };
}

beforeEach(() => openSampleStatement());

describe('adding from the source', () => {
  it('adds the passage to the chosen section with its offsets, as one undo step', () => {
    const sentence = unhighlightedSentence();
    const before = section('quotes').items.length;
    const id = state().addItemFromSource('quotes', { start: sentence.start, end: sentence.end })!;
    const item = section('quotes').items.at(-1)!;
    expect(section('quotes').items).toHaveLength(before + 1);
    expect(item).toMatchObject({ id, text: sentence.text, originalText: sentence.text, included: true, attribution: '', source: { start: sentence.start, end: sentence.end } });
    // It is highlighted in the source like an extracted quote, so the link back works.
    expect(highlightsOf(state().briefing!)).toContainEqual(expect.objectContaining({ itemId: id, kind: 'quotes', start: sentence.start, end: sentence.end }));
    expect(history().pastStates).toHaveLength(1);
    state().undo();
    expect(section('quotes').items).toHaveLength(before);
    state().redo();
    expect(section('quotes').items.at(-1)).toEqual(item);
  });

  it('trims the white space around a selection and joins its lines', () => {
    const { text } = state().statement!;
    const first = state().statement!.paragraphs[0]!;
    const second = state().statement!.paragraphs[1]!;
    // From the end of one paragraph into the next, with the line break and leading space selected.
    const span = { start: first.end - 10, end: second.start + 12 };
    const id = state().addItemFromSource('initiatives', { start: span.start - 1, end: span.end })!;
    const item = section('initiatives').items.find((candidate) => candidate.id === id)!;
    const words = text.slice(span.start - 1, span.end).trim();
    expect(item.source!.start).toBe(text.indexOf(words, span.start - 1));
    expect(item.source!.end).toBe(item.source!.start + words.length);
    expect(item.text).toBe(words.replace(/\s+/g, ' '));
    expect(item.text).not.toMatch(/\n/);
  });

  it('adds nothing for a blank span or an unknown section', () => {
    const { text } = state().statement!;
    const blank = text.indexOf('\n');
    expect(state().addItemFromSource('quotes', { start: blank, end: blank + 1 })).toBeNull();
    expect(state().addItemFromSource('no-such-section', unhighlightedSentence())).toBeNull();
    expect(history().pastStates).toHaveLength(0);
  });

  it('gives every added item its own id, also in a free-text section', () => {
    const sentence = unhighlightedSentence();
    const summary = section('summary');
    const one = state().addItemFromSource(summary.id, sentence);
    const two = state().addItemFromSource(summary.id, sentence);
    expect(one).not.toBe(two);
    expect(section('summary').items.filter((item) => item.source?.start === sentence.start)).toHaveLength(2);
  });
});

describe('removing an item', () => {
  it('removes an extracted item and an added one alike; Undo brings each back in its place', () => {
    const extracted = section('condemnations').items[1]!;
    state().removeItem('condemnations', extracted.id);
    expect(section('condemnations').items.some((item) => item.id === extracted.id)).toBe(false);
    state().undo();
    expect(section('condemnations').items[1]).toEqual(extracted);

    const added = state().addItemFromSource('quotes', unhighlightedSentence())!;
    state().removeItem('quotes', added);
    expect(section('quotes').items.some((item) => item.id === added)).toBe(false);
    state().undo();
    expect(section('quotes').items.at(-1)!.id).toBe(added);
  });
});

describe('focus after undo and redo', () => {
  it('asks for the item that came back, or its section when it went away', () => {
    const added = state().addItemFromSource('quotes', unhighlightedSentence())!;
    state().removeItem('quotes', added);
    state().undo();
    expect(state().focusRequest).toMatchObject({ sectionId: 'quotes', itemId: added, field: 'text' });
    state().undo();
    expect(state().focusRequest).toMatchObject({ sectionId: 'quotes', itemId: null, field: 'section' });
    const serial = state().focusRequest!.serial;
    state().redo();
    expect(state().focusRequest).toMatchObject({ sectionId: 'quotes', itemId: added, field: 'text', serial: serial + 1 });
  });
});
