import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host/host';
import { openSampleStatement, useBriefwrightStore } from '../state/store';
import { saveDraft } from './draft-actions';
import { openFile, openPastedText } from './open-input';
import { hasUnsavedChanges, mayReplaceWork, setUnsavedQuestion, type UnsavedChoice } from './unsaved-changes';
import { createMemoryTemplates, createMemoryWordTemplates } from '../testing/memory-templates';

function mockHost(saved: 'saved' | 'cancelled' = 'saved') {
  return {
    kind: 'electron',
    exportNote: vi.fn(),
    saveDraft: vi.fn<Host['saveDraft']>(async (_content, name, path) => (saved === 'saved' ? { status: 'saved', path: path ?? `/drafts/${name}` } : { status: 'cancelled' })),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
  } satisfies Host;
}

/** Answers every question with `choice`, recording the titles asked about. */
function answerWith(choice: UnsavedChoice, host = mockHost()) {
  const asked: string[] = [];
  const stop = setUnsavedQuestion({
    ask: async (title) => {
      asked.push(title);
      return choice;
    },
    save: () => saveDraft(host, false),
  });
  return { asked, host, stop };
}

const PASTED = 'Joint statement by the ministers of Canada and France.\n\nThe ministers met in Ottawa on 3 March 2026.';

let stop: (() => void) | null = null;
beforeEach(() => openSampleStatement());
afterEach(() => {
  stop?.();
  stop = null;
});

describe('dirty tracking', () => {
  it('is clean when a statement is opened, dirty after an edit, an undo or a redo, clean after a save', async () => {
    expect(hasUnsavedChanges()).toBe(false);
    useBriefwrightStore.getState().setMetadata({ title: 'Edited' });
    expect(hasUnsavedChanges()).toBe(true);
    await saveDraft(mockHost(), true);
    expect(hasUnsavedChanges()).toBe(false);
    useBriefwrightStore.getState().undo();
    expect(hasUnsavedChanges()).toBe(true);
  });

  it('a save cancelled in its dialog leaves the changes unsaved', async () => {
    useBriefwrightStore.getState().setMetadata({ title: 'Edited' });
    await saveDraft(mockHost('cancelled'), true);
    expect(hasUnsavedChanges()).toBe(true);
  });
});

describe('mayReplaceWork', () => {
  it('does not ask when nothing changed since the statement was opened or saved', async () => {
    const answers = answerWith('cancel');
    stop = answers.stop;
    expect(await mayReplaceWork()).toBe(true);
    useBriefwrightStore.getState().setMetadata({ fileNumber: 'BN-7' });
    await saveDraft(answers.host, true);
    expect(await mayReplaceWork()).toBe(true);
    expect(answers.asked).toEqual([]);
  });

  it('Cancel keeps the edited draft and its Undo; the question names the note by its title', async () => {
    const answers = answerWith('cancel');
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: 'Talks in Ottawa' });
    expect(await openPastedText(PASTED)).toBe(false);
    expect(answers.asked).toEqual(['Talks in Ottawa']);
    expect(useBriefwrightStore.getState().briefing?.metadata.title).toBe('Talks in Ottawa');
    expect(useBriefwrightStore.temporal.getState().pastStates.length).toBeGreaterThan(0);
    useBriefwrightStore.getState().undo();
    expect(useBriefwrightStore.getState().briefing?.metadata.title).not.toBe('Talks in Ottawa');
  });

  it("Don't save replaces the draft without saving", async () => {
    const answers = answerWith('discard');
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: 'Talks in Ottawa' });
    expect(await openPastedText(PASTED)).toBe(true);
    expect(answers.host.saveDraft).not.toHaveBeenCalled();
    expect(useBriefwrightStore.getState().statement?.text).toContain('ministers of Canada and France');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('Save saves the edited draft, then replaces it', async () => {
    const answers = answerWith('save');
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: 'Talks in Ottawa' });
    expect(await openPastedText(PASTED)).toBe(true);
    expect(answers.host.saveDraft).toHaveBeenCalledTimes(1);
    expect(answers.host.saveDraft.mock.calls[0]![0]).toContain('Talks in Ottawa');
    expect(useBriefwrightStore.getState().statement?.text).toContain('ministers of Canada and France');
  });

  it('Save whose dialog is cancelled keeps the work', async () => {
    const answers = answerWith('save', mockHost('cancelled'));
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: 'Talks in Ottawa' });
    expect(await openPastedText(PASTED)).toBe(false);
    expect(useBriefwrightStore.getState().briefing?.metadata.title).toBe('Talks in Ottawa');
  });

  it('a file that cannot be opened is refused without asking, and the work stays', async () => {
    const answers = answerWith('discard');
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: 'Talks in Ottawa' });
    expect(await openFile(new File(['{'], 'broken.briefwright.json'))).toBe(false);
    expect(answers.asked).toEqual([]);
    expect(useBriefwrightStore.getState().briefing?.metadata.title).toBe('Talks in Ottawa');
  });

  it('names an untitled note by its source', async () => {
    const answers = answerWith('cancel');
    stop = answers.stop;
    useBriefwrightStore.getState().setMetadata({ title: '  ' });
    await mayReplaceWork();
    expect(answers.asked).toEqual([useBriefwrightStore.getState().sourceName]);
  });
});
