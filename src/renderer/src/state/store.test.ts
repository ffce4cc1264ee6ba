import { beforeEach, describe, expect, it, vi } from 'vitest';
import { extractStatement } from '../../../core/extract/extract-statement';
import { importText } from '../../../core/import/text-importer';
import { listBuiltInTemplates } from '../../../core/templates/template-loader';
import { openSampleStatement, useBriefwrightStore } from './store';

const state = () => useBriefwrightStore.getState();
const history = () => useBriefwrightStore.temporal.getState();
const section = (kind: string) => state().briefing!.sections.find((candidate) => candidate.kind === kind)!;

beforeEach(() => {
  vi.useRealTimers();
  openSampleStatement();
});

describe('the store', () => {
  it('opens on the sample with a fresh history', () => {
    expect(state().briefing!.sections.length).toBeGreaterThan(3);
    expect(history().pastStates).toHaveLength(0);
  });

  it('groups a run of keystrokes in one item into one undo step', () => {
    const quote = section('quotes').items[0]!;
    for (const text of ['a', 'ab', 'abc']) state().setItemText('quotes', quote.id, text);
    expect(history().pastStates).toHaveLength(1);
    state().undo();
    expect(section('quotes').items[0]!.text).toBe(quote.text);
    state().redo();
    expect(section('quotes').items[0]!.text).toBe('abc');
  });

  it('starts a new step for another item, a tick or a pause', () => {
    vi.useFakeTimers({ now: 0 });
    const [first, second] = section('condemnations').items;
    state().setItemText('condemnations', first!.id, 'x');
    state().setItemText('condemnations', second!.id, 'y');
    state().setItemIncluded('condemnations', first!.id, false);
    vi.setSystemTime(5_000);
    state().setItemText('condemnations', second!.id, 'yz');
    expect(history().pastStates).toHaveLength(4);
  });

  it('does not record UI changes in the undo history', () => {
    state().selectItem('quotes-0', 'source');
    state().showNotice({ kind: 'info', text: 'hello' });
    expect(history().pastStates).toHaveLength(0);
  });

  it('moves sections and restores an edited item', () => {
    const order = state().briefing!.sections.map((s) => s.id);
    state().moveSection(0, 2);
    expect(state().briefing!.sections.map((s) => s.id)).toEqual([order[1], order[2], order[0], ...order.slice(3)]);
    const item = section('initiatives').items[0]!;
    state().setItemText('initiatives', item.id, 'Edited');
    state().restoreItemText('initiatives', item.id);
    expect(section('initiatives').items[0]!.text).toBe(item.originalText);
  });

  it('adds and removes a custom item', () => {
    const id = state().addCustomItem('quotes')!;
    expect(section('quotes').items.at(-1)).toMatchObject({ id, text: '', source: null });
    state().removeItem('quotes', id);
    expect(section('quotes').items.some((item) => item.id === id)).toBe(false);
  });

  it('opening another statement replaces the draft and clears the history', () => {
    state().setMetadata({ title: 'Changed' });
    const other = importText('Ottawa – Canada condemned the attack by the regime.');
    state().openStatement(other, 'other.txt', extractStatement(other));
    expect(state().sourceName).toBe('other.txt');
    expect(state().briefing!.metadata.title).not.toBe('Changed');
    expect(history().pastStates).toHaveLength(0);
  });

  it('choosing another template re-composes the draft and starts a fresh history', () => {
    const other = listBuiltInTemplates().find((template) => template.id !== state().template.id)!;
    state().setMetadata({ title: 'Before' });
    state().chooseTemplate(other.id);
    expect(state().template.id).toBe(other.id);
    expect(state().briefing!.templateId).toBe(other.id);
    expect(history().pastStates).toHaveLength(0);
  });
});
