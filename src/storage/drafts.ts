import type { Draft, DraftKind } from '../editor/document.ts';
import { SaveQueue } from '../machines/save-queue.ts';
import type { Backend } from './backend.ts';
import { draftKey, DRAFT_PREFIX, DraftRecordSchema, fromRecord, toRecord } from './draft-record.ts';
import type { StorageNotice } from './notices.ts';
import { RecordStore } from './store.ts';

export { DRAFT_PREFIX, DRAFT_VERSION, DraftRecordSchema, draftKey, fromRecord, toRecord, type DraftRecord } from './draft-record.ts';

/** What the drafts list shows of a draft, without its pack. */
export interface DraftSummary {
  id: string;
  name: string;
  startedAs: DraftKind;
  updatedAt: number;
  /** The pack's title as written so far. */
  title: { vi: string; en: string };
}

/**
 * The trainer's drafts, in the repository's record store (store.ts): they fall back to
 * memory with the rest when a write fails (and that is said once, in the app's notices),
 * and go with the export and "delete everything", in memory too. Every edit is saved (no
 * debounce): saves go through a queue, one after another, so an older version never
 * overwrites a newer one.
 */
export class DraftStore {
  readonly #store: RecordStore;
  readonly #queue: SaveQueue;

  /** The app's record store; or a backend of its own (tests), under a record store of its own. */
  constructor(store: RecordStore | Backend, onSaveState: (allSaved: boolean) => void = () => {}) {
    this.#store = store instanceof RecordStore ? store : new RecordStore(store, [], Date.now);
    this.#queue = new SaveQueue(onSaveState);
  }

  get kind() {
    return this.#store.kind;
  }

  get notices(): readonly StorageNotice[] {
    return this.#store.notices;
  }

  /** Queues the draft to be written; `settled()` resolves once it (and every save before it) is. */
  save(draft: Draft): void {
    const record = toRecord(draft);
    this.#queue.add(() => this.#store.apply([{ set: draftKey(draft.id), value: record }]));
  }

  /** Every save queued so far is written. */
  settled(): Promise<void> {
    return this.#queue.settled();
  }

  async load(id: string): Promise<Draft | undefined> {
    await this.settled();
    return fromRecord(await this.#store.get(draftKey(id)));
  }

  /**
   * Every draft readable, the last edited first. One that cannot be read is set aside under
   * `quarantine/…` with a notice that names it, as any stored record: kept, never deleted.
   */
  async list(): Promise<DraftSummary[]> {
    await this.settled();
    const found: DraftSummary[] = [];
    for (const draft of await this.#store.list(DRAFT_PREFIX, DraftRecordSchema)) {
      const title = (draft.pack as { title?: { vi?: unknown; en?: unknown } }).title;
      found.push({
        id: draft.id,
        name: draft.name,
        startedAs: draft.startedAs,
        updatedAt: draft.updatedAt,
        title: { vi: typeof title?.vi === 'string' ? title.vi : '', en: typeof title?.en === 'string' ? title.en : '' },
      });
    }
    return found.sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async rename(id: string, name: string, now: number): Promise<Draft | undefined> {
    const draft = await this.load(id);
    if (!draft) return undefined;
    const renamed = { ...draft, name, updatedAt: now };
    this.save(renamed);
    await this.settled();
    return renamed;
  }

  async remove(id: string): Promise<void> {
    this.#queue.add(() => this.#store.apply([{ del: draftKey(id) }]));
    await this.settled();
  }
}

/** The drafts beside the app's repository, in its record store (IndexedDB, or memory without it). */
export function openDraftStore(host: { readonly records: RecordStore }, onSaveState?: (allSaved: boolean) => void): DraftStore {
  return new DraftStore(host.records, onSaveState);
}
