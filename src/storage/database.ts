import { createStore, get, type UseStore } from 'idb-keyval';

export const DB_NAME = 'interview-roleplay';
export const STORE_NAME = 'records';

/** The app's database being opened: its store, and a first read that says whether it opens at all. */
export interface OpeningDatabase {
  readonly store: UseStore;
  readonly probe: Promise<unknown>;
}

/**
 * Starts opening the app's database, or undefined without IndexedDB. The entry calls it first
 * thing: the first open in a page takes the browser tens of milliseconds, which then pass while
 * storage's own chunk is fetched (src/ui/stores.ts) instead of after it. The rest of storage
 * stays out of the first load; idb-keyval, a few hundred bytes, comes in.
 */
export function startOpening(): OpeningDatabase | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  const store = createStore(DB_NAME, STORE_NAME);
  let probe: Promise<unknown>;
  try {
    probe = get('meta/probe', store);
  } catch (error) {
    // A blocked or disabled IndexedDB throws as it opens.
    probe = Promise.reject(error);
  }
  // Awaited by openRepository; not an unhandled rejection should storage's chunk never load.
  probe.catch(() => {});
  return { store, probe };
}
