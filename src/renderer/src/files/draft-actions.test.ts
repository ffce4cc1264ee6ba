import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDraft } from '../../../core/draft/draft-file';
import type { Host } from '../host/host';
import { openSampleStatement, useBriefwrightStore } from '../state/store';
import { AUTOSAVE_INTERVAL_MS, saveDraft, startAutosave } from './draft-actions';
import { createMemoryTemplates, createMemoryWordTemplates } from '../testing/memory-templates';

function mockHost() {
  return {
    kind: 'electron',
    exportNote: vi.fn(),
    saveDraft: vi.fn<Host['saveDraft']>(async (_content, name, path) => ({ status: 'saved', path: path ?? `/drafts/${name}` })),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
  } satisfies Host;
}

beforeEach(() => {
  vi.useFakeTimers();
  openSampleStatement();
});
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('writes only while there are changes it has not written yet', () => {
    const host = mockHost();
    const stop = startAutosave(host);
    vi.advanceTimersByTime(AUTOSAVE_INTERVAL_MS);
    expect(host.autosave.write).not.toHaveBeenCalled();

    useBriefwrightStore.getState().setMetadata({ fileNumber: 'BN-1' });
    vi.advanceTimersByTime(AUTOSAVE_INTERVAL_MS * 3);
    expect(host.autosave.write).toHaveBeenCalledTimes(1);
    const written = host.autosave.write.mock.calls[0] as unknown as [string];
    expect(parseDraft(written[0]).briefing.metadata.fileNumber).toBe('BN-1');

    useBriefwrightStore.getState().setMetadata({ fileNumber: 'BN-2' });
    vi.advanceTimersByTime(AUTOSAVE_INTERVAL_MS);
    expect(host.autosave.write).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('saveDraft', () => {
  it('Save As asks; Save then reuses the path; a save clears the autosave and the unsaved mark', async () => {
    const host = mockHost();
    useBriefwrightStore.getState().setMetadata({ title: 'Saved note' });
    await saveDraft(host, true);
    expect(host.saveDraft.mock.calls[0]![2]).toBeNull();
    const path = `/drafts/${host.saveDraft.mock.calls[0]![1]}`;
    expect(useBriefwrightStore.getState().dirty).toBe(false);
    expect(host.autosave.clear).toHaveBeenCalled();
    await saveDraft(host, false);
    expect(host.saveDraft.mock.calls[1]![2]).toBe(path);
  });
});
