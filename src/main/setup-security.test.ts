/**
 * The network and trust rules of the desktop shell (issue 17, items 8 and 9), with a fake of the
 * Electron parts they touch: every request that is not the app's own files is cancelled by the
 * session, spellcheck (which would download dictionaries) is off, and ELECTRON_RENDERER_URL is
 * honoured only in a development build.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
const electron = vi.hoisted(() => ({
  beforeRequest: undefined as BeforeRequest | undefined,
  spellChecker: true as boolean,
  windowOptions: undefined as { webPreferences?: Record<string, unknown> } | undefined,
}));

vi.mock('electron', () => ({
  app: { isPackaged: false, on: () => undefined, whenReady: () => Promise.resolve(), getAppPath: () => process.cwd() },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setSpellCheckerEnabled: (enabled: boolean) => (electron.spellChecker = enabled),
      webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: (listener: BeforeRequest) => (electron.beforeRequest = listener) },
    },
  },
  BrowserWindow: class {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      electron.windowOptions = options;
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    loadURL() {
      return Promise.resolve();
    }
  },
}));

const { allowsRequest, setupSecurity } = await import('./setup-security');
const { devServerUrl, rendererDir } = await import('./app-location');
const { createMainWindow } = await import('./main-window');

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
