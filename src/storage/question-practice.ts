import * as v from 'valibot';
import { practiceKey, PracticeRecordSchema, type PracticeRecord } from './records.ts';
import type { RecordStore } from './store.ts';

const PREFIX = 'practice/';

/** What the store needs of the app's repository: its record store. */
export interface StorageHost {
  readonly records: RecordStore;
}

/**
 * Questions practised on one's own, under `practice/<id>` in the repository's own record
 * store (store.ts), so they are checked on read (a bad record set aside under
 * `quarantine/…`, never dropped), fall back to memory with the rest when a write fails,
 * and go with the export, the import and "delete everything", in memory too.
 */
export class PracticeStore {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  async save(record: PracticeRecord): Promise<void> {
    const checked = v.parse(PracticeRecordSchema, record);
    await this.#store.apply([{ set: practiceKey(checked.id), value: checked }]);
  }

  /** Every practice kept, the newest first. */
  async list(): Promise<PracticeRecord[]> {
    return (await this.#store.list(PREFIX, PracticeRecordSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  async remove(id: string): Promise<void> {
    await this.#store.apply([{ del: practiceKey(id) }]);
  }
}

/** The practices beside the app's repository, in its record store. */
export function openPracticeStore(host: StorageHost): PracticeStore {
  return new PracticeStore(host.records);
}
