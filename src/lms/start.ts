/**
 * What a run and a calibration round share when an LMS launched them: finding the API and
 * starting its session, reading what it holds (review mode, an earlier finished status,
 * resume data for this content), rebuilding the work from that resume data when the browser's
 * saved work is another state of it, and watching the work's actor from the outside until it
 * ends or the page is left. `launch.ts` (a run) and `round-launch.ts` (a round) fill in the
 * kind's own parts.
 */
import { findApi, type LmsApi, type WindowLike } from './api.ts';
import { elementsOf, isFinishedStatus, type CmiValues, type ScormVersion } from './cmi.ts';

/** The SCORM version the launch URL's query asks for, if any. */
export function lmsVersionIn(search: string): ScormVersion | undefined {
  const v = new URLSearchParams(search).get('lms');
  return v === '1.2' || v === '2004' ? v : undefined;
}

/** What the LMS said at launch. */
export interface LmsStart<T = unknown> {
  api: LmsApi;
  /** Review or browse mode: the learner looks, nothing is recorded. */
  review: boolean;
  /** The LMS holds a finished status from an earlier run. */
  finishedBefore: boolean;
  /** Resume data from the last session, when it is ours and for this content. */
  suspended?: T;
  threshold: string;
}

/** Initializes the LMS session and reads what it holds; undefined when the LMS refuses to start. */
export function startLms<T extends { content: string }>(api: LmsApi, contentHash: string, decode: (text: string) => T | undefined): LmsStart<T> | undefined {
  if (!api.initialize()) return undefined;
  const e = elementsOf(api.version);
  const mode = api.get(e.mode);
  const suspended = decode(api.get(e.suspend));
  return {
    api,
    review: mode === 'review' || mode === 'browse',
    finishedBefore: isFinishedStatus(api.get(e.status)),
    ...(suspended && contentHash.startsWith(suspended.content) ? { suspended } : {}),
    threshold: api.get(e.threshold),
  };
}

export interface LinkOptions {
  now?: () => number;
  /** When this launch began, for the session time. */
  launchedAt?: number;
}

/** What a link watches: an actor whose snapshots it reads, never sends to. */
export interface Watched<Snap extends { status: string }> {
  subscribe(observer: (snapshot: Snap) => void): { unsubscribe(): void };
  getSnapshot(): Snap;
}

export interface Reporter<Snap> {
  /** What a step writes (with a finished work's status and score when it is done); `t` is now. */
  step(snapshot: Snap, t: number): CmiValues;
  /** Bookmark, resume data and time of work under way: at launch and when the page is left. */
  progress(snapshot: Snap, t: number): CmiValues;
}

/**
 * Reports an actor's steps to the LMS until it is done, then commits and ends the LMS session;
 * returns a function that ends it early (the page is leaving). Review mode writes nothing.
 */
export function reportSteps<Snap extends { status: string }>(start: LmsStart, actor: Watched<Snap>, reporter: Reporter<Snap>, now: () => number): () => void {
  const { api } = start;
  let ended = false;
  const write = (values: CmiValues) => {
    for (const [element, value] of values) api.set(element, value);
  };
  const end = () => {
    if (ended) return;
    ended = true;
    subscription.unsubscribe();
    api.commit();
    api.terminate();
  };
  const subscription = actor.subscribe((snapshot) => {
    if (ended || start.review || snapshot.status === 'error') return;
    write(reporter.step(snapshot, now()));
    if (snapshot.status === 'done') end();
    else api.commit();
  });
  if (start.review) return end;
  // The launch itself: the work is under way from now on.
  const first = actor.getSnapshot();
  if (first.status === 'active') {
    write(reporter.progress(first, now()));
    api.commit();
  }
  return () => {
    if (ended) return;
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'active') write(reporter.progress(snapshot, now()));
    end();
  };
}

export interface LmsWindow extends WindowLike {
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

/** A run or a round as the launch links it: a session that can be stopped. */
export interface Stoppable {
  stop(): void;
}

/** The kind's own parts of a launch. */
export interface LinkedKind<S extends Stoppable, T extends { content: string }> {
  contentHash: string;
  decode(text: string): T | undefined;
  /** Whether the session opened (from the browser's saved work) is the state the resume data describes. */
  same(session: S, saved: T): boolean;
  /** A session opened afresh from the resume data, its steps replayed; the next step's clock starts `at`. */
  rebuild(saved: T, at: number): Promise<S>;
  link(start: LmsStart<T>, session: S, opts: Required<LinkOptions>): () => void;
}

/**
 * Links `session` to the LMS: when the LMS holds resume data for another state of this work
 * (another machine, a cleared browser), it is rebuilt from that data. Without an API, or one
 * that refuses to start, the session goes on as it does anywhere. Returns the session to show
 * and a function that ends the link.
 */
export async function linkSession<S extends Stoppable, T extends { content: string }>(
  win: LmsWindow,
  version: ScormVersion,
  session: S,
  kind: LinkedKind<S, T>,
  now: () => number = Date.now,
): Promise<{ session: S; end: () => void }> {
  const launchedAt = now();
  const api = findApi(win, version);
  const start = api && startLms(api, kind.contentHash, kind.decode);
  if (!start) return { session, end: () => {} };
  let linked = session;
  const saved = start.suspended;
  if (saved && !start.review && !kind.same(linked, saved)) {
    linked.stop();
    linked = await kind.rebuild(saved, now());
  }
  const stopLink = kind.link(start, linked, { now, launchedAt });
  const end = () => {
    win.removeEventListener('pagehide', end);
    stopLink();
  };
  win.addEventListener('pagehide', end);
  return { session: linked, end };
}
