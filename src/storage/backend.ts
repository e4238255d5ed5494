import { clear, createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

/** The few operations storage needs, so IndexedDB and the in-memory fallback are interchangeable. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every record, or only those whose key starts with `prefix` (read by key range, not the whole store). */
  entries(prefix?: string): Promise<[string, unknown][]>;
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
    entries: async (prefix) => {
      if (prefix === undefined) return (await entries<IDBValidKey, unknown>(store)).map(([k, v]) => [String(k), v]);
      // Keys are plain ASCII paths (`result/…`), so everything under a prefix sorts before prefix + U+FFFF.
      const range = IDBKeyRange.bound(prefix, prefix + '\uffff');
      const [keys, values] = await store('readonly', (s) => Promise.all([promisifyRequest(s.getAllKeys(range)), promisifyRequest(s.getAll(range))]));
      return keys.map((k, i) => [String(k), values[i]]);
    },
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
    entries: async (prefix = '') => [...map].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k, structuredClone(v)]),
    clear: async () => map.clear(),
  };
}
