/**
 * The Electron main-process API, as much of it as src/main calls, for running the built main
 * (out/main/index.js) in Node when no Electron binary exists. `main-loader-hooks.mjs` makes
 * `import … from 'electron'` in out/main load this module; the harness (desktop-app.ts) drives it.
 *
 * It is a stand-in, not a mock: it keeps no scripted answers about the app. IPC handlers are kept
 * in a registry the page's calls reach (with the calling frame as sender), dialogs answer with what
 * the test queued, paths point at the test's temporary folders, windows load their page in
 * Chromium, and everything main asks for that has no effect here (menus, permission handlers,
 * response headers) is recorded so a test can look at it. A member main uses that is missing here
 * throws an error naming it, instead of failing somewhere later.
 */
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** What a save or open dialog was asked, and which window it was attached to. */
export interface DialogCall {
  readonly kind: 'save' | 'open';
  readonly options: SaveDialogOptions | OpenDialogOptions;
  readonly attachedToWindow: boolean;
  /** What the test's answer was, or 'unanswered' when the test queued none (then it cancels). */
  readonly answer: string | readonly string[] | 'cancelled' | 'unanswered';
}

/** How the harness shows a window's page: it opens a Chromium page on `url` with the window's preload. */
export type WindowHost = (window: StandInBrowserWindow, url: string) => Promise<void>;

/** Anything main reaches for that the stand-in lacks fails loudly, with its name. */
function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key === 'then' || key in object) return Reflect.get(object, key, receiver);
      throw new Error(`electron stand-in: ${name}.${key} is not provided; add it to tests/e2e-desktop/harness/electron-stand-in.ts`);
    },
  });
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** The state of one launch of main, reset before the next. */
export const electronStandIn = {
  handlers: new Map<string, InvokeHandler>(),
  paths: {} as Record<string, string>,
  appPath: process.cwd(),
  /** Answers for the next dialogs, oldest first: a path (or paths) to choose, or null to cancel. */
  dialogAnswers: [] as Array<string | readonly string[] | null>,
  dialogCalls: [] as DialogCall[],
  shownInFolder: [] as string[],
  openedExternally: [] as string[],
  applicationMenu: null as StandInMenu | null,
  windows: [] as StandInBrowserWindow[],
  windowHost: null as WindowHost | null,
  /** Listeners main gave session.webRequest, by event name, to be asked what main would do. */
  webRequestListeners: new Map<string, (...args: never[]) => void>(),
  permissionRequestHandler: null as ((...args: never[]) => void) | null,
  permissionCheckHandler: null as ((...args: never[]) => boolean) | null,
  /** Schemes main registered as privileged (before ready, as Electron requires), and their handlers. */
  privilegedSchemes: [] as Electron.CustomScheme[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  quitRequested: false,
  isReady: false,
  ready: deferred<void>(),

  reset(options: { readonly paths: Record<string, string>; readonly appPath: string }): void {
    this.handlers.clear();
    this.paths = { ...options.paths };
    this.appPath = options.appPath;
    this.dialogAnswers = [];
    this.dialogCalls = [];
    this.shownInFolder = [];
    this.openedExternally = [];
    this.applicationMenu = null;
    this.windows = [];
    this.windowHost = null;
    this.webRequestListeners.clear();
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.privilegedSchemes = [];
    this.protocolHandlers.clear();
    this.quitRequested = false;
    this.isReady = false;
    this.ready = deferred<void>();
    app.removeAllListeners();
  },

  /** 'ready': main's whenReady() callbacks run, in the order main registered them. */
  emitReady(): void {
    this.isReady = true;
    app.emit('ready');
    this.ready.resolve();
  },

  answerDialog(call: Omit<DialogCall, 'answer'>): string | readonly string[] | null {
    const answer = this.dialogAnswers.shift();
    this.dialogCalls.push({ ...call, answer: answer === undefined ? 'unanswered' : answer === null ? 'cancelled' : answer });
    return answer ?? null;
  },
};

// ---- app ---------------------------------------------------------------------------------------

class StandInApp extends EventEmitter {
  readonly isPackaged = false;
  private name = 'briefwright';
  whenReady(): Promise<void> {
    return electronStandIn.ready.promise;
  }
  isReady(): boolean {
    return electronStandIn.isReady;
  }
  getPath(name: string): string {
    const folder = electronStandIn.paths[name];
    if (!folder) throw new Error(`electron stand-in: app.getPath('${name}') has no folder in this test`);
    return folder;
  }
  getAppPath(): string {
    return electronStandIn.appPath;
  }
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    this.name = name;
  }
  getVersion(): string {
    return '0.0.0-desktop-e2e';
  }
  /** The menus' language comes from these (setup-menu.ts); the page's from navigator.languages. */
  getLocale(): string {
    return 'en-US';
  }
  getPreferredSystemLanguages(): string[] {
    return ['en-US'];
  }
  quit(): void {
    electronStandIn.quitRequested = true;
  }
}

export const app = strict(new StandInApp(), 'app');

// ---- windows and their web contents -----------------------------------------------------------

