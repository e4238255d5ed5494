/**
 * A run in CMI terms, for SCORM 1.2 and SCORM 2004 (4th edition): which data model elements
 * to set, with which values, in which order. Plain data in, `[element, value]` pairs out;
 * nothing here talks to an LMS or reads a clock (the caller passes durations).
 *
 * Status: a run under way is incomplete. A finished run is completed; it is passed or failed
 * only when the LMS gives a threshold (1.2 `cmi.student_data.mastery_score`, compared with
 * the raw score 1–5; 2004 `cmi.scaled_passing_score`, compared with the scaled score), which
 * a package sets when the trainer chose "pass at level N". Without one, 2004's success stays
 * unknown and 1.2 says completed: a level is a profile, not a pass mark.
 *
 * Score: the lower median of the run's competency levels, raw 1–5 and scaled (raw − 1) / 4,
 * computed by `runScore`, the function the xAPI export uses.
 *
 * Interactions: one per decision, at the decision's place in the run: id the node id, type
 * choice, the response the option id, latency the time from the decision shown to chosen,
 * result from the decision's level (the lower median of what its response showed): 4 or 5
 * correct, 3 neutral, 1 or 2 wrong (1.2) / incorrect (2004); a decision that ran out of time
 * is level 1 and has no response.
 */
import { lowerMedian, type Answer } from '../domain/score.ts';
import type { Level } from '../domain/text.ts';
import { runScore } from '../domain/xapi.ts';

export type ScormVersion = '1.2' | '2004';
export type CmiValues = [element: string, value: string][];

/** The CMI element of each concept, per version. */
const ELEMENTS = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    suspend: 'cmi.suspend_data',
    raw: 'cmi.core.score.raw',
    min: 'cmi.core.score.min',
    max: 'cmi.core.score.max',
    response: 'student_response',
    mode: 'cmi.core.lesson_mode',
    threshold: 'cmi.student_data.mastery_score',
  },
  '2004': {
    status: 'cmi.completion_status',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    suspend: 'cmi.suspend_data',
    raw: 'cmi.score.raw',
    min: 'cmi.score.min',
    max: 'cmi.score.max',
    response: 'learner_response',
    mode: 'cmi.mode',
    threshold: 'cmi.scaled_passing_score',
  },
} as const;

export const elementsOf = (version: ScormVersion) => ELEMENTS[version];

/** What was chosen at a decision, as the run recorded it, and how long it took. */
export type LmsDecision = Pick<Answer, 'nodeId' | 'optionId' | 'evidence' | 'timedOut'> & { latencyMs?: number };

/** 1.2 CMITimespan `HHHH:MM:SS.SS`. */
export function timespan12(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${pad(Math.floor(s), 2)}.${pad(cs % 100, 2)}`;
}

/** 2004 timeinterval (ISO 8601 duration), to the hundredth of a second. */
export function timeinterval2004(ms: number): string {
  const cs = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s}S`;
}

export const sessionTime = (version: ScormVersion, ms: number) => (version === '1.2' ? timespan12(ms) : timeinterval2004(ms));

/** A decision's level: the lower median of the levels its response showed; a timeout is 1. */
export function decisionLevel(d: Pick<Answer, 'evidence' | 'timedOut'>): Level | undefined {
  if (d.timedOut) return 1;
  return d.evidence.length ? lowerMedian(d.evidence.map((e) => e.level)) : undefined;
}

export function decisionResult(version: ScormVersion, d: Pick<Answer, 'evidence' | 'timedOut'>): string {
  const level = decisionLevel(d);
  if (level === undefined || level === 3) return 'neutral';
  if (level >= 4) return 'correct';
  return version === '1.2' ? 'wrong' : 'incorrect';
}

/** The elements of the interaction at `index` (ids first: an LMS refuses an interaction's other fields before its id). */
export function interactionValues(version: ScormVersion, index: number, d: LmsDecision): CmiValues {
  const at = `cmi.interactions.${index}`;
  return [
    [`${at}.id`, d.nodeId],
    [`${at}.type`, 'choice'],
    ...(d.timedOut ? [] : ([[`${at}.${ELEMENTS[version].response}`, d.optionId]] as CmiValues)),
    [`${at}.result`, decisionResult(version, d)],
    ...(d.latencyMs === undefined ? [] : ([[`${at}.latency`, sessionTime(version, d.latencyMs)]] as CmiValues)),
  ];
}

export interface Progress {
  /** The node the run is at: the LMS's bookmark. */
  location: string;
  /** Resume data (suspend.ts). */
  suspend: string;
  /** Time since this launch. */
  sessionMs: number;
  /** False when the LMS already holds a finished status from an earlier run: it is not taken back to incomplete. */
  markIncomplete: boolean;
}

/** After each step of a run under way. */
export function progressValues(version: ScormVersion, p: Progress): CmiValues {
  const e = ELEMENTS[version];
  return [
    ...(p.markIncomplete ? ([[e.status, 'incomplete']] as CmiValues) : []),
    [e.location, p.location],
    [e.suspend, p.suspend],
    [e.exit, 'suspend'],
    [e.sessionTime, sessionTime(version, p.sessionMs)],
  ];
}

export interface Finish {
  levels: Readonly<Record<string, Level | null>>;
  sessionMs: number;
  /** The LMS's threshold as it returned it (1.2 mastery score on the raw 1–5 scale; 2004 scaled passing score); '' when none. */
  threshold: string;
}

/** A score as the CMI takes it: raw between min and max, scaled −1–1 (2004 only). */
export interface CmiScore {
  raw: number;
  min: number;
  max: number;
  scaled: number;
}

/** When the run ends: status, score, session time; the resume data is cleared and the learner exits normally. */
export function finishValues(version: ScormVersion, f: Finish): CmiValues {
  return scoredFinishValues(version, runScore(f.levels), f);
}

/**
 * When a run or a round ends: status, score (when there is one), session time. Passed or
 * failed only against the LMS's threshold: 1.2's mastery score compared with the raw score,
 * 2004's scaled passing score with the scaled score; without one, completed (2004: success unknown).
 */
export function scoredFinishValues(version: ScormVersion, score: CmiScore | undefined, f: Pick<Finish, 'sessionMs' | 'threshold'>): CmiValues {
  const e = ELEMENTS[version];
  const threshold = f.threshold.trim() === '' ? undefined : Number(f.threshold);
  const judged = score && threshold !== undefined && Number.isFinite(threshold) ? (version === '1.2' ? score.raw >= threshold : score.scaled >= threshold) : undefined;
  const out: CmiValues = [];
  if (score) {
    out.push([e.min, String(score.min)], [e.max, String(score.max)], [e.raw, String(score.raw)]);
    if (version === '2004') out.push(['cmi.score.scaled', String(score.scaled)]);
  }
  if (version === '1.2') out.push([e.status, judged === undefined ? 'completed' : judged ? 'passed' : 'failed']);
  else out.push([e.status, 'completed'], ['cmi.success_status', judged === undefined ? 'unknown' : judged ? 'passed' : 'failed']);
  // The bookmark stays (an LMS refuses an empty 2004 location); the resume data is cleared, so a new launch starts a new run.
  out.push([e.suspend, ''], [e.exit, version === '1.2' ? '' : 'normal'], [e.sessionTime, sessionTime(version, f.sessionMs)]);
  return out;
}

/** A status the LMS holds that says a run was already finished. */
export function isFinishedStatus(status: string): boolean {
  return ['completed', 'passed', 'failed'].includes(status);
}
