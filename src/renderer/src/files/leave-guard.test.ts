import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host } from '../host/host';
import { openSampleStatement, useBriefwrightStore } from '../state/store';
import { guardLeaving } from './leave-guard';
import { setUnsavedQuestion, type UnsavedChoice } from './unsaved-changes';
import { createMemoryTemplates, createMemoryWordTemplates } from '../testing/memory-templates';

/** A desktop host whose main is a recorder: what the page reported, and the close it asked for. */
function desktopHost() {
  let closeRequested: (() => void) | null = null;
  const host = {
    kind: 'electron',
    exportNote: vi.fn(),
    saveDraft: vi.fn<Host['saveDraft']>(),
    autosave: { write: vi.fn(async () => undefined), read: vi.fn(async () => null), clear: vi.fn(async () => undefined) },
    templates: createMemoryTemplates(),
    wordTemplates: createMemoryWordTemplates(),
    exportWordNote: vi.fn(),
    reportUnsavedChanges: vi.fn<(unsaved: boolean) => void>(),
    onCloseRequested: (listener: () => void) => {
      closeRequested = listener;
      return () => (closeRequested = null);
    },
    closeWindow: vi.fn(),
  } satisfies Host;
  return { host, requestClose: () => closeRequested?.() };
}

/** Node's Event has no settable returnValue; the browser's BeforeUnloadEvent has. */
class BeforeUnload extends Event {
  override returnValue = true;
}

let stops: Array<() => void> = [];
beforeEach(() => openSampleStatement());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

function answering(choice: UnsavedChoice) {
  stops.push(setUnsavedQuestion({ ask: async () => choice, save: async () => undefined }));
}

describe('guardLeaving on the desktop', () => {
  it('reports unsaved changes to main as they come and go', () => {
    const { host } = desktopHost();
    stops.push(guardLeaving(host));
    expect(host.reportUnsavedChanges.mock.calls).toEqual([[false]]);
    useBriefwrightStore.getState().setMetadata({ title: 'Edited' });
    useBriefwrightStore.getState().setMetadata({ title: 'Edited again' });
    expect(host.reportUnsavedChanges.mock.calls).toEqual([[false], [true]]);
    openSampleStatement();
    expect(host.reportUnsavedChanges.mock.calls).toEqual([[false], [true], [false]]);
  });

  it("a held close runs the question: Don't save closes the window, Cancel keeps it", async () => {
    const { host, requestClose } = desktopHost();
    stops.push(guardLeaving(host));
    useBriefwrightStore.getState().setMetadata({ title: 'Edited' });
    answering('cancel');
    requestClose();
    await vi.waitFor(() => expect(useBriefwrightStore.getState().briefing?.metadata.title).toBe('Edited'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.closeWindow).not.toHaveBeenCalled();

    answering('discard');
    requestClose();
    await vi.waitFor(() => expect(host.closeWindow).toHaveBeenCalledTimes(1));
  });
});

describe('guardLeaving in the browser', () => {
  it('asks the browser to warn on leaving only while there are unsaved changes', () => {
    const target = new EventTarget();
    stops.push(guardLeaving({ ...desktopHost().host, kind: 'browser' }, target as unknown as Window));
    const leave = () => {
      const event = new BeforeUnload('beforeunload', { cancelable: true });
      target.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    useBriefwrightStore.getState().setMetadata({ title: 'Edited' });
    expect(leave()).toBe(true);
  });
});