let nextWebContentsId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  /** Delivers main's send() to the page; set by the harness once the page exists. */
  deliver: ((channel: string, args: unknown[]) => Promise<void>) | null = null;
  /** The last delivery, so a test can wait for it to reach the page. */
  lastDelivery: Promise<void> = Promise.resolve();
  destroyed = false;
  readonly session = session.defaultSession;

  constructor(readonly window: StandInBrowserWindow) {
    super();
  }
  send(channel: string, ...args: unknown[]): void {
    if (!this.deliver) throw new Error(`electron stand-in: webContents.send('${channel}') before the page loaded`);
    this.lastDelivery = this.deliver(channel, args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class StandInBrowserWindow extends EventEmitter {
  static getAllWindows(): StandInBrowserWindow[] {
    return electronStandIn.windows.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): StandInBrowserWindow | null {
    return StandInBrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
  }
  static fromWebContents(contents: unknown): StandInBrowserWindow | null {
    return StandInBrowserWindow.getAllWindows().find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents: StandInWebContents;
  visible = false;
  focused = false;
  destroyed = false;
  /** Resolves once the page main asked for has loaded in Chromium. */
  loaded: Promise<void> | null = null;

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.webContents = strict(new StandInWebContents(this), 'webContents');
    electronStandIn.windows.push(this);
    app.emit('browser-window-created', {}, this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(filePath: string): Promise<void> {
    return this.loadURL(pathToFileURL(path.resolve(filePath)).href);
  }
  loadURL(url: string): Promise<void> {
    const host = electronStandIn.windowHost;
    if (!host) throw new Error('electron stand-in: a window loaded a page but the harness gave no window host');
    this.webContents.url = url;
    this.loaded = host(this, url).then(() => {
      this.emit('ready-to-show');
      this.webContents.emit('did-finish-load');
    });
    return this.loaded;
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The page went away (closed or killed): what Electron reports when a window is closed. */
  markClosed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (StandInBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

export const BrowserWindow = StandInBrowserWindow;

// ---- IPC ----------------------------------------------------------------------------------------

export const ipcMain = strict(
  {
    handle(channel: string, handler: InvokeHandler): void {
      // Electron refuses a second handler for a channel; so does the stand-in.
      if (electronStandIn.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      electronStandIn.handlers.set(channel, handler);
    },
    removeHandler(channel: string): void {
      electronStandIn.handlers.delete(channel);
    },
  },
  'ipcMain',
);

// ---- dialogs, shell, menus ------------------------------------------------------------------------

/** dialog.showSaveDialog([window], options): the window argument is optional, as in Electron. */
function dialogArguments<T>(first: unknown, second: T | undefined): { options: T; attachedToWindow: boolean } {
  return second === undefined ? { options: first as T, attachedToWindow: false } : { options: second, attachedToWindow: first instanceof StandInBrowserWindow };
}

export const dialog = strict(
  {
    async showSaveDialog(first: unknown, second?: SaveDialogOptions) {
      const call = dialogArguments(first, second);
      const answer = electronStandIn.answerDialog({ kind: 'save', ...call });
      return typeof answer === 'string' ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
    },
    async showOpenDialog(first: unknown, second?: OpenDialogOptions) {
      const call = dialogArguments(first, second);
      const answer = electronStandIn.answerDialog({ kind: 'open', ...call });
      return answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: typeof answer === 'string' ? [answer] : [...answer] };
    },
  },
  'dialog',
);

export const shell = strict(
  {
    showItemInFolder(fullPath: string): void {
      electronStandIn.shownInFolder.push(fullPath);
    },
    async openExternal(url: string): Promise<void> {
      electronStandIn.openedExternally.push(url);
    },
  },
  'shell',
);

export class StandInMenu {
  static buildFromTemplate(template: MenuItemConstructorOptions[]): StandInMenu {
    return new StandInMenu(template);
  }
  static setApplicationMenu(menu: StandInMenu | null): void {
    electronStandIn.applicationMenu = menu;
  }
  static getApplicationMenu(): StandInMenu | null {
    return electronStandIn.applicationMenu;
  }
  constructor(readonly template: MenuItemConstructorOptions[]) {}

  /** The item at a path of labels, ignoring the access-key `&`: item('File', 'Save Draft'). */
  item(...labels: string[]): MenuItemConstructorOptions {
    let items = this.template;
    let found: MenuItemConstructorOptions | undefined;
    for (const label of labels) {
      found = items.find((item) => item.label?.replace(/&/g, '') === label);
      if (!found) throw new Error(`menu has no item "${labels.join(' › ')}"`);
      items = Array.isArray(found.submenu) ? found.submenu : [];
    }
    return found!;
  }
}

export const Menu = StandInMenu;

// ---- custom protocols: how main serves the built renderer (app://briefwright) ------------------------

export const protocol = strict(
  {
    registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
      // Electron throws once the app is ready; so does the stand-in.
      if (electronStandIn.isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      electronStandIn.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
      if (electronStandIn.protocolHandlers.has(scheme)) throw new Error(`The scheme has been registered: ${scheme}`);
      electronStandIn.protocolHandlers.set(scheme, handler);
    },
  },
  'protocol',
);

// ---- the session: security settings main applies ------------------------------------------------

const webRequest = strict(
  Object.fromEntries(
    ['onBeforeRequest', 'onBeforeSendHeaders', 'onHeadersReceived', 'onResponseStarted', 'onCompleted', 'onErrorOccurred'].map((event) => [
      event,
      (...args: unknown[]) => {
        // (filter, listener) or (listener); null removes.
        const listener = args.length > 1 ? args[1] : args[0];
        if (typeof listener === 'function') electronStandIn.webRequestListeners.set(event, listener as (...args: never[]) => void);
        else electronStandIn.webRequestListeners.delete(event);
      },
    ]),
  ),
  'session.defaultSession.webRequest',
);

export const session = strict(
  {
    defaultSession: strict(
      {
        webRequest,
        setPermissionRequestHandler(handler: ((...args: never[]) => void) | null) {
          electronStandIn.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler(handler: ((...args: never[]) => boolean) | null) {
          electronStandIn.permissionCheckHandler = handler;
        },
        setSpellCheckerLanguages(_languages: string[]) {},
        setSpellCheckerEnabled(_enabled: boolean) {},
        getUserAgent: () => 'Briefwright desktop e2e',
      },
      'session.defaultSession',
    ),
  },
  'session',
);

export default { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell };
