import * as v from 'valibot';
import { Id as IdBound, LIMITS, Timestamp } from '../domain/bounds.ts';
import type { Draft, DraftKind } from '../editor/document.ts';
import { SaveQueue } from '../machines/save-queue.ts';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { describeError, type StorageNotice } from './notices.ts';

/** Drafts live under their own prefix, beside (never among) the stored packs. */
export const DRAFT_PREFIX = 'draft/';
export const draftKey = (id: string) => `${DRAFT_PREFIX}${id}`;
export const DRAFT_VERSION = 1;

const Id = v.pipe(IdBound, v.minLength(1));
const Kind = v.picklist(['scenario', 'calibration', 'rubric'] satisfies DraftKind[]);

/**
 * A draft as stored: the draft itself plus the record's version and kind. The pack is kept
 * as the trainer left it, errors and all (the checker reports them when it is opened), so
 * only its being an object is checked here.
 */
export const DraftRecordSchema = v.object({
  v: v.literal(DRAFT_VERSION),
  kind: v.literal('draft'),
  id: Id,
  name: v.pipe(v.string(), v.maxLength(LIMITS.textChars)),
  startedAs: Kind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  copiedFrom: v.optional(v.object({ kind: Kind, id: Id, pack: v.optional(Id) })),
  pack: v.custom<Draft['pack']>((p) => typeof p === 'object' && p !== null && !Array.isArray(p), 'a draft holds a pack'),
});

export type DraftRecord = v.InferOutput<typeof DraftRecordSchema>;

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
 * The trainer's drafts. Every edit is saved (no debounce): saves go through a queue, one
 * after another, so an older version never overwrites a newer one. If a write fails the
 * store falls back to memory for the session and says so, as the repository does.
 */
export class DraftStore {
  #backend: Backend;
  #queue: SaveQueue;
  #notices: StorageNotice[] = [];

  constructor(backend: Backend, onSaveState: (allSaved: boolean) => void = () => {}) {
    this.#backend = backend;
    this.#queue = new SaveQueue(onSaveState);
  }

  get kind() {
    return this.#backend.kind;
  }

  get notices(): readonly StorageNotice[] {
    return this.#notices;
  }

  /** Queues the draft to be written; `settled()` resolves once it (and every save before it) is. */
  save(draft: Draft): void {
    const record = toRecord(draft);
    this.#queue.add(() => this.#guard(() => this.#backend.set(draftKey(draft.id), record)));
  }

  /** Every save queued so far is written. */
  settled(): Promise<void> {
    return this.#queue.settled();
  }

  async load(id: string): Promise<Draft | undefined> {
    await this.settled();
    return fromRecord(await this.#read(() => this.#backend.get(draftKey(id))));
  }

  /** Every draft readable, the last edited first; an unreadable record is skipped, not deleted. */
  async list(): Promise<DraftSummary[]> {
    await this.settled();
    const found: DraftSummary[] = [];
    for (const [key, raw] of await this.#read(() => this.#backend.entries(DRAFT_PREFIX))) {
      const draft = fromRecord(raw);
      if (!draft || draftKey(draft.id) !== key) continue;
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
    this.#queue.add(() => this.#guard(() => this.#backend.del(draftKey(id))));
    await this.settled();
  }

  async #read<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      await this.#fallBack(error);
      return op();
    }
  }

  async #guard(op: () => Promise<void>): Promise<void> {
    try {
      await op();
    } catch (error) {
      await this.#fallBack(error);
      await op();
    }
  }

  async #fallBack(error: unknown) {
    if (this.#backend.kind === 'memory') throw error;
    let copy: [string, unknown][] = [];
    try {
      copy = await this.#backend.entries(DRAFT_PREFIX);
    } catch {
      /* unreadable: start memory empty */
    }
    this.#backend = memoryBackend(copy);
    this.#notices = [...this.#notices, { code: 'storage-failed', detail: describeError(error) }];
  }
}

export function toRecord(draft: Draft): DraftRecord {
  return { v: DRAFT_VERSION, kind: 'draft', ...draft };
}

/** A stored record as a draft, or undefined when it is not one this version reads. */
export function fromRecord(raw: unknown): Draft | undefined {
  const parsed = v.safeParse(DraftRecordSchema, raw);
  if (!parsed.success) return undefined;
  const { v: _v, kind: _kind, ...draft } = parsed.output;
  return draft as Draft;
}

/** The drafts in this browser's IndexedDB (the app's one database), or in memory without it. */
export function openDraftStore(onSaveState?: (allSaved: boolean) => void): DraftStore {
  const backend = typeof indexedDB === 'undefined' ? memoryBackend() : idbBackend();
  return new DraftStore(backend, onSaveState);
}
