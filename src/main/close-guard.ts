/**
 * Feature module: never lose work on closing the desktop window (issue 15 item 2). The page reports
 * whether its draft holds unsaved changes (window:unsaved-changes); while it does, the window's
 * close is held and the page is asked (window:close-requested) to run the same Save / Don't save /
 * Cancel question as Open… does. After Save or Don't save it answers window:close and the window
 * closes; after Cancel it says nothing and the window stays. Both calls are checked like every
 * handler: the app's own top-level page, of this window, with a boolean.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, ipcSchemas } from '../shared/ipc-contract';
import { assertTrustedSender } from './trusted-sender';

/** The parts of a BrowserWindow the guard uses (a fake in tests). */
export interface GuardedWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: {
    send(channel: string, ...args: unknown[]): void;
    on(event: 'render-process-gone' | 'did-start-navigation', listener: (...args: unknown[]) => void): unknown;
  };
}

export interface CloseGuardOptions {
  readonly appEntryUrl: string;
}

/** Registers the two handlers for the window, until it is closed (macOS makes a new one on activate). */
export function guardWindowClose(window: GuardedWindow, options: CloseGuardOptions): void {
  let unsaved = false;
  let allowed = false;

  const check = (event: IpcMainInvokeEvent, channel: string) => {
    assertTrustedSender(event, options.appEntryUrl, channel);
    if (event.sender !== window.webContents) throw new Error(`${channel}: refused a call from another window`);
  };

  ipcMain.handle(IPC_CHANNELS.reportUnsavedChanges, (event, payload: unknown) => {
    check(event, IPC_CHANNELS.reportUnsavedChanges);
    unsaved = ipcSchemas().unsavedChanges.parse(payload);
  });
  ipcMain.handle(IPC_CHANNELS.closeWindow, (event) => {
    check(event, IPC_CHANNELS.closeWindow);
    allowed = true;
    if (!window.isDestroyed()) window.close();
  });

  window.on('closed', () => {
    ipcMain.removeHandler(IPC_CHANNELS.reportUnsavedChanges);
    ipcMain.removeHandler(IPC_CHANNELS.closeWindow);
  });
  window.on('close', (event) => {
    if (!unsaved || allowed) return;
    event.preventDefault();
    window.webContents.send(IPC_CHANNELS.closeRequested);
  });
  // A page that crashed or went elsewhere can neither answer nor hold unsaved work of its own.
  const forget = () => {
    unsaved = false;
  };
  window.webContents.on('render-process-gone', forget);
  window.webContents.on('did-start-navigation', (...args: unknown[]) => {
    // (event, url, isInPlace, isMainFrame): a same-document navigation keeps the page.
    if (args[2] !== true && args[3] === true) forget();
  });
}
