/**
 * Feature module: the packaged renderer is served from app://briefwright/, a privileged custom
 * scheme, instead of file:// (issue 17 item 10). Under file:// every file on the disk shares the
 * page's "origin", so `script-src 'self'` admitted any script anywhere; under app://briefwright the
 * origin is the app's renderer folder and nothing else: the handler answers only files inside it.
 *
 * `serveAppFile` is plain Node (a URL and a folder in, a fetch Response out) so unit tests and the
 * desktop end-to-end harness call the very code Electron calls.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, protocol } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'briefwright';
/** The app's origin in a built app: what 'self' means to the page's CSP. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Content types by extension: only what the renderer build emits. Anything else is a plain download. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refusal(status: 403 | 404 | 405, reason: string): Response {
  return new Response(reason, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

/**
 * The answer to one app:// request: the file under `rootDir` the URL's path names, with its content
 * type and the app's CSP. Another host, a path that leaves the folder (`..`, an encoded slash or
 * backslash, a NUL, a symbolic link pointing out), a folder or a missing file is refused.
 */
export async function serveAppFile(request: { readonly url: string; readonly method?: string }, rootDir: string): Promise<Response> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return refusal(405, 'Only GET and HEAD');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refusal(404, 'Not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refusal(404, 'Not the app’s origin');
  // The URL parser has already resolved literal and %2e dot segments; what is left to refuse is
  // anything that becomes a separator or a dot segment only once decoded.
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return refusal(404, 'Malformed path');
  }
  if (relative === '/') relative = '/index.html';
  if (/[\\\0]/.test(relative) || relative.split('/').some((segment) => segment === '..' || segment === '.')) return refusal(403, 'Outside the app');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) return refusal(403, 'Outside the app');
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return refusal(403, 'Outside the app');
    if (!(await stat(realFile)).isFile()) return refusal(404, 'Not a file');
    const body = method === 'HEAD' ? null : new Uint8Array(await readFile(realFile));
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(realFile),
        'X-Content-Type-Options': 'nosniff',
        // The same policy as the page's <meta>: a response Electron's webRequest hooks may not see.
        'Content-Security-Policy': contentSecurityPolicy({ devServer: false }),
      },
    });
  } catch {
    return refusal(404, 'Not found');
  }
}

/**
 * Call once at start-up, before the app is ready (Electron only accepts privileged schemes then).
 * standard: relative URLs, an origin and storage (localStorage, IndexedDB) of its own; secure: a
 * secure context like https; supportFetchAPI: module scripts and workers load through fetch.
 */
export function setupAppProtocol(options: { readonly rendererDir: string }): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  // Registered before main's own whenReady() callback, so the scheme is served before a window loads.
  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, (request) => serveAppFile(request, options.rendererDir));
  });
}
