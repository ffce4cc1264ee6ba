/**
 * The desktop app without the Electron binary: the built main process (out/main/index.js, the file
 * `npm start` runs) runs in this Node process against the Electron stand-in, and the window it
 * creates is a Chromium page showing the URL main asked for (app://briefwright/index.html, CSP and
 * all) with the preload main named (out/preload/index.cjs). The page reaches main only through that
 * preload's ipcRenderer.invoke, which lands in the handlers main registered, sender checks included.
 *
 * Chromium cannot be taught the app: scheme, so the page shows app://briefwright/x at
 * http://briefwright.localhost:port/x (a secure context with an origin of its own, as the privileged
 * scheme is), and every request to that origin — page, modules, styles, workers — is answered by the
 * handler main gave protocol.handle('app', …), i.e. the code that serves the app in Electron. Frame
 * URLs are translated back when main sees them (sender checks) and when tests read them (`appUrl`).
 *
 * Each launch is a fresh start of main (its module evaluated again, so every register-* call and
 * its per-session state is new) against the test's folders: a kill and a relaunch on the same
 * folders is what an officer's crash and restart look like.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile } from 'node:fs/promises';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { IpcMainInvokeEvent } from 'electron';
import { electronStandIn, type DialogCall, type StandInBrowserWindow } from './electron-stand-in';
import { DELIVER_KEY, IPC_BINDING, preloadInitScript } from './preload-in-page';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const MAIN_DIR = path.join(ROOT, 'out', 'main');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');

/** The app's origin in a built app (src/main/app-protocol.ts). */
export const APP_ORIGIN = 'app://briefwright';

/**
 * Where Chromium shows it here: a local HTTP server whose every answer comes from the handler main
 * gave protocol.handle('app', …). A server rather than request interception, because Playwright's
 * routing does not see a dedicated worker's requests (the statement worker). Chromium resolves
 * *.localhost to this machine by itself, and treats it as a secure context, as the privileged scheme is.
 */
const appServer = createServer((request, response) => {
  void (async () => {
    const scheme = electronStandIn.privilegedSchemes.find((candidate) => candidate.scheme === 'app');
    const serve = electronStandIn.protocolHandlers.get('app');
    if (!serve || !scheme?.privileges?.standard || !scheme.privileges.secure) {
      response.writeHead(500).end('main did not register app: as a privileged scheme with a handler');
      return;
    }
    const answer = await serve(new Request(`${APP_ORIGIN}${request.url ?? '/'}`, { method: request.method ?? 'GET' }));
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  })().catch((error: Error) => response.writeHead(500).end(error.message));
});
await new Promise<void>((resolve) => appServer.listen(0, '127.0.0.1', resolve));
appServer.unref();
export const PAGE_ORIGIN = `http://briefwright.localhost:${(appServer.address() as AddressInfo).port}`;

/** A URL main asked for, as the page shows it (app://briefwright/x → http://briefwright.localhost:port/x). */
export function pageUrlOf(url: string): string {
  return url.startsWith(`${APP_ORIGIN}/`) ? `${PAGE_ORIGIN}${url.slice(APP_ORIGIN.length)}` : url;
}

/** A page's URL as Electron would report it to main (http://briefwright.localhost:port/x → app://briefwright/x). */
export function appUrlOf(url: string): string {
  return url.startsWith(`${PAGE_ORIGIN}/`) ? `${APP_ORIGIN}${url.slice(PAGE_ORIGIN.length)}` : url;
}

register(new URL('./main-loader-hooks.mjs', import.meta.url), {
  data: { standIn: new URL('./electron-stand-in.ts', import.meta.url).href, mainDir: `${pathToFileURL(MAIN_DIR).href}/` },
});

/** A machine's folders for one test: home, the config folder Electron's userData sits in, Documents. */
export interface DesktopFolders {
  readonly home: string;
  readonly configHome: string;
  readonly documents: string;
}

/** One IPC call as main saw it: who called, and whether the handler answered or threw. */
export interface IpcCall {
  readonly channel: string;
  readonly frameUrl: string;
  readonly topFrame: boolean;
  readonly outcome: 'answered' | 'threw';
  readonly error?: string;
}

let launches = 0;

/** Electron's senderFrame, as far as main reads it: url, parent (null for the top frame), name. */
function senderFrame(frame: Frame): { url: string; name: string; parent: unknown; top: unknown } {
  const parent = frame.parentFrame();
  let top = frame;
  while (top.parentFrame()) top = top.parentFrame()!;
  const self = { url: appUrlOf(frame.url()), name: frame.name(), parent: parent ? senderFrame(parent) : null, top: null as unknown };
  self.top = top === frame ? self : senderFrame(top);
  return self;
}

