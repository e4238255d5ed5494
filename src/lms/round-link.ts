/**
 * A calibration round reported to an LMS, as `run-link.ts` reports a run: it watches the
 * round session's actor from the outside. After each sample locked, its interaction; after
 * each step, the bookmark (the sample shown), the resume data and a commit; when the round
 * ends, status, score (exact agreement) and session time, a commit and the end of the LMS
 * session. In review mode nothing is written.
 */
import type { Actor } from 'xstate';
import type { CalibrationModule } from '../domain/catalog.ts';
import { own } from '../domain/own.ts';
import type { roundMachine, RoundSnapshot } from '../machines/calibration-round.ts';
import { progressValues, scoredFinishValues, type CmiValues } from './cmi.ts';
import { ratingInteractionValues, roundScore } from './round-cmi.ts';
import { decodeRoundSuspend, encodeRoundSuspend, type SuspendedRound } from './round-suspend.ts';
import { reportSteps, type LinkOptions, type LmsStart } from './start.ts';

/** What the link reads of a `RoundSession`. */
export interface WatchedRound {
  readonly actor: Pick<Actor<typeof roundMachine>, 'subscribe' | 'getSnapshot' | 'send'>;
  readonly module: CalibrationModule;
}

/** The samples locked so far, in the order shown, with the level given and the reference. */
function locked(module: CalibrationModule, snapshot: RoundSnapshot) {
  const { order, ratings } = snapshot.context;
  return order.flatMap((id) => {
    const rating = own(ratings, id);
    const sample = module.set.samples.find((s) => s.id === id);
    return rating && sample ? [{ sampleId: id, level: rating.level, reference: sample.level }] : [];
  });
}

/** The resume data for a round's ratings so far. */
export function roundSuspendOf(module: CalibrationModule, snapshot: RoundSnapshot): string {
  const ids = module.set.samples.map((s) => s.id);
  return encodeRoundSuspend({
    content: module.contentHash,
    order: snapshot.context.order.map((id) => Math.max(0, ids.indexOf(id))),
    levels: locked(module, snapshot).map((r) => r.level),
    revealed: snapshot.value === 'revealed',
  });
}

/** Round resume data that fits this set: every sample once, in some order. */
export function decodeRoundFor(module: CalibrationModule, text: string): SuspendedRound | undefined {
  const suspended = decodeRoundSuspend(text);
  const n = module.set.samples.length;
  return suspended && suspended.order.length === n && suspended.order.every((i) => i < n) ? suspended : undefined;
}

/** The sample ids in the order the resume data shows them. */
export const orderOf = (module: CalibrationModule, suspended: SuspendedRound) => suspended.order.map((i) => module.set.samples[i]!.id);

/** Whether a round saved in this browser is the state the LMS's resume data describes. */
export const sameRound = (module: CalibrationModule, snapshot: RoundSnapshot, suspended: SuspendedRound) =>
  roundSuspendOf(module, snapshot) === encodeRoundSuspend({ ...suspended, content: module.contentHash });

/** Rates the resume data's levels again in a round opened afresh in its order, and goes on as the learner had. */
export function replayRound(round: WatchedRound, suspended: SuspendedRound): void {
  suspended.levels.forEach((level, i) => {
    if (round.actor.getSnapshot().status !== 'active') return;
    round.actor.send({ type: 'RATE', level });
    round.actor.send({ type: 'LOCK' });
    if (i < suspended.levels.length - 1 || !suspended.revealed) round.actor.send({ type: 'NEXT' });
  });
}

/** Reports `round` to the LMS until it ends; returns a function that ends the LMS session early (the page is leaving). */
export function linkRound(start: LmsStart<SuspendedRound>, round: WatchedRound, opts: LinkOptions = {}): () => void {
  const now = opts.now ?? Date.now;
  const launchedAt = opts.launchedAt ?? now();
  const { api } = start;
  let recorded = locked(round.module, round.actor.getSnapshot()).length;
  let shownAt = now();
  let shownIndex = round.actor.getSnapshot().context.index;
  const progress = (snapshot: RoundSnapshot, t: number) =>
    progressValues(api.version, {
      location: snapshot.context.order[snapshot.context.index] ?? '',
      suspend: roundSuspendOf(round.module, snapshot),
      sessionMs: t - launchedAt,
      markIncomplete: !start.finishedBefore,
    });

  return reportSteps(start, round.actor, {
    progress,
    step: (snapshot, t) => {
      const rated = locked(round.module, snapshot);
      const out: CmiValues = [];
      for (let i = recorded; i < rated.length; i++) {
        out.push(...ratingInteractionValues(api.version, i, { ...rated[i]!, ...(i === rated.length - 1 ? { latencyMs: t - shownAt } : {}) }));
      }
      recorded = rated.length;
      if (snapshot.status === 'done') return [...out, ...scoredFinishValues(api.version, roundScore(rated), { sessionMs: t - launchedAt, threshold: start.threshold })];
      if (snapshot.context.index !== shownIndex) shownAt = t;
      shownIndex = snapshot.context.index;
      return [...out, ...progress(snapshot, t)];
    },
  }, now);
}
