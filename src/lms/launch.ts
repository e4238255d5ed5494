/**
 * The app launched by an LMS: the launch page opens `index.html?lms=1.2#/play/<id>` (or
 * `lms=2004`). The play route calls `linkToLms` with the run it opened; without the flag, or
 * with no LMS API found, or one that refuses to start, the run goes on as it does anywhere.
 */
import type { RunMode } from '../domain/compile.ts';
import { findApi, type WindowLike } from './api.ts';
import type { ScormVersion } from './cmi.ts';
import { linkRun, replaySuspended, sameRun, startLms, type WatchedRun } from './run-link.ts';

/** The SCORM version the launch URL's query asks for, if any. */
export function lmsVersionIn(search: string): ScormVersion | undefined {
  const v = new URLSearchParams(search).get('lms');
  return v === '1.2' || v === '2004' ? v : undefined;
}

/** How a run is set up again from resume data, as `RunSessionOptions` take it. */
export interface RunSetup {
  seed: () => number;
  mode: RunMode;
  timeLimit: number;
}

type Session = WatchedRun & { stop(): void };

export interface LmsWindow extends WindowLike {
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

/**
 * Links `session` to the LMS. When the LMS holds resume data for another state of this run
 * (another machine, a cleared browser), the run is opened afresh with `reopen` and the
 * resume data replayed into it. Returns the run to show and a function that ends the link.
 */
export async function linkToLms<S extends Session>(
  win: LmsWindow,
  version: ScormVersion,
  session: S,
  reopen: (setup: RunSetup) => Promise<S>,
  now: () => number = Date.now,
): Promise<{ session: S; end: () => void }> {
  const launchedAt = now();
  const api = findApi(win, version);
  const start = api && startLms(api, session.module.contentHash);
  if (!start) return { session, end: () => {} };
  let run = session;
  const saved = start.suspended;
  if (saved && !start.review && !sameRun(run.module, run.actor.getSnapshot(), saved)) {
    run.stop();
    run = await reopen({ seed: () => saved.seed, mode: saved.mode, timeLimit: saved.timeLimit });
    replaySuspended(run, saved, now());
  }
  const stopLink = linkRun(start, run, { now, launchedAt });
  const end = () => {
    win.removeEventListener('pagehide', end);
    stopLink();
  };
  win.addEventListener('pagehide', end);
  return { session: run, end };
}
