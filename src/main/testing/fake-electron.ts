/**
 * The parts of Electron the main-process feature modules use, faked for unit tests (no Electron
 * binary can be downloaded here, and unit tests should not need one). A test file replaces the real
 * module with this one and drives the registered IPC handlers through `invoke`:
 *
 *   vi.mock('electron', () => import('./testing/fake-electron'));
 *   const { registerX } = await import('./register-x');
 */
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';

type Handler = (event: unknown, payload?: unknown) => unknown;

/** What the fake records and what tests set: handlers by channel, the dialog's answers, the Documents folder. */
export const fakeElectron = {
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
  showItemInFolder: vi.fn(),
  documentsDir: '/home/officer/Documents',
  /** Forget every handler and mocked answer, before each test. */
  reset() {
    this.handlers.clear();
    this.showSaveDialog.mockReset();
    this.showItemInFolder.mockReset();
  },
};

// The module's own exports, as `import { app, dialog, … } from 'electron'` sees them.
export const app = { isPackaged: false, getPath: () => fakeElectron.documentsDir, getAppPath: () => process.cwd() };
export const BrowserWindow = { fromWebContents: () => null };
export const dialog = { showSaveDialog: fakeElectron.showSaveDialog };
export const ipcMain = { handle: (channel: string, handler: Handler) => fakeElectron.handlers.set(channel, handler) };
export const shell = { showItemInFolder: fakeElectron.showItemInFolder };

/** The URL the app's own page has in a packaged build. */
export const appEntryUrl = pathToFileURL('/opt/briefwright/out/renderer/index.html').href;

export function eventFrom(url: string, options: { parent?: object | null } = {}): IpcMainInvokeEvent {
  return { sender: {}, senderFrame: { url, parent: options.parent ?? null } } as unknown as IpcMainInvokeEvent;
}

export const appEvent = eventFrom(appEntryUrl);
export const strangerEvent = eventFrom('https://example.com/');

/** Calls the handler registered for `channel` as the renderer's invoke would. */
export function invoke(channel: string, event: IpcMainInvokeEvent, payload?: unknown): Promise<unknown> {
  const handler = fakeElectron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, payload));
}
