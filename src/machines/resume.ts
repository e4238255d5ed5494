import type { Repository } from '../storage/repository.ts';

/** Saved unfinished work: a run, a calibration round or a workshop, as its session stored it. */
export interface SavedWork {
  contentHash: string;
}

/** A session built on a saved record or afresh, not yet started. */
export interface Resumable {
  /** Its actor: a saved snapshot that does not fit the machine restores with status 'error'. */
  readonly actor: { getSnapshot(): { status: string } };
  /** Lets go of the actor: unsubscribes from it and stops it. */
  stop(): void;
}

export interface ResumeOptions<S extends SavedWork, T extends Resumable> {
  repository: Pick<Repository, 'setAside'>;
  /** The stored key of the work, where a record that does not open is set aside from. */
  key: string;
  /** The scenario or set the work is on, named in the notice when its content changed. */
  contentId: string;
  contentHash: string;
  saved: S | undefined;
  /** Builds the session on the saved record, or afresh when given none. */
  create: (saved: S | undefined) => T;
  /** Whether the session built on a saved record can go on; beyond its snapshot's status, which is always checked. */
  fits?: (session: T) => boolean;
  /** What the work is, for the notice: "the saved step does not fit this <what>". */
  what: string;
}

/**
 * Opens saved work the one way runs, rounds and workshops share: a record saved on other
 * content is set aside (content-changed); one whose snapshot does not fit the machine
 * restores with status 'error' (XState does not throw) or fails `fits`, and is set aside
 * (corrupt-record), its session stopped so nothing listens to the discarded actor. Either
 * way the work starts afresh. The session returned is not started: check before start,
 * which would report the error as uncaught.
 */
export async function resume<S extends SavedWork, T extends Resumable>(o: ResumeOptions<S, T>): Promise<T> {
  let saved = o.saved;
  if (saved && saved.contentHash !== o.contentHash) {
    await o.repository.setAside(o.key, saved, { code: 'content-changed', contentId: o.contentId });
    saved = undefined;
  }
  const session = o.create(saved);
  if (!saved || opens(session, o.fits)) return session;
  session.stop();
  await o.repository.setAside(o.key, saved, { code: 'corrupt-record', key: o.key, detail: `the saved step does not fit this ${o.what}` });
  return o.create(undefined);
}

/**
 * Whether a session built on a saved record can go on: its snapshot restored without error
 * (XState restores one that does not fit the machine with status 'error') and `fits`, where
 * given, agrees. The one check, for opening saved work here and for an import deciding
 * whether an unfinished record may replace the stored one (resumable.ts).
 */
export function opens<T extends Resumable>(session: T, fits?: (session: T) => boolean): boolean {
  try {
    return session.actor.getSnapshot().status !== 'error' && (fits?.(session) ?? true);
  } catch {
    return false;
  }
}
