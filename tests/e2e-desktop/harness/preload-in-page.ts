/**
 * Runs the built preload (out/preload/index.cjs, the file main names in the window's webPreferences)
 * in the page before any of the page's own scripts, as Electron does, with the two things a
 * sandboxed preload gets from `require('electron')` standing in for Electron's:
 *
 * - `ipcRenderer.invoke(channel, …args)` calls a Playwright binding that hands the call to the
 *   handler main registered for that channel, with the calling frame as the event's sender; it
 *   rejects as Electron's does when the handler throws.
 * - `contextBridge.exposeInMainWorld(key, api)` puts a frozen copy of the API on window.
 *
 * As in Electron, the page never sees ipcRenderer: the binding is taken off the top window before
 * the page runs. The preload runs in the top frame only (nodeIntegrationInSubFrames is false), so a
 * subframe keeps the raw binding: that is how a test plays a stranger frame calling main directly.
 *
 * Not reproduced: the context bridge's separate JavaScript world (the API object lives in the page's
 * world here) and the preload's own Node-ish globals of a sandboxed renderer (process, Buffer).
 */

/** The binding's name on window; only the harness and the preload's stand-in use it. */
export const IPC_BINDING = '__briefwrightDesktopIpc';
/** Symbol.for key of the function that delivers main's webContents.send() to ipcRenderer.on listeners. */
export const DELIVER_KEY = 'briefwright.desktop-e2e.deliver';

export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  if (window.top !== window) return;
  const callMain = globalThis[${JSON.stringify(IPC_BINDING)}];
  delete globalThis[${JSON.stringify(IPC_BINDING)}];
  const listeners = new Map();
  const ipcRenderer = {
    invoke(channel, ...args) {
      return callMain(channel, ...args).catch((error) => {
        throw new Error("Error invoking remote method '" + channel + "': " + String(error));
      });
    },
    on(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener));
      return ipcRenderer;
    },
  };
  Object.defineProperty(globalThis, Symbol.for(${JSON.stringify(DELIVER_KEY)}), {
    value: (channel, args) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(globalThis, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error("a sandboxed preload cannot require('" + name + "')");
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}