export class DesktopApp {
  readonly ipcCalls: IpcCall[] = [];
  readonly pageErrors: string[] = [];
  readonly requests: string[] = [];
  /** URLs besides the app's own files that a test means the page to load. */
  readonly expectedRequests: string[] = [];
  page!: Page;
  window!: StandInBrowserWindow;
  /** This launch's dialogs and revealed files (the stand-in starts new lists at the next launch). */
  dialogCalls: readonly DialogCall[] = [];
  shownInFolder: readonly string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    readonly folders: DesktopFolders,
  ) {}

  /** Electron's userData for the app (~/.config/briefwright on Linux): drafts' autosave, templates. */
  get dataDir(): string {
    return path.join(this.folders.configHome, 'briefwright');
  }

  /** Starts main as `electron .` would, and waits for its window's page to load. */
  static async launch(context: BrowserContext, folders: DesktopFolders): Promise<DesktopApp> {
    const desktop = new DesktopApp(context, folders);
    // Electron puts userData at $XDG_CONFIG_HOME/<name>; src/node/data-folder.ts (templates) works it
    // out the same way, so neither override is set and both must agree on their own.
    process.env['XDG_CONFIG_HOME'] = folders.configHome;
    delete process.env['BRIEFWRIGHT_DATA_DIR'];
    delete process.env['ELECTRON_RENDERER_URL'];
    electronStandIn.reset({
      appPath: ROOT,
      paths: { home: folders.home, appData: folders.configHome, userData: desktop.dataDir, documents: folders.documents, temp: path.join(folders.home, 'tmp') },
    });
    electronStandIn.windowHost = (window, url) => desktop.showWindow(window, url);
    desktop.dialogCalls = electronStandIn.dialogCalls;
    desktop.shownInFolder = electronStandIn.shownInFolder;
    // Electron creates userData as it starts (its Chromium profile lives there), before main runs.
    await mkdir(desktop.dataDir, { recursive: true });

    const entry = path.join(MAIN_DIR, 'index.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
    launches += 1;
    await import(`${pathToFileURL(entry).href}?launch=${launches}`);
    electronStandIn.emitReady();
    // main's whenReady() callback registers the handlers and creates the window; wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    const window = electronStandIn.windows[0];
    if (!window?.loaded) throw new Error('main did not create a window and load a page when the app became ready');
    await window.loaded;
    desktop.window = window;
    return desktop;
  }

  private async showWindow(window: StandInBrowserWindow, url: string): Promise<void> {
    const preload = window.options.webPreferences?.preload;
    if (!preload) throw new Error('the window has no preload script, so the page would have no bridge to main');
    const page = await this.context.newPage();
    this.page = page;
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('request', (request) => this.requests.push(appUrlOf(request.url())));
    page.on('close', () => window.markClosed());
    await page.exposeBinding(IPC_BINDING, ({ frame }, channel: string, ...args: unknown[]) => this.dispatch(window, frame, channel, args));
    await page.addInitScript(preloadInitScript(await readFile(preload, 'utf8')));
    window.webContents.deliver = async (channel, args) => {
      await page.evaluate(([key, name, values]) => (globalThis as unknown as Record<symbol, (channel: string, args: unknown[]) => void>)[Symbol.for(key)]?.(name, values), [DELIVER_KEY, channel, args] as const);
    };
    await page.goto(pageUrlOf(url));
  }

  /** An ipcRenderer.invoke from a frame of the page, handed to main's handler as Electron would. */
  private async dispatch(window: StandInBrowserWindow, frame: Frame, channel: string, args: unknown[]): Promise<unknown> {
    const handler = electronStandIn.handlers.get(channel);
    const frameUrl = appUrlOf(frame.url());
    const topFrame = frame.parentFrame() === null;
    if (!handler) {
      this.ipcCalls.push({ channel, frameUrl, topFrame, outcome: 'threw', error: 'no handler' });
      throw new Error(`No handler registered for '${channel}'`);
    }
    const event = { sender: window.webContents, senderFrame: senderFrame(frame), frameId: 0, processId: 0 } as unknown as IpcMainInvokeEvent;
    try {
      const result = await handler(event, ...args);
      this.ipcCalls.push({ channel, frameUrl, topFrame, outcome: 'answered' });
      return result;
    } catch (error) {
      this.ipcCalls.push({ channel, frameUrl, topFrame, outcome: 'threw', error: (error as Error).message });
      throw error;
    }
  }

  /** The next save/open dialog main shows chooses this path (null: the officer cancels). */
  answerNextDialog(answer: string | readonly string[] | null): void {
    electronStandIn.dialogAnswers.push(answer);
  }


  /** Chooses an application-menu item, as a click would: main sends its command to the page. */
  async chooseMenuItem(...labels: string[]): Promise<void> {
    const menu = electronStandIn.applicationMenu;
    if (!menu) throw new Error('main set no application menu');
    const item = menu.item(...labels);
    if (!item.click) throw new Error(`menu item "${labels.join(' › ')}" has no click (a role item: only a real window runs it)`);
    item.click({} as never, this.window as never, {} as never);
    await this.window.webContents.lastDelivery;
  }

  /** Kills the window's renderer process, as a crash does, then the window goes away. */
  async kill(): Promise<void> {
    const crashed = this.page.waitForEvent('crash');
    const cdp = await this.context.newCDPSession(this.page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await this.page.close();
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }
}
