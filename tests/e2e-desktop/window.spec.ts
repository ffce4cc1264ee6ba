/**
 * The window as main makes it: the Electron renderer build served from app://briefwright by main's
 * protocol handler, with its CSP, the preload's API and nothing more, the application menu's commands reaching the page — and
 * main's sender check refusing a call from anywhere but the app's own top-level page.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../src/shared/content-security-policy';
import type { BriefwrightApi } from '../../src/shared/ipc-contract';
import { electronStandIn } from './harness/electron-stand-in';
import { APP_ORIGIN, appUrlOf, RENDERER_DIR } from './harness/desktop-app';
import { IPC_BINDING } from './harness/preload-in-page';
import { expect, test } from './fixtures';

/** window as the preload leaves it (src/preload/index.d.ts is not part of the Node type-check). */
type Bridged = Window & { briefwright?: BriefwrightApi };

test('opens the renderer build main names, through its preload, with the build’s CSP', async ({ desktop }) => {
  const { page, window: appWindow } = desktop;
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/Canada-ROK/);
  // Served from the app's own origin (app://briefwright), not from a file: main loaded that URL, and
  // the page and every file it loaded came through main's app: protocol handler.
  expect(appWindow.webContents.url).toBe(`${APP_ORIGIN}/index.html`);
  expect(appUrlOf(page.url())).toBe(`${APP_ORIGIN}/index.html`);
  expect(desktop.requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(0);
  expect(desktop.requests.every((url) => url.startsWith(`${APP_ORIGIN}/`))).toBe(true);

  // The window main asked for: sandboxed, isolated, no Node; shown once ready.
  expect(appWindow.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
  expect(appWindow.isVisible()).toBe(true);

  // The page sees the preload's named functions, never ipcRenderer or the harness's binding.
  const bridge = await page.evaluate((binding) => ({
    api: Object.keys((window as Bridged).briefwright ?? {}).sort(),
    binding: binding in window,
    ipcRenderer: 'ipcRenderer' in window || 'require' in window,
  }), IPC_BINDING);
  expect(bridge.api).toEqual(expect.arrayContaining(['exportNote', 'saveDraft', 'readAutosave', 'listTemplates', 'importWordTemplate', 'onMenuCommand']));
  expect(bridge.binding).toBe(false);
  expect(bridge.ipcRenderer).toBe(false);
  // Start-up asked main for the autosave and the stored templates, from the top frame.
  expect(desktop.ipcCalls.map((call) => call.channel)).toEqual(expect.arrayContaining(['autosave:read', 'templates:list', 'word-templates:list']));
  expect(desktop.ipcCalls.every((call) => call.topFrame && call.outcome === 'answered')).toBe(true);

  // The build's CSP <meta> is the policy main sends as a header, and the page obeys it: no fetching.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(contentSecurityPolicy({ devServer: false }));
  let header: string[] | undefined;
  const onHeadersReceived = electronStandIn.webRequestListeners.get('onHeadersReceived') as unknown as (details: object, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void;
  onHeadersReceived({ url: page.url(), responseHeaders: {} }, (response) => (header = response.responseHeaders['Content-Security-Policy']));
  expect(header).toEqual([meta]);
  const fetched = await page.evaluate(() => fetch(location.href).then(() => 'fetched', (error: Error) => error.name));
  expect(fetched).toBe('TypeError');
  // Permissions (camera, notifications, …) are refused.
  expect(electronStandIn.permissionCheckHandler?.(...([null, 'notifications'] as never[]))).toBe(false);
});

test('application menu commands reach the page', async ({ desktop }) => {
  const { page } = desktop;
  await desktop.chooseMenuItem('File', 'Paste Statement…');
  await expect(page.getByRole('dialog', { name: 'Paste a statement' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await desktop.chooseMenuItem('File', 'Templates…');
  await expect(page.getByRole('dialog', { name: 'Templates' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Templates' }).getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Title', { exact: true }).fill('Changed by the officer');
  await desktop.chooseMenuItem('Edit', 'Undo');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/Canada-ROK/);
  await desktop.chooseMenuItem('Edit', 'Redo');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Changed by the officer');
});

test('main refuses a call from a frame, even one showing the app’s own page, and from a page navigated elsewhere', async ({ desktop }, testInfo) => {
  const { page } = desktop;
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  const autosave = path.join(desktop.dataDir, 'autosave.briefwright.json');

  // A subframe gets no preload (nodeIntegrationInSubFrames is off) but here still holds the raw
  // channel, as a compromised frame might: main's sender check is what stops it.
  const framed = page.waitForEvent('framenavigated', (candidate) => candidate.url().includes('in-a-frame'));
  await page.evaluate((url) => {
    const frame = document.createElement('iframe');
    frame.name = 'stranger';
    frame.src = url;
    document.body.append(frame);
  }, `${page.url()}?in-a-frame`);
  const frame = await framed;
  const refused = await frame.evaluate((binding) => (window as unknown as Record<string, (channel: string, ...args: unknown[]) => Promise<unknown>>)[binding]!('autosave:write', '{"stolen":true}').then(() => 'written', (error: Error) => error.message), IPC_BINDING);
  expect(refused).toMatch(/autosave:write: refused a call from an untrusted sender \(app:\/\/briefwright\/index\.html\?in-a-frame\)/);
  expect(desktop.ipcCalls.at(-1)).toMatchObject({ channel: 'autosave:write', topFrame: false, outcome: 'threw' });
  await expect(access(autosave)).rejects.toMatchObject({ code: 'ENOENT' });

  // The window navigated to another file: the preload runs there too (it belongs to the window), so
  // the page has window.briefwright — and main still refuses it, because the page is not the app's.
  const stranger = testInfo.outputPath('stranger.html');
  await (await import('node:fs/promises')).writeFile(stranger, '<!doctype html><title>Not Briefwright</title>');
  desktop.expectedRequests.push(pathToFileURL(stranger).href);
  await page.goto(pathToFileURL(stranger).href);
  const answer = await page.evaluate(() => (window as Bridged).briefwright!.saveDraft({ content: '{}', suggestedName: 'x', path: null }).then(() => 'saved', (error: Error) => error.message));
  expect(answer).toMatch(/Error invoking remote method 'draft:save': Error: draft:save: refused a call from an untrusted sender \(file:.*stranger\.html\)/);
  expect(desktop.dialogCalls).toEqual([]);
});

test('only the app’s own files can be scripts: another origin or a file is refused, a way out of the folder by main', async ({ desktop }) => {
  const { page } = desktop;
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  // 'self' is the app's origin now, not "any file": the app's own bundle as a file: URL does not run
  // (Chromium refuses it before the CSP is asked; Electron's file: handling would leave it to
  // script-src, which no longer admits it), and a script from any other origin is refused by the CSP.
  const ownBundle = (await page.locator('script[type="module"]').getAttribute('src'))!;
  const tryScript = (src: string) => page.evaluate((url) => new Promise<string>((resolve) => {
    document.addEventListener('securitypolicyviolation', (event) => resolve(`blocked by ${event.effectiveDirective}`), { once: true });
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve('ran');
    script.onerror = () => setTimeout(() => resolve('not loaded'), 500);
    document.head.append(script);
  }), src);
  const fileScript = pathToFileURL(path.join(RENDERER_DIR, ownBundle)).href;
  const otherOrigin = 'http://elsewhere.localhost/assets/index.js';
  // Chromium reports the attempts as requests, though neither is sent.
  desktop.expectedRequests.push(fileScript, otherOrigin);
  expect(await tryScript(fileScript)).not.toBe('ran');
  expect(await tryScript(otherOrigin)).toBe('blocked by script-src-elem');

  // Same origin but out of the renderer folder: main's handler refuses it, so nothing runs.
  const escaped = await page.evaluate((url) => import(url).then(() => 'imported', () => 'refused'), '/..%2fmain%2findex.js');
  expect(escaped).toBe('refused');
  const serve = electronStandIn.protocolHandlers.get('app')!;
  expect((await serve(new Request(`${APP_ORIGIN}/..%2fmain%2findex.js`))).status).toBe(403);
  // Every answer carries the same CSP as the page's <meta>.
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect((await serve(new Request(`${APP_ORIGIN}/index.html`))).headers.get('content-security-policy')).toBe(meta);
});
