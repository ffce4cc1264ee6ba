/**
 * Feature module: the app-wide security rules every window gets, whoever creates it. The page may
 * not navigate anywhere, open windows, attach webviews or ask for permissions (camera, notifications,
 * …): a briefing-note editor needs none of them. The CSP header repeats the <meta> in index.html so
 * responses from the dev server are covered too.
 */
import { app, session } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy';
import { devServerUrl } from './app-location';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Call once, before main's own whenReady() callback. (Not app.enableSandbox(): it throws after
 * 'ready', which an ES-module main may already have seen; every window sets sandbox: true instead.)
 */
/**
 * Whether the session may fetch `url`: the app's own files (app://briefwright/, which only ever
 * serves the renderer folder: app-protocol.ts), data: and blob: URLs the page makes itself, DevTools'
 * own pages, and the dev server in a development build. Everything else — any http(s) host, a
 * dictionary download, any file: URL — is cancelled.
 */
export function allowsRequest(url: string, options: { readonly devServerUrl?: string } = {}): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  return options.devServerUrl !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:' || parsed.protocol === 'ws:') && parsed.host === new URL(options.devServerUrl).host;
}

export function setupSecurity(options: { readonly devServer: boolean }): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  // The session exists only once the app is ready. Registered before main's own whenReady()
  // callback, this one runs first, so the rules are in place before the first window loads anything.
  void app.whenReady().then(() => {
    const policy = contentSecurityPolicy({ devServer: options.devServer });
    const defaultSession = session.defaultSession;
    defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    defaultSession.setPermissionCheckHandler(() => false);
    // Nothing leaves the machine: every request that is not the app's own files is cancelled.
    const devUrl = devServerUrl();
    defaultSession.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !allowsRequest(details.url, devUrl ? { devServerUrl: devUrl } : {}) });
    });
    defaultSession.setSpellCheckerEnabled(false);
    defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  });
}
