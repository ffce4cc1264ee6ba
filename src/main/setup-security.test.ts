/**
 * The network and trust rules of the desktop shell (issue 17, items 8, 9 and 11), with a fake of the
 * Electron parts they touch: every request that is not the app's own files is cancelled by the
 * session, spellcheck (which would download dictionaries) is off, ELECTRON_RENDERER_URL is
 * honoured only in a development build; the window's webPreferences, the navigation, window-open,
 * webview and permission handlers every web contents gets, and the CSP header main sends.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type HeadersReceived = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void;
type AppListener = (...args: unknown[]) => void;
const electron = vi.hoisted(() => ({
  beforeRequest: undefined as BeforeRequest | undefined,
  headersReceived: undefined as HeadersReceived | undefined,
  permissionRequest: undefined as ((contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | undefined,
  permissionCheck: undefined as ((contents: unknown, permission: string, origin?: string) => boolean) | undefined,
  appListeners: new Map<string, AppListener[]>(),
  spellChecker: true as boolean,
  windowOptions: undefined as { webPreferences?: Record<string, unknown> } | undefined,
  loadedUrl: undefined as string | undefined,
}));

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    on: (name: string, listener: AppListener) => electron.appListeners.set(name, [...(electron.appListeners.get(name) ?? []), listener]),
    whenReady: () => Promise.resolve(),
    getAppPath: () => process.cwd(),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof electron.permissionRequest) => (electron.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof electron.permissionCheck) => (electron.permissionCheck = handler),
      setSpellCheckerEnabled: (enabled: boolean) => (electron.spellChecker = enabled),
      webRequest: {
        onHeadersReceived: (listener: HeadersReceived) => (electron.headersReceived = listener),
        onBeforeRequest: (listener: BeforeRequest) => (electron.beforeRequest = listener),
      },
    },
  },
  // The window's close guard (close-guard.ts) registers two handlers and listens to the window.
  ipcMain: { handle() {}, removeHandler() {} },
  BrowserWindow: class {
    webContents = { on() {}, send() {} };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      electron.windowOptions = options;
    }
    on() {}
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    loadURL(url: string) {
      electron.loadedUrl = url;
      return Promise.resolve();
    }
  },
}));

const { allowsRequest, setupSecurity } = await import('./setup-security');
const { devServerUrl, rendererDir, preloadPath } = await import('./app-location');
const { createMainWindow } = await import('./main-window');
const { contentSecurityPolicy } = await import('../shared/content-security-policy');

const own = 'app://briefwright/assets/index.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('requests from the app', () => {
  it('allows only the app’s own files, data: and blob:', () => {
    expect(allowsRequest(own)).toBe(true);
    expect(allowsRequest('app://briefwright/index.html')).toBe(true);
    expect(allowsRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', // a Hunspell dictionary download
      'https://example.com/track.gif',
      'http://localhost:5173/',
      'file:///etc/passwd',
      // Files, even the renderer's own: the built app is served from app://briefwright only.
      pathToFileURL(path.join(rendererDir, 'index.html')).href,
      pathToFileURL(path.join(rendererDir, '..', 'main', 'index.js')).href,
      'file://server/share/x.html',
      'app://elsewhere/index.html',
      'ftp://example.com/',
      'not a url',
    ]) {
      expect(allowsRequest(url), url).toBe(false);
    }
    expect(allowsRequest('http://localhost:5173/src/main.tsx', { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(allowsRequest('http://localhost:5174/', { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });

  it('the session cancels an outside request and lets the app’s own file through; spellcheck is off', async () => {
    setupSecurity({ devServer: false });
    await Promise.resolve();
    await Promise.resolve();
    const decide = (url: string) => new Promise<boolean>((resolve) => electron.beforeRequest!({ url }, (response) => resolve(response.cancel)));
    expect(await decide('https://redirector.gvt1.com/edgedl/chrome/dict/fr-fr-3-0.bdic')).toBe(true);
    expect(await decide(own)).toBe(false);
    expect(electron.spellChecker).toBe(false);
    createMainWindow();
    expect(electron.windowOptions?.webPreferences).toMatchObject({ spellcheck: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
  });
});

describe('ELECTRON_RENDERER_URL', () => {
  it('is honoured only in a development build (electron-vite dev), never in a built app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://attacker.example/');
    expect(devServerUrl(false)).toBeUndefined();
    expect(devServerUrl(true)).toBe('https://attacker.example/');
  });
});

/** A web contents as Electron hands it to 'web-contents-created': its listeners and window-open handler. */
function webContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, ...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    contents: {
      on: (name: string, listener: (event: { preventDefault: () => void }, ...args: unknown[]) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => (openHandler = handler),
    },
    /** Whether main prevented the event (a navigation, a redirect, a webview). */
    prevented(name: string, ...args: unknown[]): boolean {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, ...args);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('what every window and web contents gets (issue 17 item 11)', () => {
  it('the main window: isolated, sandboxed, no Node, web security on, no webview, no spellcheck, the preload, the app’s URL', () => {
    createMainWindow();
    expect(electron.windowOptions?.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(electron.loadedUrl).toBe('app://briefwright/index.html');
  });

  it('no navigation off the page, no new window, no webview, no redirect', async () => {
    setupSecurity({ devServer: false });
    const created = electron.appListeners.get('web-contents-created')!.at(-1)!;
    const window = webContents();
    created({}, window.contents);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://elsewhere/index.html', 'javascript:alert(1)']) {
      expect(window.prevented('will-navigate', url), url).toBe(true);
      expect(window.prevented('will-redirect', url), url).toBe(true);
      expect(window.open(url), url).toEqual({ action: 'deny' });
    }
    expect(window.prevented('will-attach-webview', {}, {})).toBe(true);
  });

  it('every permission request and check is refused', async () => {
    setupSecurity({ devServer: false });
    await Promise.resolve();
    await Promise.resolve();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const granted = await new Promise<boolean>((resolve) => electron.permissionRequest!({}, permission, resolve));
      expect(granted, permission).toBe(false);
      expect(electron.permissionCheck!({}, permission, 'app://briefwright'), permission).toBe(false);
    }
  });

  it('every response carries the app’s CSP, replacing any the response had', async () => {
    setupSecurity({ devServer: false });
    await Promise.resolve();
    await Promise.resolve();
    const headers = await new Promise<Record<string, string[]>>((resolve) =>
      electron.headersReceived!({ url: 'app://briefwright/index.html', responseHeaders: { 'Content-Security-Policy': ["script-src *"], 'Content-Type': ['text/html'] } }, (response) => resolve(response.responseHeaders)),
    );
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy({ devServer: false })]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});
