/**
 * Resume data for an LMS (`cmi.suspend_data`): what a learner who leaves mid-scenario needs
 * to come back to the same decision on any machine. SCORM 1.2 allows 4,096 characters, so
 * the snapshot is not stored: only how the run was set up and, per decision, which of the
 * node's options was taken (its place among the options as authored, one character). The
 * run is then rebuilt by replaying those choices through the machine, as "try again from
 * this decision" does. Feedback, levels and evidence come back from the content itself.
 *
 * `r1.<a|p>.<seconds per decision>.<seed, base 36>.<content hash, first 8>.<decisions>`
 * A decision is `1`–`9` (option 1–9), `a`–`i` (the same after a hint), `t` (timed out),
 * `u` (timed out after a hint). What a candidate wrote in their own words is not kept.
 */
import type { RunMode } from '../domain/compile.ts';

export const SUSPEND_PREFIX = 'r1';
/** SCORM 1.2's `cmi.suspend_data` is a CMIString4096; 2004 allows 64,000. */
export const SUSPEND_LIMIT_12 = 4096;

export interface SuspendedDecision {
  /** The option's place among the node's options as authored, from 0; undefined when time ran out. */
  option?: number;
  hinted: boolean;
}

export interface Suspended {
  mode: RunMode;
  timeLimit: number;
  seed: number;
  /** The first 8 characters of the content hash: data from other content is not replayed. */
  content: string;
  decisions: SuspendedDecision[];
}

const PLAIN = '123456789';
const HINTED = 'abcdefghi';

function decisionChar(d: SuspendedDecision): string {
  if (d.option === undefined) return d.hinted ? 'u' : 't';
  const chars = d.hinted ? HINTED : PLAIN;
  const c = chars[d.option];
  if (c === undefined) throw new RangeError(`option ${d.option} has no code: a decision has at most ${chars.length} options`);
  return c;
}

export function encodeSuspend(s: Suspended): string {
  const head = [SUSPEND_PREFIX, s.mode === 'practice' ? 'p' : 'a', String(Math.max(0, Math.trunc(s.timeLimit))), (s.seed >>> 0).toString(36), s.content.slice(0, 8)];
  return `${head.join('.')}.${s.decisions.map(decisionChar).join('')}`;
}

/** Undefined for anything that is not resume data this version wrote (an empty string, another format, a damaged one). */
export function decodeSuspend(text: string): Suspended | undefined {
  const parts = text.split('.');
  if (parts.length !== 6 || parts[0] !== SUSPEND_PREFIX) return undefined;
  const [, mode, limit, seed, content, decisions] = parts as [string, string, string, string, string, string];
  if ((mode !== 'a' && mode !== 'p') || !/^\d{1,5}$/.test(limit) || !/^[0-9a-z]{1,7}$/.test(seed) || !/^[0-9a-z]{0,8}$/i.test(content)) return undefined;
  const out: SuspendedDecision[] = [];
  for (const c of decisions) {
    if (c === 't' || c === 'u') out.push({ hinted: c === 'u' });
    else if (PLAIN.includes(c)) out.push({ option: PLAIN.indexOf(c), hinted: false });
    else if (HINTED.includes(c)) out.push({ option: HINTED.indexOf(c), hinted: true });
    else return undefined;
  }
  return { mode: mode === 'p' ? 'practice' : 'assessment', timeLimit: Number(limit), seed: parseInt(seed, 36), content, decisions: out };
}
