/**
 * The parts of Electron the main-process feature modules use, faked for unit tests (no Electron
 * binary can be downloaded here, and unit tests should not need one). A test file replaces the real
 * module with this one and drives the registered IPC handlers through `invoke`:
 *
 *   vi.mock('electron', () => import('./testing/fake-electron'));
 *   const { registerX } = await import('./register-x');
 */
import { vi } from 'vitest';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';

type Handler = (event: unknown, payload?: unknown) => unknown;

/** What the fake records and what tests set: handlers by channel, the dialog's answers, the Documents folder. */
export const fakeElectron = {
  handlers: new Map<string, Handler>(),
  showSaveDialog: vi.fn(),
  showItemInFolder: vi.fn(),
  documentsDir: '/home/officer/Documents',
  /** The OS's preferred languages and Electron's locale, as app.getPreferredSystemLanguages()/getLocale() report them. */
  preferredLanguages: ['en-US'] as string[],
  locale: 'en-US',
  /** The template of the last Menu.setApplicationMenu, and what main sent to the focused window. */
  applicationMenu: null as { readonly template: MenuItemConstructorOptions[] } | null,
  sent: [] as Array<{ readonly channel: string; readonly args: unknown[] }>,
  /** Forget every handler and mocked answer, before each test. */
  reset() {
    this.handlers.clear();
    this.showSaveDialog.mockReset();
    this.showItemInFolder.mockReset();
    this.preferredLanguages = ['en-US'];
    this.locale = 'en-US';
    this.applicationMenu = null;
    this.sent = [];
  },
};

const focusedWindow = { webContents: { send: (channel: string, ...args: unknown[]) => fakeElectron.sent.push({ channel, args }) } };

// The module's own exports, as `import { app, dialog, … } from 'electron'` sees them.
export const app = {
  isPackaged: false,
  getPath: () => fakeElectron.documentsDir,
  getAppPath: () => process.cwd(),
  getPreferredSystemLanguages: () => fakeElectron.preferredLanguages,
  getLocale: () => fakeElectron.locale,
  setName: () => undefined,
};
export const BrowserWindow = { fromWebContents: () => null, getFocusedWindow: () => focusedWindow, getAllWindows: () => [focusedWindow] };
export const Menu = {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
  setApplicationMenu: (menu: { readonly template: MenuItemConstructorOptions[] } | null) => (fakeElectron.applicationMenu = menu),
};
export const dialog = { showSaveDialog: fakeElectron.showSaveDialog };
export const ipcMain = {
  handle: (channel: string, handler: Handler) => fakeElectron.handlers.set(channel, handler),
  removeHandler: (channel: string) => fakeElectron.handlers.delete(channel),
};
export const shell = { showItemInFolder: fakeElectron.showItemInFolder };

/** The URL the app's own page has in a built app (app-protocol.ts). */
export const appEntryUrl = 'app://briefwright/index.html';

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
