import * as v from 'valibot';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { migrate } from './migrations.ts';
import { describeError, type StorageNotice } from './notices.ts';
import { misfiled, practiceKey, PracticeRecordSchema, quarantineKey, type PracticeRecord } from './records.ts';

const PREFIX = 'practice/';

/** What the store needs of the app's repository: where it keeps records, and how to tell the person. */
export interface StorageHost {
  readonly kind: 'indexeddb' | 'memory';
  notify(notice: StorageNotice): void;
}

/**
 * Questions practised on one's own, under `practice/<id>` in the app's own store, so the
 * progress page's export, import and "delete everything" carry them with the rest
 * (records.ts knows the prefix). Kept apart from the repository, which others change:
 * the same rules hold here: checked on read, a bad record set aside, never dropped, and a
 * failed write falls back to memory for the session with a notice.
 */
export class PracticeStore {
  #backend: Backend;

  constructor(
    backend: Backend,
    private readonly notify: (notice: StorageNotice) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.#backend = backend;
  }

  async save(record: PracticeRecord): Promise<void> {
    const checked = v.parse(PracticeRecordSchema, record);
    await this.#guard(() => this.#backend.set(practiceKey(checked.id), checked));
  }

  /** Every practice kept, the newest first. */
  async list(): Promise<PracticeRecord[]> {
    const found: PracticeRecord[] = [];
    for (const [key, raw] of await this.#guardRead(() => this.#backend.entries(PREFIX))) {
      if (!key.startsWith(PREFIX)) continue;
      const record = await this.#validate(key, raw);
      if (record) found.push(record);
    }
    return found.sort((a, b) => b.finishedAt - a.finishedAt);
  }

  async remove(id: string): Promise<void> {
    await this.#guard(() => this.#backend.del(practiceKey(id)));
  }

  async #validate(key: string, raw: unknown): Promise<PracticeRecord | undefined> {
    const migrated = migrate(raw);
    const parsed = migrated.ok ? v.safeParse(PracticeRecordSchema, migrated.record) : undefined;
    const wrong = parsed?.success ? misfiled(key, parsed.output) : undefined;
    if (parsed?.success && !wrong) return parsed.output;
    const detail = !migrated.ok
      ? migrated.reason
      : (wrong ?? (parsed?.issues ?? []).slice(0, 3).map((i) => `${v.getDotPath(i) ?? 'record'}: ${i.message}`).join('; '));
    await this.#guard(async () => {
      await this.#backend.set(quarantineKey(key, this.now()), raw);
      await this.#backend.del(key);
    });
    this.notify({ code: 'corrupt-record', key, detail });
    return undefined;
  }

  async #guard(op: () => Promise<void>) {
    try {
      await op();
    } catch (error) {
      await this.#fallBack(error);
      await op();
    }
  }

  async #guardRead<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      await this.#fallBack(error);
      return op();
    }
  }

  async #fallBack(error: unknown) {
    if (this.#backend.kind === 'memory') throw error;
    let copy: [string, unknown][] = [];
    try {
      copy = await this.#backend.entries(PREFIX);
    } catch {
      /* unreadable: start memory empty */
    }
    this.#backend = memoryBackend(copy);
    this.notify({ code: 'storage-failed', detail: describeError(error) });
  }
}

/** The store beside the app's repository: the same IndexedDB store, or memory when the repository is in memory. */
export function openPracticeStore(host: StorageHost): PracticeStore {
  return new PracticeStore(host.kind === 'indexeddb' ? idbBackend() : sessionMemory(), (n) => host.notify(n));
}

// One memory store per page, so a practice saved without IndexedDB is still listed on the progress page.
let memory: Backend | undefined;
const sessionMemory = () => (memory ??= memoryBackend());
