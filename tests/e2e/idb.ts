import type { Page } from '@playwright/test';

// The app's database and store (src/storage/backend.ts). These helpers talk to IndexedDB
// directly, beside the app, as an old build, a bad write or a full disk would leave things.
const DB = 'interview-roleplay';
const STORE = 'records';

/** Writes records as they are, unchecked, under their keys. */
export async function putRaw(page: Page, records: Record<string, unknown>) {
  await page.evaluate(
    ({ DB, STORE, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(DB);
        open.onupgradeneeded = () => open.result.createObjectStore(STORE);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(STORE, 'readwrite');
          for (const [key, value] of Object.entries(records)) tx.objectStore(STORE).put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { DB, STORE, records },
  );
}

/** Everything stored, as key → value. */
export async function readAll(page: Page): Promise<Map<string, unknown>> {
  const entries = await page.evaluate(
    ({ DB, STORE }) =>
      new Promise<[string, unknown][]>((resolve, reject) => {
        const open = indexedDB.open(DB);
        open.onupgradeneeded = () => open.result.createObjectStore(STORE);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(STORE).objectStore(STORE);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => (open.result.close(), resolve(keys.result.map((k, i) => [String(k), values.result[i]])));
          values.onerror = () => reject(values.error);
        };
      }),
    { DB, STORE },
  );
  return new Map(entries);
}

/**
 * From now on every IndexedDB write in the page fails as it does on a full disk: the
 * transaction aborts and its error is a QuotaExceededError. Nothing is written. A reload
 * removes the patch.
 */
export async function failWritesAsFullDisk(page: Page) {
  await page.evaluate(() => {
    type Method = (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
    const proto = IDBObjectStore.prototype as unknown as Record<string, Method>;
    for (const name of ['put', 'add', 'delete', 'clear']) {
      const original = proto[name]!;
      proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
        const request = original.apply(this, args);
        const tx = this.transaction;
        Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        tx.abort();
        return request;
      };
    }
  });
}
