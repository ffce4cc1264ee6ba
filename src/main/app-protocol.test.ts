/**
 * The app:// scheme the built renderer is served from (issue 17 item 10): only files inside the
 * renderer folder, with their content types; traversal in every spelling refused; a missing file
 * is a 404. And the scheme is registered as privileged before the app is ready.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
  ready: undefined as undefined | (() => void),
}));

vi.mock('electron', () => ({
  app: { whenReady: () => new Promise<void>((resolve) => (electron.ready = resolve)) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => electron.handlers.set(scheme, handler),
  },
}));

const { APP_ORIGIN, serveAppFile, setupAppProtocol } = await import('./app-protocol');
const { contentSecurityPolicy } = await import('../shared/content-security-policy');

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'briefwright-app-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets', 'fonts'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Briefwright</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'fonts', 'Body.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'assets', 'data.bin'), 'x');
  // Beside the renderer folder: what a traversal would reach.
  await writeFile(path.join(base, 'secret.txt'), 'main process secrets');
  await mkdir(path.join(base, 'renderer-evil'), { recursive: true });
  await writeFile(path.join(base, 'renderer-evil', 'x.js'), 'evil()');
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serveAppFile({ url, method }, root);

describe('serveAppFile', () => {
  it('serves the renderer’s files with their content types and the app’s CSP', async () => {
    const page = await get(`${APP_ORIGIN}/index.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ devServer: false }));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Briefwright</title>');
    expect(await (await get(`${APP_ORIGIN}/`)).text()).toContain('<title>Briefwright</title>');

    const cases: Array<[string, string, string]> = [
      ['/assets/index-abc.js', 'text/javascript; charset=utf-8', 'export const x = 1;'],
      ['/assets/index-abc.css?v=1#top', 'text/css; charset=utf-8', 'body{}'],
      ['/assets/fonts/Body.woff2', 'font/woff2', 'wOF2'],
      ['/assets/data.bin', 'application/octet-stream', 'x'],
    ];
    for (const [pathname, type, body] of cases) {
      const response = await get(`${APP_ORIGIN}${pathname}`);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type'), pathname).toBe(type);
      expect(await response.text(), pathname).toBe(body);
    }
    const head = await get(`${APP_ORIGIN}/assets/index-abc.js`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers a missing file, a folder, another host or another scheme with 404', async () => {
    for (const url of [`${APP_ORIGIN}/assets/missing.js`, `${APP_ORIGIN}/assets`, `${APP_ORIGIN}/assets/`, 'app://elsewhere/index.html', 'file:///etc/passwd', 'not a url']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secrets');
    }
  });

  it('refuses every way out of the renderer folder', async () => {
    // Literal and %2e dot segments are resolved by the URL parser, inside the origin: they land on a
    // path under the folder (missing), never beside it.
    for (const url of [`${APP_ORIGIN}/../secret.txt`, `${APP_ORIGIN}/assets/../../secret.txt`, `${APP_ORIGIN}/%2e%2e/secret.txt`, `${APP_ORIGIN}/../renderer-evil/x.js`]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
    }
    // What only decoding turns into a way out is refused outright.
    for (const url of [
      `${APP_ORIGIN}/..%2fsecret.txt`,
      `${APP_ORIGIN}/assets%2f..%2f..%2fsecret.txt`,
      `${APP_ORIGIN}/..%5csecret.txt`,
      `${APP_ORIGIN}/index.html%00.js`,
      `${APP_ORIGIN}/assets/link.txt`, // a symbolic link out of the folder
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text(), url).not.toContain('secrets');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get(`${APP_ORIGIN}/index.html`, 'POST')).status).toBe(405);
  });
});

describe('setupAppProtocol', () => {
  it('registers app: as a standard, secure scheme at once, and serves it once the app is ready', async () => {
    setupAppProtocol({ rendererDir: root });
    expect(electron.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) }]);
    expect(electron.handlers.size).toBe(0);
    electron.ready!();
    await vi.waitFor(() => expect(electron.handlers.has('app')).toBe(true));
    const response = await electron.handlers.get('app')!({ url: `${APP_ORIGIN}/assets/index-abc.js`, method: 'GET' });
    expect(await response.text()).toBe('export const x = 1;');
  });
});
