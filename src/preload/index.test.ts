/**
 * The preload exposes exactly the contract's functions and nothing else (issue 17 item 11): not
 * ipcRenderer, not a generic invoke, and every function reaches main only on a channel of the contract.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, ...args: unknown[]) => void;
const electron = vi.hoisted(() => ({
  exposed: [] as Array<{ key: string; api: Record<string, unknown> }>,
  listeners: new Map<string, Listener[]>(),
}));

const ipcRenderer = vi.hoisted(() => ({
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve(undefined)),
  send: vi.fn(),
  on: vi.fn((channel: string, listener: Listener) => {
    electron.listeners.set(channel, [...(electron.listeners.get(channel) ?? []), listener]);
  }),
  removeListener: vi.fn((channel: string, listener: Listener) => {
    electron.listeners.set(channel, (electron.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener));
  }),
}));

vi.mock('electron', () => ({
  ipcRenderer,
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => electron.exposed.push({ key, api }) },
}));

const { BRIEFWRIGHT_API_FUNCTIONS, IPC_CHANNELS } = await import('../shared/ipc-contract');

let api: Record<string, unknown>;
beforeAll(async () => {
  await import('./index');
  api = electron.exposed[0]!.api;
});

describe('the preload', () => {
  it('exposes one object, window.briefwright, whose keys are exactly the contract’s functions', () => {
    expect(electron.exposed.map(({ key }) => key)).toEqual(['briefwright']);
    expect(Object.keys(api).sort()).toEqual([...BRIEFWRIGHT_API_FUNCTIONS].sort());
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
      expect(value, name).not.toBe(ipcRenderer);
      expect(Object.values(ipcRenderer), name).not.toContain(value);
    }
  });

  it('reaches main only on the contract’s channels, never on one the page names', async () => {
    const channels = new Set<string>(Object.values(IPC_CHANNELS));
    for (const name of BRIEFWRIGHT_API_FUNCTIONS) {
      ipcRenderer.invoke.mockClear();
      ipcRenderer.on.mockClear();
      const result = (api[name] as (...args: unknown[]) => unknown)('note:export', () => undefined);
      if (typeof result === 'function') (result as () => void)();
      else await result;
      const used = [...ipcRenderer.invoke.mock.calls, ...ipcRenderer.on.mock.calls].map(([channel]) => channel as string);
      expect(used.length, name).toBe(1);
      expect(channels.has(used[0]!), `${name} used ${used[0]}`).toBe(true);
    }
    expect(ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('hands a menu listener only known commands, never the IPC event', () => {
    const heard: unknown[][] = [];
    const unsubscribe = (api['onMenuCommand'] as (listener: (...args: unknown[]) => void) => () => void)((...args) => heard.push(args));
    const forward = electron.listeners.get(IPC_CHANNELS.menuCommand)!.at(-1)!;
    forward({ sender: ipcRenderer, ports: [] }, 'save-draft');
    forward({ sender: ipcRenderer }, 'rm -rf');
    expect(heard).toEqual([['save-draft']]);
    unsubscribe();
    expect(electron.listeners.get(IPC_CHANNELS.menuCommand)).toEqual([]);
  });
});
