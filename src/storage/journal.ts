import type { WriteOp } from './backend.ts';

/**
 * The last step of each open session, written synchronously to localStorage before its
 * IndexedDB transaction starts: a reload or tab close within milliseconds of a choice can
 * abort that transaction, but not a `setItem` that has returned. The entry is removed once
 * the transaction commits; one left behind is replayed on the next start when it is newer
 * than what IndexedDB holds (Repository.replayJournal). One slot per session (a run, a
 * round, a workshop), each step replacing the last: only the newest step matters, as each
 * save holds the whole state. Bounded: an entry past `JOURNAL_LIMITS.entryChars` is not
 * written (its save goes ahead unjournaled), and a full localStorage is treated the same way.
 */
export const JOURNAL_PREFIX = 'interview-roleplay/journal/';

export const JOURNAL_LIMITS = {
  /** Characters of one entry as JSON (localStorage holds about 5 M characters per origin). */
  entryChars: 512 * 1024,
} as const;

/** What a journal needs of `localStorage` (a fake in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface JournalEntry {
  /** The session's slot: the key of the work it saves (`run/<scenario>`, …). */
  slot: string;
  /** Which write this is, so a commit clears only its own entry, never a newer one. */
  token: string;
  /** When the step was taken (ms): a deletion is replayed only over records no newer. */
  at: number;
  ops: WriteOp[];
}

/** Read back from storage: the entries that parse, and what did not (kept as text, to be set aside). */
export interface JournalContents {
  entries: JournalEntry[];
  unreadable: { slot: string; text: string; reason: string }[];
}

const tab = Math.random().toString(36).slice(2, 10);
let count = 0;

export class Journal {
  constructor(private readonly storage: JournalStorage | undefined) {}

  /** Notes a step's writes; returns its token, or undefined when it could not be noted (too large, storage full or absent). */
  write(slot: string, ops: readonly WriteOp[], at: number): string | undefined {
    if (!this.storage) return undefined;
    const token = `${tab}-${++count}`;
    const entry: JournalEntry = { slot, token, at, ops: [...ops] };
    try {
      const text = JSON.stringify(entry);
      if (text.length > JOURNAL_LIMITS.entryChars) throw new RangeError('journal entry too large');
      this.storage.setItem(JOURNAL_PREFIX + slot, text);
      return token;
    } catch {
      // Not journaled: an older entry of this slot must not stand in for this step either.
      this.#remove(slot);
      return undefined;
    }
  }

  /** Removes a slot's entry once its write has committed, unless a newer step has replaced it. */
  committed(slot: string, token: string) {
    try {
      const text = this.storage?.getItem(JOURNAL_PREFIX + slot);
      if (text && (JSON.parse(text) as Partial<JournalEntry>).token === token) this.#remove(slot);
    } catch {
      this.#remove(slot);
    }
  }

  read(): JournalContents {
    const contents: JournalContents = { entries: [], unreadable: [] };
    if (!this.storage) return contents;
    for (const slot of this.#slots()) {
      const text = this.storage.getItem(JOURNAL_PREFIX + slot) ?? '';
      const reason = problemOf(text, slot);
      if (reason) contents.unreadable.push({ slot, text, reason });
      else contents.entries.push(JSON.parse(text) as JournalEntry);
    }
    return contents;
  }

  remove(slot: string) {
    this.#remove(slot);
  }

  /** Forgets every entry (everything stored is being deleted). */
  removeAll() {
    for (const slot of this.#slots()) this.#remove(slot);
  }

  #slots(): string[] {
    const slots: string[] = [];
    try {
      for (let i = 0; i < this.storage!.length; i++) {
        const key = this.storage!.key(i);
        if (key?.startsWith(JOURNAL_PREFIX)) slots.push(key.slice(JOURNAL_PREFIX.length));
      }
    } catch {
      /* storage unreadable: nothing to replay */
    }
    return slots;
  }

  #remove(slot: string) {
    try {
      this.storage?.removeItem(JOURNAL_PREFIX + slot);
    } catch {
      /* nothing more can be done */
    }
  }
}

/** Why a journal entry's text is not an entry of this shape, or undefined when it is (its records are checked by the repository). */
function problemOf(text: string, slot: string): string | undefined {
  if (text.length > JOURNAL_LIMITS.entryChars) return 'too large';
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const e = entry as Partial<JournalEntry> | null;
  if (!e || typeof e !== 'object' || e.slot !== slot || typeof e.token !== 'string') return 'not a journal entry';
  if (typeof e.at !== 'number' || !Number.isFinite(e.at)) return 'no time';
  if (!Array.isArray(e.ops) || !e.ops.length || e.ops.length > 4) return 'no writes';
  const fine = e.ops.every((op: unknown) => {
    const o = op as Record<string, unknown> | null;
    return !!o && (typeof o.del === 'string' || (typeof o.set === 'string' && 'value' in o));
  });
  return fine ? undefined : 'a write of no known shape';
}

/** The page's localStorage, when it has one that can be used (not in private modes that throw, nor outside a browser). */
export function pageStorage(): JournalStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
