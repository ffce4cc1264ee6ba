/**
 * Feature module: the app-wide security rules every window gets, whoever creates it. The page may
 * not navigate anywhere, open windows, attach webviews or ask for permissions (camera, notifications,
 * …): a briefing-note editor needs none of them. The CSP header repeats the <meta> in index.html so
 * responses from the dev server are covered too.
 */
import { app, session } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy';

/**
 * Call once, before main's own whenReady() callback. (Not app.enableSandbox(): it throws after
 * 'ready', which an ES-module main may already have seen; every window sets sandbox: true instead.)
 */
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
    defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  });
}
