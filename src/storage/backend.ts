import { clear, createStore, del, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { DB_NAME, STORE_NAME } from './database.ts';

/** One write of a transaction: a record put under its key, or a key deleted. */
export type WriteOp = { set: string; value: unknown } | { del: string };

/** The few operations storage needs, so IndexedDB and the in-memory fallback are interchangeable. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every record, or only those whose key starts with `prefix` (read by key range, not the whole store). */
  entries(prefix?: string): Promise<[string, unknown][]>;
  /** The keys alone, sorted, under `prefix`: no value is read. */
  keys(prefix?: string): Promise<string[]>;
  /** The values of these keys, in their order (undefined where none is stored). */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  /** Every write in one transaction: all of them are stored, or (on any failure) none is. */
  apply(ops: readonly WriteOp[]): Promise<void>;
  clear(): Promise<void>;
}

export { DB_NAME, STORE_NAME } from './database.ts';

/**
 * How long (ms) one turn of an `apply` may spend putting records before the page gets a turn:
 * the transaction stays open while a request is pending, so the next puts are issued from the
 * last one's success event, a task of its own.
 */
const PUT_SLICE_MS = 25;

// Keys are plain ASCII paths (`result/…`), so everything under a prefix sorts before prefix + U+FFFF.
const rangeOf = (prefix: string) => (prefix ? IDBKeyRange.bound(prefix, prefix + '\uffff') : undefined);

export function idbBackend(store: UseStore = createStore(DB_NAME, STORE_NAME)): Backend {
  return {
    kind: 'indexeddb',
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: async (prefix = '') => {
      const range = rangeOf(prefix);
      const [keys, values] = await store('readonly', (s) => Promise.all([promisifyRequest(s.getAllKeys(range)), promisifyRequest(s.getAll(range))]));
      return keys.map((k, i) => [String(k), values[i]]);
    },
    keys: async (prefix = '') => (await store('readonly', (s) => promisifyRequest(s.getAllKeys(rangeOf(prefix))))).map(String),
    getMany: (keys) => getMany([...keys], store),
    apply: (ops) => (ops.length ? store('readwrite', (s) => applyInOne(s, ops)) : Promise.resolve()),
    clear: () => clear(store),
  };
}

/** Puts and deletes in the store's one transaction, a slice at a time; resolves when it commits, rejects (nothing written) when it aborts. */
function applyInOne(store: IDBObjectStore, ops: readonly WriteOp[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const tx = store.transaction;
    let failed: unknown;
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(failed ?? tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    let i = 0;
    const next = () => {
      try {
        const started = performance.now();
        let last: IDBRequest | undefined;
        while (i < ops.length && (last === undefined || performance.now() - started < PUT_SLICE_MS)) {
          const op = ops[i++]!;
          last = 'del' in op ? store.delete(op.del) : store.put(op.value, op.set);
        }
        if (i < ops.length) last!.onsuccess = next;
      } catch (error) {
        // A value that cannot be stored (DataCloneError): undo the slices already put.
        failed = error;
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
      }
    };
    next();
  });
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
    keys: async (prefix = '') => [...map.keys()].filter((k) => k.startsWith(prefix)).sort(),
    getMany: async (keys) => keys.map((k) => structuredClone(map.get(k))),
    apply: async (ops) => {
      // Cloned first: a value that cannot be cloned throws before anything changes.
      const cloned = ops.map((op) => ('del' in op ? op : { set: op.set, value: structuredClone(op.value) }));
      for (const op of cloned) {
        if ('del' in op) map.delete(op.del);
        else map.set(op.set, op.value);
      }
    },
    clear: async () => map.clear(),
  };
}
