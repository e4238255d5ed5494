/**
 * A calibration round launched by an LMS: the launch page opens
 * `index.html?lms=<version>#/calibrate/<setId>`, and the round route calls `linkRoundToLms`
 * with the round it opened; without an LMS API the round goes on as it does anywhere.
 */
import type { ScormVersion } from './cmi.ts';
import { decodeRoundFor, linkRound, orderOf, replayRound, sameRound, type WatchedRound } from './round-link.ts';
import type { SuspendedRound } from './round-suspend.ts';
import { linkSession, type LmsWindow } from './start.ts';

export { lmsVersionIn } from './start.ts';

type Session = WatchedRound & { stop(): void };

/**
 * Links `session` to the LMS. When the LMS holds resume data for another state of this round,
 * a new round is opened with `reopen` in the order the learner saw and their levels rated
 * again. Returns the round to show and a function that ends the link.
 */
export function linkRoundToLms<S extends Session>(
  win: LmsWindow,
  version: ScormVersion,
  session: S,
  reopen: (order: string[]) => Promise<S>,
  now: () => number = Date.now,
): Promise<{ session: S; end: () => void }> {
  const { module } = session;
  return linkSession<S, SuspendedRound>(win, version, session, {
    contentHash: module.contentHash,
    decode: (text) => decodeRoundFor(module, text),
    same: (round, saved) => sameRound(module, round.actor.getSnapshot(), saved),
    rebuild: async (saved) => {
      const round = await reopen(orderOf(module, saved));
      replayRound(round, saved);
      return round;
    },
    link: linkRound,
  }, now);
}
