/**
 * Recent files: the last few statements and drafts opened, kept with their content in IndexedDB, so
 * reopening one does not depend on a path the page may not read again (a sandboxed page never sees
 * paths). Both hosts use it. Failures only mean an empty list: it is a convenience, never in the way.
 */
import { runInStore } from '../host/indexeddb-autosave';

const STORE = 'recent';
const KEY = 'files';
const MAX_RECENT = 6;

export interface RecentFile {
  readonly name: string;
  readonly openedAt: string;
  readonly bytes: Uint8Array;
}

const transact = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => runInStore(STORE, mode, action);

export async function listRecentFiles(): Promise<RecentFile[]> {
  if (typeof indexedDB === 'undefined') return [];
  const value = await transact('readonly', (store) => store.get(KEY) as IDBRequest<unknown>).catch(() => undefined);
  return Array.isArray(value) ? (value as RecentFile[]) : [];
}

/** Puts the file first in the list (once), dropping the oldest beyond MAX_RECENT. */
export async function rememberRecentFile(name: string, bytes: Uint8Array): Promise<RecentFile[]> {
  if (typeof indexedDB === 'undefined') return [];
  const files = [{ name, openedAt: new Date().toISOString(), bytes }, ...(await listRecentFiles()).filter((file) => file.name !== name)].slice(0, MAX_RECENT);
  await transact('readwrite', (store) => store.put(files, KEY)).catch(() => undefined);
  return files;
}
