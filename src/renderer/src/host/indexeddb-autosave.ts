/**
 * The browser host's autosave: one record in IndexedDB, so an unsaved draft survives a closed tab or
 * a crash. Every failure (private mode, quota) is reported as "no autosave" rather than thrown: losing
 * the safety net must never stop the officer working.
 */
import type { AutosaveStore } from './host';

const DATABASE = 'briefwright';
const STORE = 'autosave';
const KEY = 'current-draft';
/**
 * Version 2 added the recent files (recent-files.ts), version 3 the templates (indexeddb-templates.ts),
 * version 4 the Word templates and their documents (indexeddb-word-templates.ts).
 */
const STORES = [STORE, 'recent', 'templates', 'word-templates', 'word-template-files'];

export function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 4);
    request.onupgradeneeded = () => {
      for (const name of STORES) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** One request in one object store of the app's database (autosave, recent files, templates). */
export async function runInStore<T>(storeName: string, mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(database.transaction(storeName, mode).objectStore(storeName));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

/** One transaction over several object stores: every write in `action` lands, or none does. */
export async function runTransaction(storeNames: readonly string[], mode: IDBTransactionMode, action: (stores: IDBObjectStore[]) => void): Promise<void> {
  const database = await openDatabase();
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction([...storeNames], mode);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser cancelled the write'));
      action(storeNames.map((name) => transaction.objectStore(name)));
    });
  } finally {
    database.close();
  }
}

const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => runInStore(STORE, mode, action);

export function createIndexedDbAutosave(): AutosaveStore {
  const available = typeof indexedDB !== 'undefined';
  return {
    async write(content) {
      if (available) await run('readwrite', (store) => store.put(content, KEY)).catch(() => undefined);
    },
    async read() {
      if (!available) return null;
      const value = await run('readonly', (store) => store.get(KEY) as IDBRequest<unknown>).catch(() => null);
      return typeof value === 'string' ? value : null;
    },
    async clear() {
      if (available) await run('readwrite', (store) => store.delete(KEY)).catch(() => undefined);
    },
  };
}
