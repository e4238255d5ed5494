import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/**
 * Spoken answers, kept as Blobs in a database of their own so the records store (and its
 * export, import and migrations) never carries audio. Keyed `<owner>#<id>`, where the owner
 * is what the recording belongs to: `run/<scenarioId>/<nodeId>` or `practice/<id>`.
 */
export const RECORDINGS_DB = 'interview-roleplay-recordings';
export const RECORDINGS_STORE = 'recordings';

export interface RecordingMeta {
  owner: string;
  id: string;
  /** Bytes of the audio. */
  size: number;
  mimeType: string;
  durationMs: number;
  createdAt: number;
}

export interface StoredRecording extends RecordingMeta {
  v: 1;
  blob: Blob;
}

export type SaveOutcome = { ok: true; meta: RecordingMeta } | { ok: false; reason: 'full' | 'unavailable' | 'failed' };

/** The few operations needed; IndexedDB in the app, a Map in tests. */
export interface RecordingBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  clear(): Promise<void>;
}

export function idbRecordingBackend(store: UseStore = createStore(RECORDINGS_DB, RECORDINGS_STORE)): RecordingBackend {
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries(store),
    clear: () => clear(store),
  };
}

export const recordingKey = (owner: string, id: string) => `${owner}#${id}`;

function isRecording(value: unknown): value is StoredRecording {
  const r = value as StoredRecording | null;
  return (
    typeof r === 'object' && r !== null && r.v === 1 && typeof r.owner === 'string' && typeof r.id === 'string' &&
    typeof r.size === 'number' && typeof r.mimeType === 'string' && typeof r.durationMs === 'number' &&
    typeof r.createdAt === 'number' && typeof r.blob === 'object' && r.blob !== null
  );
}

const meta = ({ owner, id, size, mimeType, durationMs, createdAt }: StoredRecording): RecordingMeta => ({ owner, id, size, mimeType, durationMs, createdAt });

/** A disk that is full says so (QuotaExceededError); other failures are reported as such. */
function reasonOf(error: unknown): 'full' | 'failed' {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? 'full' : 'failed';
}

export class Recordings {
  readonly #backend: RecordingBackend | null;
  readonly #listeners = new Set<() => void>();

  /** `null`: no IndexedDB here; saving says so and nothing else changes. */
  constructor(backend: RecordingBackend | null) {
    this.#backend = backend;
  }

  get available(): boolean {
    return this.#backend !== null;
  }

  /** Called after every change, so a list on screen can read again. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed() {
    for (const listener of this.#listeners) listener();
  }

  /** Keeps one recording; a failure leaves every stored recording as it was. */
  async save(owner: string, id: string, blob: Blob, durationMs: number, now: number): Promise<SaveOutcome> {
    if (!this.#backend) return { ok: false, reason: 'unavailable' };
    const record: StoredRecording = { v: 1, owner, id, size: blob.size, mimeType: blob.type, durationMs: Math.round(durationMs), createdAt: now, blob };
    try {
      await this.#backend.set(recordingKey(owner, id), record);
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
    this.#changed();
    return { ok: true, meta: meta(record) };
  }

  async get(owner: string, id: string): Promise<StoredRecording | undefined> {
    if (!this.#backend) return undefined;
    const value = await this.#backend.get(recordingKey(owner, id));
    return isRecording(value) ? value : undefined;
  }

  /** Every recording, newest first, or those of one owner; unreadable entries are left out. */
  async list(owner?: string): Promise<RecordingMeta[]> {
    if (!this.#backend) return [];
    const all = (await this.#backend.entries()).map(([, value]) => value).filter(isRecording);
    return all.filter((r) => owner === undefined || r.owner === owner).map(meta).sort((a, b) => b.createdAt - a.createdAt);
  }

  /** Bytes taken by all recordings. */
  async totalSize(): Promise<number> {
    return (await this.list()).reduce((sum, r) => sum + r.size, 0);
  }

  async delete(owner: string, id: string): Promise<void> {
    if (!this.#backend) return;
    await this.#backend.del(recordingKey(owner, id));
    this.#changed();
  }

  async deleteAll(): Promise<void> {
    if (!this.#backend) return;
    await this.#backend.clear();
    this.#changed();
  }
}

let shared: Recordings | undefined;

/** The app's recordings: IndexedDB when the browser has it. */
export function recordings(): Recordings {
  shared ??= new Recordings(typeof indexedDB === 'undefined' ? null : idbRecordingBackend());
  return shared;
}
