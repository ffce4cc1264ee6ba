/**
 * The window as main makes it: the Electron renderer build loaded from the file main names, with its
 * CSP, the preload's API and nothing more, the application menu's commands reaching the page — and
 * main's sender check refusing a call from anywhere but the app's own top-level page.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../../src/shared/content-security-policy';
import type { BriefwrightApi } from '../../src/shared/ipc-contract';
import { electronStandIn } from './harness/electron-stand-in';
import { RENDERER_DIR } from './harness/desktop-app';
import { IPC_BINDING } from './harness/preload-in-page';
import { expect, test } from './fixtures';

/** window as the preload leaves it (src/preload/index.d.ts is not part of the Node type-check). */
type Bridged = Window & { briefwright?: BriefwrightApi };

test('opens the renderer build main names, through its preload, with the build’s CSP', async ({ desktop }) => {
  const { page, window: appWindow } = desktop;
  await expect(page.getByRole('heading', { name: 'Compose' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(/Canada-ROK/);
  expect(page.url()).toBe(pathToFileURL(path.join(RENDERER_DIR, 'index.html')).href);

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
  expect(refused).toMatch(/autosave:write: refused a call from an untrusted sender \(file:\/\/.*index\.html\?in-a-frame\)/);
  expect(desktop.ipcCalls.at(-1)).toMatchObject({ channel: 'autosave:write', topFrame: false, outcome: 'threw' });
  await expect(access(autosave)).rejects.toThrow();

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
