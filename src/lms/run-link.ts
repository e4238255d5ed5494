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
import type { LmsApi } from './api.ts';
import { elementsOf, finishValues, interactionValues, isFinishedStatus, progressValues, type CmiValues } from './cmi.ts';
import { decodeSuspend, encodeSuspend, type Suspended } from './suspend.ts';

/** What the link reads of a `RunSession`. */
export interface WatchedRun {
  readonly actor: Pick<Actor<RunMachine>, 'subscribe' | 'getSnapshot' | 'send'>;
  readonly module: ScenarioModule;
}

/** What the LMS said at launch. */
export interface LmsStart {
  api: LmsApi;
  /** Review or browse mode: the learner looks, nothing is recorded. */
  review: boolean;
  /** The LMS holds a finished status from an earlier run. */
  finishedBefore: boolean;
  /** Resume data from the last session, when it is ours and for this content. */
  suspended?: Suspended;
  threshold: string;
}

/** Initializes the LMS session and reads what it holds; undefined when the LMS refuses to start. */
export function startLms(api: LmsApi, contentHash: string): LmsStart | undefined {
  if (!api.initialize()) return undefined;
  const e = elementsOf(api.version);
  const mode = api.get(e.mode);
  const suspended = decodeSuspend(api.get(e.suspend));
  return {
    api,
    review: mode === 'review' || mode === 'browse',
    finishedBefore: isFinishedStatus(api.get(e.status)),
    ...(suspended && contentHash.startsWith(suspended.content) ? { suspended } : {}),
    threshold: api.get(e.threshold),
  };
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

export interface LinkOptions {
  now?: () => number;
  /** When this launch began, for the session time. */
  launchedAt?: number;
}

/** Reports `run` to the LMS until it ends; returns a function that ends the LMS session early (the page is leaving). */
export function linkRun(start: LmsStart, run: WatchedRun, opts: LinkOptions = {}): () => void {
  const now = opts.now ?? Date.now;
  const launchedAt = opts.launchedAt ?? now();
  const { api } = start;
  let ended = false;
  let recorded = run.actor.getSnapshot().context.answers.length;
  let shownAt = now();
  let shownNode = currentNodeId(run.actor.getSnapshot());

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

  const subscription = run.actor.subscribe((snapshot) => {
    if (ended || start.review || snapshot.status === 'error') return;
    const t = now();
    const answers = snapshot.status === 'done' ? (snapshot.output?.answers ?? snapshot.context.answers) : snapshot.context.answers;
    if (answers.length > recorded) {
      for (let i = recorded; i < answers.length; i++) {
        write(interactionValues(api.version, i, { ...answers[i]!, ...(i === answers.length - 1 ? { latencyMs: t - shownAt } : {}) }));
      }
    }
    recorded = answers.length;
    if (snapshot.status === 'done') {
      const levels = Object.fromEntries(scoreOf(run.module, answers).map((c) => [c.competency, c.result?.level ?? null]));
      write(finishValues(api.version, { levels, sessionMs: t - launchedAt, threshold: start.threshold }));
      end();
      return;
    }
    const node = currentNodeId(snapshot);
    if (node !== shownNode || snapshot.context.reviewing) shownAt = t;
    shownNode = node;
    write(progressValues(api.version, { location: node, suspend: suspendOf(run.module, snapshot, answers), sessionMs: t - launchedAt, markIncomplete: !start.finishedBefore }));
    api.commit();
  });

  if (start.review) return end;
  // The launch itself: a first run is under way from now on.
  const first = run.actor.getSnapshot();
  if (first.status === 'active') {
    write(progressValues(api.version, { location: shownNode, suspend: suspendOf(run.module, first, first.context.answers), sessionMs: 0, markIncomplete: !start.finishedBefore }));
    api.commit();
  }
  return () => {
    if (ended) return;
    const snapshot = run.actor.getSnapshot();
    if (snapshot.status === 'active') {
      write(progressValues(api.version, { location: currentNodeId(snapshot), suspend: suspendOf(run.module, snapshot, snapshot.context.answers), sessionMs: now() - launchedAt, markIncomplete: !start.finishedBefore }));
    }
    end();
  };
}
