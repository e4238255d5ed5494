import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/** The few operations storage needs, so IndexedDB and the in-memory fallback are interchangeable. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[string, unknown][]>;
  clear(): Promise<void>;
}

export const DB_NAME = 'interview-roleplay';
export const STORE_NAME = 'records';

export function idbBackend(store: UseStore = createStore(DB_NAME, STORE_NAME)): Backend {
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async () => (await entries<IDBValidKey, unknown>(store)).map(([k, v]) => [String(k), v]),
    clear: () => clear(store),
  };
}

export function memoryBackend(initial: Iterable<[string, unknown]> = []): Backend {
  const map = new Map(initial);
  // Values are cloned as IndexedDB would, so callers cannot mutate what is "stored".
  return {
    kind: 'memory',
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    entries: async () => [...map].map(([k, v]) => [k, structuredClone(v)]),
    clear: async () => map.clear(),
  };
}
