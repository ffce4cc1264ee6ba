// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actions, openSampleStatement, useBriefwrightStore } from '../state/store';
import { ComposePane, WEAK_CONFIDENCE } from './compose-pane';
import { withUi } from '../testing/render-ui';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  openSampleStatement();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(withUi(<ComposePane />)));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const itemRow = (id: string) => container.querySelector(`.compose-item[data-item-id="${id}"]`)!;

describe('the note’s language', () => {
  it('marks every item’s text with the note’s language, not the interface’s', async () => {
    const textareas = () => [...container.querySelectorAll('.compose-item textarea')];
    expect(textareas().length).toBeGreaterThan(0);
    expect(new Set(textareas().map((area) => area.getAttribute('lang')))).toEqual(new Set(['en']));
    await act(async () => actions().chooseTemplate('note-information'));
    expect(new Set(textareas().map((area) => area.getAttribute('lang')))).toEqual(new Set(['fr']));
  });
});

describe('compose flags', () => {
  it('marks drafted text as drafted until the officer edits it, and again after Restore', async () => {
    const summary = useBriefwrightStore.getState().briefing!.sections.find((section) => section.kind === 'summary')!;
    const item = summary.items[0]!;
    expect(item.drafted).toBe(true);
    expect(itemRow(item.id).querySelector('.flag--drafted')?.textContent).toBe('Drafted');
    // Extracted items are not drafted.
    const participant = useBriefwrightStore.getState().briefing!.sections.find((section) => section.kind === 'participants')!.items[0]!;
    expect(itemRow(participant.id).querySelector('.flag--drafted')).toBeNull();

    await act(async () => actions().setItemText(summary.id, item.id, `${item.text} Edited.`));
    expect(itemRow(item.id).querySelector('.flag--drafted')).toBeNull();
    await act(async () => actions().restoreItemText(summary.id, item.id));
    expect(itemRow(item.id).querySelector('.flag--drafted')).not.toBeNull();
  });

  it('flags an extracted item the extractor is unsure of, with its confidence, until it is edited', async () => {
    const briefing = useBriefwrightStore.getState().briefing!;
    const section = briefing.sections.find((candidate) => candidate.kind === 'condemnations')!;
    const [first, second] = section.items;
    expect(first!.confidence).toBeGreaterThanOrEqual(WEAK_CONFIDENCE);
    expect(container.querySelectorAll('.flag--weak')).toHaveLength(0);
    const weakened = {
      ...briefing,
      sections: briefing.sections.map((candidate) =>
        candidate.id === section.id ? { ...candidate, items: candidate.items.map((item) => (item.id === second!.id ? { ...item, confidence: 0.35 } : item)) } : candidate,
      ),
    };
    await act(async () => useBriefwrightStore.setState({ briefing: weakened }));
    const flag = itemRow(second!.id).querySelector('.flag--weak')!;
    expect(flag.textContent).toBe('Check against source');
    expect(flag.getAttribute('title')).toContain('0.35');
    expect(itemRow(first!.id).querySelector('.flag--weak')).toBeNull();
    await act(async () => actions().setItemText(section.id, second!.id, 'Checked and rewritten.'));
    expect(itemRow(second!.id).querySelector('.flag--weak')).toBeNull();
  });
});
