/**
 * The main window: sandboxed, context-isolated, no Node in the page; the preload script is the only
 * bridge. Shown when its first paint is ready, so the officer never sees a white flash.
 */
import { BrowserWindow } from 'electron';
import { appEntryUrl, preloadPath } from './app-location';
import { guardWindowClose } from './close-guard';

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Briefwright',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Off: without a shipped dictionary Chromium downloads Hunspell dictionaries on Windows and
      // Linux, and the app must touch no network (the session also blocks every outside request).
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // Closing with unsaved changes asks first, in the page (close-guard.ts).
  guardWindowClose(window, { appEntryUrl: appEntryUrl() });

  // app://briefwright/index.html (app-protocol.ts), or the dev server under `electron-vite dev`.
  void window.loadURL(appEntryUrl());
  return window;
}
