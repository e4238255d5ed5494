import * as v from 'valibot';
import { memoryBackend, type Backend, type WriteOp } from './backend.ts';
import { migrate } from './migrations.ts';
import { describeError, type StorageNotice } from './notices.ts';
import { misfiled, quarantineKey, type StoredRecord } from './records.ts';

/** The longest stretch of checking or writing before the page gets a turn (ms): well under the 200 ms of a long task. */
export const SLICE_MS = 40;

/** Records read in one IndexedDB request batch: each batch is deserialised in tasks of its own, never one long one. */
export const READ_BATCH = 200;

/** Lets the page paint and answer input before going on. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls `yieldToPage` once `SLICE_MS` have passed since the last turn. */
export function slicer(): () => Promise<void> {
  let slice = performance.now();
  return async () => {
    if (performance.now() - slice <= SLICE_MS) return;
    await yieldToPage();
    slice = performance.now();
  };
}

/**
 * The layer under the repository: reads that validate and migrate (a record that fails is
 * moved aside under `quarantine/…`, kept, never dropped, and reported), writes in one
 * transaction each, and the fallback: if a write throws (quota, private mode) the store
 * switches to memory for the rest of the session and says so; what was already stored
 * stays untouched. Notices live here, so every layer above reports through one list.
 */
export class RecordStore {
  #backend: Backend;
  #notices: StorageNotice[];
  #listeners = new Set<() => void>();

  constructor(
    backend: Backend,
    notices: StorageNotice[],
    readonly now: () => number,
  ) {
    this.#backend = backend;
    this.#notices = notices;
  }

  get kind() {
    return this.#backend.kind;
  }

  get notices(): readonly StorageNotice[] {
    return this.#notices;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dismiss(notice: StorageNotice) {
    this.#notices = this.#notices.filter((n) => n !== notice);
    this.emit();
  }

  notify(notice: StorageNotice) {
    this.#notices = [...this.#notices, notice];
    this.emit();
  }

  emit() {
    for (const l of this.#listeners) l();
  }

  async read<S extends v.GenericSchema>(key: string, schema: S): Promise<v.InferOutput<S> | undefined> {
    const raw = await this.guardRead(() => this.#backend.get(key));
    if (raw === undefined) return undefined;
    return this.validate(key, raw, schema);
  }

  /** Every valid record under a key prefix, read in batches; corrupt ones are set aside as they are met. */
  async list<S extends v.GenericSchema>(prefix: string, schema: S): Promise<v.InferOutput<S>[]> {
    const found: v.InferOutput<S>[] = [];
    for await (const [key, raw] of this.scan(await this.keys(prefix))) {
      const record = await this.validate(key, raw, schema);
      if (record) found.push(record);
    }
    return found;
  }

  /** A stored value as it is, unchecked. */
  get(key: string): Promise<unknown> {
    return this.guardRead(() => this.#backend.get(key));
  }

  keys(prefix = ''): Promise<string[]> {
    return this.guardRead(() => this.#backend.keys(prefix));
  }

  /**
   * The stored values of `keys`, a batch at a time with the page given a turn between
   * batches and between slices of the caller's work: many records never make one long task.
   */
  async *scan(keys: readonly string[]): AsyncGenerator<[string, unknown]> {
    const turn = slicer();
    for (let i = 0; i < keys.length; i += READ_BATCH) {
      const batch = keys.slice(i, i + READ_BATCH);
      const values = await this.guardRead(() => this.#backend.getMany(batch));
      for (const [j, key] of batch.entries()) {
        if (values[j] !== undefined) yield [key, values[j]];
        await turn();
      }
      await turn();
    }
  }

  /** Everything stored, raw. */
  entries(prefix?: string): Promise<[string, unknown][]> {
    return this.guardRead(() => this.#backend.entries(prefix));
  }

  async validate<S extends v.GenericSchema>(key: string, raw: unknown, schema: S): Promise<v.InferOutput<S> | undefined> {
    const migrated = migrate(raw);
    const parsed = migrated.ok ? v.safeParse(schema, migrated.record) : undefined;
    // Valid, and under its own key: one record under two keys would be listed twice.
    const wrong = parsed?.success ? misfiled(key, parsed.output as StoredRecord) : undefined;
    if (parsed?.success && !wrong) return parsed.output;
    const detail = !migrated.ok
      ? migrated.reason
      : (wrong ?? (parsed?.issues ?? []).slice(0, 3).map((i) => `${v.getDotPath(i) ?? 'record'}: ${i.message}`).join('; '));
    await this.setAside(key, raw, { code: 'corrupt-record', key, detail });
    return undefined;
  }

  /** Moves a record out of the way under `quarantine/…` (in one transaction: never lost between the two writes) and says why. */
  async setAside(key: string, record: unknown, notice: StorageNotice): Promise<void> {
    await this.apply([{ set: quarantineKey(key, this.now()), value: record }, { del: key }]);
    this.notify(notice);
  }

  /** Writes in one transaction: all or none; on failure, falls back to memory and writes there. */
  apply(ops: readonly WriteOp[]): Promise<void> {
    return this.guard(() => this.#backend.apply(ops));
  }

  clear(): Promise<void> {
    return this.guard(() => this.#backend.clear());
  }

  /** Runs a write; if it throws, falls back to memory and runs it there, so the session goes on. */
  async guard(op: () => Promise<void>) {
    try {
      await op();
    } catch (error) {
      await this.#fallBack(error);
      await op();
    }
  }

  /** Runs a read; if it throws, falls back to memory (holding what could be copied) and reads there. */
  async guardRead<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      await this.#fallBack(error);
      return op();
    }
  }

  async #fallBack(error: unknown) {
    if (this.#backend.kind === 'memory') throw error;
    // Keep what this tab can still read, so nothing visible disappears.
    let copy: [string, unknown][] = [];
    try {
      copy = await this.#backend.entries();
    } catch {
      /* unreadable: start memory empty */
    }
    this.#backend = memoryBackend(copy);
    this.notify({ code: 'storage-failed', detail: describeError(error) });
  }
}
