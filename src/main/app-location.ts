/**
 * Where the app's own files are, and which URLs are the app's own page. Kept in one place because
 * both the window (what to load) and every IPC handler (who may call) depend on the same answer.
 *
 * Resources (fonts, samples): in development and `electron-vite build` runs the app path is the
 * package root, so they are at <root>/resources. A packaged app is expected to ship the folder's
 * contents as extra resources (electron-builder `extraResources: [{ from: 'resources', to: '.' }]`),
 * i.e. at process.resourcesPath.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/**
 * Set by `electron-vite dev` to the renderer's dev server, and honoured only in a development build:
 * `import.meta.env.DEV` is a constant vite folds to false in `electron-vite build` (so `npm start`),
 * so the built app never reads the variable (the default is `false` in out/main). Otherwise anyone who can set an environment
 * variable could load any URL into a window that has the preload's IPC and DevTools.
 */
export function devServerUrl(developmentBuild: boolean = import.meta.env.DEV): string | undefined {
  return developmentBuild && !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
}

export function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources');
}

/** out/main/index.js sits next to out/preload and out/renderer. */
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const preloadPath = path.join(outDir, 'preload', 'index.cjs');
/** The worker thread that fills Word templates off main's event loop (word-fill-worker.ts). */
export const wordFillWorkerPath = path.join(outDir, 'main', 'word-fill-worker.js');
/** The built renderer: the only folder app://briefwright/ serves (app-protocol.ts). */
export const rendererDir = path.join(outDir, 'renderer');

/** The URL the window loads: the dev server, or the built index.html through the app's own scheme. */
export function appEntryUrl(): string {
  return devServerUrl() ?? `${APP_ORIGIN}/index.html`;
}

/**
 * Accepts exactly the app's pages: the same scheme and host (and port) as the entry, i.e. the app's
 * origin, app://briefwright or the dev server. Anything else — a file, a remote page, about:blank — is
 * not us. (Compared by parts: Node gives a custom scheme's URL the opaque origin "null", which every
 * other custom-scheme URL shares.) A file: entry is never trusted: every file on the disk would match.
 */
export function isAppUrl(url: string, entryUrl: string): boolean {
  let candidate: URL;
  let entry: URL;
  try {
    candidate = new URL(url);
    entry = new URL(entryUrl);
  } catch {
    return false;
  }
  if (entry.protocol === 'file:' || entry.host === '') return false;
  return candidate.protocol === entry.protocol && candidate.host === entry.host;
}
