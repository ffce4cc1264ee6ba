import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc-contract';
import { appEntryUrl, eventFrom, fakeElectron, invoke, strangerEvent } from './testing/fake-electron';

// Electron has no binary here (and unit tests should not need one): a fake of the parts main uses.
vi.mock('electron', () => import('./testing/fake-electron'));

const { guardWindowClose } = await import('./close-guard');

/** A window that closes unless a 'close' listener prevents it, and records what it sent its page. */
class FakeWindow extends EventEmitter {
  closed = false;
  readonly sent: string[] = [];
  readonly webContents = Object.assign(new EventEmitter(), { send: (channel: string) => this.sent.push(channel) });
  close(): void {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.closed = true;
      this.emit('closed');
    }
  }
  isDestroyed(): boolean {
    return this.closed;
  }
}

let window: FakeWindow;
/** A call from the app's page in this window. */
let pageEvent: IpcMainInvokeEvent;

beforeEach(() => {
  fakeElectron.reset();
  window = new FakeWindow();
  guardWindowClose(window, { appEntryUrl });
  pageEvent = { ...eventFrom(appEntryUrl), sender: window.webContents } as unknown as IpcMainInvokeEvent;
});

describe('guardWindowClose', () => {
  it('closes at once while the page reports no unsaved changes', async () => {
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, false);
    window.close();
    expect(window.closed).toBe(true);
    expect(window.sent).toEqual([]);
  });

  it('holds the close while the draft is unsaved and asks the page, then closes on its answer', async () => {
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, true);
    window.close();
    expect(window.closed).toBe(false);
    expect(window.sent).toEqual([IPC_CHANNELS.closeRequested]);

    // Cancel: the page says nothing; a second close asks again.
    window.close();
    expect(window.closed).toBe(false);
    expect(window.sent).toEqual([IPC_CHANNELS.closeRequested, IPC_CHANNELS.closeRequested]);

    // Save or Don't save: the page says it may close.
    await invoke(IPC_CHANNELS.closeWindow, pageEvent);
    expect(window.closed).toBe(true);
  });

  it('closes without asking once the page reports the draft saved', async () => {
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, true);
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, false);
    window.close();
    expect(window.closed).toBe(true);
  });

  it('lets a window whose page crashed close (nobody is left to answer)', async () => {
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, true);
    window.webContents.emit('render-process-gone');
    window.close();
    expect(window.closed).toBe(true);
  });

  it('refuses a payload that is not a boolean, and a call from another page, frame or window', async () => {
    await expect(invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, 'yes')).rejects.toThrow(/expected boolean, received string/);
    await expect(invoke(IPC_CHANNELS.reportUnsavedChanges, { ...strangerEvent, sender: window.webContents } as unknown as IpcMainInvokeEvent, true)).rejects.toThrow(/untrusted sender/);
    const subFrame = { ...eventFrom(appEntryUrl, { parent: {} }), sender: window.webContents } as unknown as IpcMainInvokeEvent;
    await expect(invoke(IPC_CHANNELS.reportUnsavedChanges, subFrame, true)).rejects.toThrow(/untrusted sender/);
    await expect(invoke(IPC_CHANNELS.reportUnsavedChanges, eventFrom(appEntryUrl), true)).rejects.toThrow(/another window/);
    window.close();
    expect(window.closed).toBe(true);
  });

  it('a refused close answer does not close a window holding unsaved work', async () => {
    await invoke(IPC_CHANNELS.reportUnsavedChanges, pageEvent, true);
    await expect(invoke(IPC_CHANNELS.closeWindow, strangerEvent)).rejects.toThrow(/untrusted sender/);
    await expect(invoke(IPC_CHANNELS.closeWindow, eventFrom(appEntryUrl))).rejects.toThrow(/another window/);
    window.close();
    expect(window.closed).toBe(false);
  });

  it('forgets its handlers when the window is closed, so a new window can register its own', async () => {
    window.close();
    expect(fakeElectron.handlers.has(IPC_CHANNELS.reportUnsavedChanges)).toBe(false);
    expect(fakeElectron.handlers.has(IPC_CHANNELS.closeWindow)).toBe(false);
  });
});
