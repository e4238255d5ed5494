/**
 * A run reported to an LMS. It watches the run session's actor from the outside (the session
 * neither knows nor changes for it): after each decision, the decision's interaction, the
 * bookmark, the resume data and a commit; when the run ends, status, score and session time,
 * a commit, and the end of the LMS session. In review mode nothing is written.
 */
import { currentNodeId, type RunMachine, type RunSnapshot } from '../domain/compile.ts';
import { scoreOf } from '../domain/report.ts';
import type { Answer } from '../domain/score.ts';
import { findNode } from '../domain/scenario.ts';
import type { ScenarioModule } from '../domain/catalog.ts';
import type { Actor } from 'xstate';
import { finishValues, interactionValues, progressValues, type CmiValues } from './cmi.ts';
import { reportSteps, type LinkOptions, type LmsStart } from './start.ts';
import { encodeSuspend, type Suspended } from './suspend.ts';

/** What the link reads of a `RunSession`. */
export interface WatchedRun {
  readonly actor: Pick<Actor<RunMachine>, 'subscribe' | 'getSnapshot' | 'send'>;
  readonly module: ScenarioModule;
}

/** The resume data for a run's answers so far. */
export function suspendOf(module: ScenarioModule, snapshot: RunSnapshot, answers: readonly Answer[]): string {
  const { mode, timeLimit, seed } = snapshot.context;
  return encodeSuspend({
    mode,
    timeLimit,
    seed,
    content: module.contentHash,
    decisions: answers.map((a) => {
      if (a.timedOut) return { hinted: a.hinted };
      const node = findNode(module.scenario, a.nodeId);
      const option = node?.type === 'choice' ? node.options.findIndex((o) => o.id === a.optionId) : -1;
      return { option: Math.max(0, option), hinted: a.hinted };
    }),
  });
}

/** The run's answers in the same order as the resume data's, to tell whether a locally saved run is the one the LMS holds. */
export const sameRun = (module: ScenarioModule, snapshot: RunSnapshot, suspended: Suspended) =>
  suspendOf(module, snapshot, snapshot.context.answers) === encodeSuspend({ ...suspended, content: module.contentHash });

/**
 * Plays the resume data's decisions into a fresh run (one opened with its seed, mode and
 * time limit), as "try again from this decision" replays a finished run; the next
 * decision's clock starts `at`. Stops early at a decision the content no longer has.
 */
export function replaySuspended(run: WatchedRun, suspended: Suspended, at: number): void {
  for (const d of suspended.decisions) {
    const snapshot = run.actor.getSnapshot();
    if (snapshot.status !== 'active') return;
    const node = findNode(run.module.scenario, currentNodeId(snapshot));
    if (node?.type !== 'choice') return;
    if (d.hinted) run.actor.send({ type: 'HINT' });
    if (d.option === undefined) run.actor.send({ type: 'TIMEOUT', at });
    else {
      const option = node.options[d.option];
      if (!option) return;
      run.actor.send({ type: 'CHOOSE', optionId: option.id, at });
    }
    run.actor.send({ type: 'CONTINUE', at });
  }
}

/** Reports `run` to the LMS until it ends; returns a function that ends the LMS session early (the page is leaving). */
export function linkRun(start: LmsStart<Suspended>, run: WatchedRun, opts: LinkOptions = {}): () => void {
  const now = opts.now ?? Date.now;
  const launchedAt = opts.launchedAt ?? now();
  const { api } = start;
  let recorded = run.actor.getSnapshot().context.answers.length;
  let shownAt = now();
  let shownNode = currentNodeId(run.actor.getSnapshot());
  const progress = (snapshot: RunSnapshot, t: number, answers = snapshot.context.answers) =>
    progressValues(api.version, { location: currentNodeId(snapshot), suspend: suspendOf(run.module, snapshot, answers), sessionMs: t - launchedAt, markIncomplete: !start.finishedBefore });

  return reportSteps(start, run.actor, {
    progress: (snapshot, t) => progress(snapshot, t),
    step: (snapshot, t) => {
      const answers = snapshot.status === 'done' ? (snapshot.output?.answers ?? snapshot.context.answers) : snapshot.context.answers;
      const out: CmiValues = [];
      for (let i = recorded; i < answers.length; i++) {
        out.push(...interactionValues(api.version, i, { ...answers[i]!, ...(i === answers.length - 1 ? { latencyMs: t - shownAt } : {}) }));
      }
      recorded = answers.length;
      if (snapshot.status === 'done') {
        const levels = Object.fromEntries(scoreOf(run.module, answers).map((c) => [c.competency, c.result?.level ?? null]));
        return [...out, ...finishValues(api.version, { levels, sessionMs: t - launchedAt, threshold: start.threshold })];
      }
      const node = currentNodeId(snapshot);
      if (node !== shownNode || snapshot.context.reviewing) shownAt = t;
      shownNode = node;
      return [...out, ...progress(snapshot, t, answers)];
    },
  }, now);
}
