/**
 * The app launched by an LMS: the launch page opens `index.html?lms=1.2#/play/<id>` (or
 * `lms=2004`). The play route calls `linkToLms` with the run it opened; without the flag, or
 * with no LMS API found, or one that refuses to start, the run goes on as it does anywhere.
 */
import type { RunMode } from '../domain/compile.ts';
import type { ScormVersion } from './cmi.ts';
import { linkRun, replaySuspended, sameRun, type WatchedRun } from './run-link.ts';
import { linkSession, type LmsWindow } from './start.ts';
import { decodeSuspend, type Suspended } from './suspend.ts';

export { lmsVersionIn, type LmsWindow } from './start.ts';

/** How a run is set up again from resume data, as `RunSessionOptions` take it. */
export interface RunSetup {
  seed: () => number;
  mode: RunMode;
  timeLimit: number;
}

type Session = WatchedRun & { stop(): void };

/**
 * Links `session` to the LMS. When the LMS holds resume data for another state of this run
 * (another machine, a cleared browser), the run is opened afresh with `reopen` and the
 * resume data replayed into it. Returns the run to show and a function that ends the link.
 */
export function linkToLms<S extends Session>(
  win: LmsWindow,
  version: ScormVersion,
  session: S,
  reopen: (setup: RunSetup) => Promise<S>,
  now: () => number = Date.now,
): Promise<{ session: S; end: () => void }> {
  return linkSession<S, Suspended>(win, version, session, {
    contentHash: session.module.contentHash,
    decode: decodeSuspend,
    same: (run, saved) => sameRun(run.module, run.actor.getSnapshot(), saved),
    rebuild: async (saved, at) => {
      const run = await reopen({ seed: () => saved.seed, mode: saved.mode, timeLimit: saved.timeLimit });
      replaySuspended(run, saved, at);
      return run;
    },
    link: linkRun,
  }, now);
}
