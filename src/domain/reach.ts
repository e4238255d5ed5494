import { applyRule, lowerMedian, type Answer, type Shown } from './score.ts';
import { findNode, nodeDifficulty, type Guard, type Scenario } from './scenario.ts';
import type { Level } from './text.ts';

/**
 * All that the scoring rule and the branch guards can see of a run so far, per
 * competency: how many times each level was shown, and the highest min(level,
 * difficulty) of any showing (the situation rule needs nothing more). Runs that
 * agree on this are interchangeable, so the number of states stays small where
 * the number of paths explodes.
 */
export interface Progress {
  /** counts[c][l - 1]: how often competency c showed level l. */
  counts: number[][];
  /** situation[c]: max over showings of min(level, difficulty); 0 before any. */
  situation: number[];
  /** redFlags[c]: red-flag showings of competency c, counted up to 2 (the rule tells no more apart). */
  redFlags: number[];
  decisions: number;
}

export function startProgress(scenario: Scenario): Progress {
  return { counts: scenario.competencies.map(() => [0, 0, 0, 0, 0]), situation: scenario.competencies.map(() => 0), redFlags: scenario.competencies.map(() => 0), decisions: 0 };
}

export function progressKey(p: Progress): string {
  return `${p.decisions}|${p.counts.map((c) => c.join('')).join(',')}|${p.situation.join('')}|${p.redFlags.join('')}`;
}

function levelsOf(p: Progress, ci: number): Level[] {
  return p.counts[ci]!.flatMap((n, i) => Array<Level>(n).fill((i + 1) as Level));
}

function guardHoldsOn(scenario: Scenario, p: Progress, guard: Guard): boolean {
  const levels = levelsOf(p, scenario.competencies.indexOf(guard.competency));
  if (!levels.length) return false;
  const level = lowerMedian(levels);
  return (guard.atLeast === undefined || level >= guard.atLeast) && (guard.atMost === undefined || level <= guard.atMost);
}

/** The level `score` gives this progress without hints, through the same `applyRule`. */
export function levelAt(p: Progress, ci: number): Level | null {
  const levels = levelsOf(p, ci);
  if (!levels.length) return null;
  // One showing carries the situation; the rest sit at difficulty 1, which cannot raise it.
  const carrier = levels.findIndex((l) => l >= p.situation[ci]!);
  // Only how many red flags were shown matters to the rule, not which showing carried them.
  const flagged = p.redFlags[ci]!;
  const shown: Shown[] = levels.map((level, i) => ({ level, difficulty: (i === carrier ? p.situation[ci]! : 1) as Level, redFlag: i < flagged }));
  return applyRule(shown, 0, p.decisions).level;
}

export interface Outcome {
  /** Level per competency (null: not shown), in the scenario's order. */
  levels: (Level | null)[];
  decisions: number;
}

export interface Reach {
  outcomes: Outcome[];
  /** The walk hit its step budget (a cycle or a very large graph): outcomes are partial. */
  truncated: boolean;
}

/**
 * Every distinct outcome a run can end with, choosing only (hints only lower a
 * level). Memoised on (node, progress), so it is exact and takes time in the
 * number of distinct states, not paths.
 */
export function reachableOutcomes(scenario: Scenario, { maxSteps = 50_000, maxDecisions = 40 } = {}): Reach {
  const memo = new Map<string, Map<string, Outcome>>();
  const inProgress = new Set<string>();
  let steps = 0;
  let truncated = false;

  const visit = (nodeId: string, p: Progress): Map<string, Outcome> => {
    const key = `${nodeId}@${progressKey(p)}`;
    const known = memo.get(key);
    if (known) return known;
    const found = new Map<string, Outcome>();
    // A loop through branch nodes alone, a cycle past maxDecisions, or the budget spent: stop here.
    if (inProgress.has(key) || p.decisions > maxDecisions || ++steps > maxSteps) {
      truncated = true;
      return found;
    }
    inProgress.add(key);
    const node = findNode(scenario, nodeId);
    if (node?.type === 'end') {
      const outcome = { levels: scenario.competencies.map((_, ci) => levelAt(p, ci)), decisions: p.decisions };
      found.set(`${outcome.levels.join(',')}|${outcome.decisions}`, outcome);
    } else if (node?.type === 'branch') {
      const taken = node.branches.find((b) => !b.if || guardHoldsOn(scenario, p, b.if));
      if (taken) visit(taken.next, p).forEach((o, k) => found.set(k, o));
    } else if (node?.type === 'choice') {
      const difficulty = nodeDifficulty(scenario, node);
      for (const option of node.options) {
        const next = advance(scenario, p, { nodeId: node.id, optionId: option.id, difficulty, evidence: option.evidence, hinted: false, redFlag: option.redFlag === true });
        visit(option.next, next).forEach((o, k) => found.set(k, o));
      }
    }
    inProgress.delete(key);
    memo.set(key, found);
    return found;
  };

  return { outcomes: [...visit(scenario.start, startProgress(scenario)).values()], truncated };
}

/** The progress after one more answer (a new object; `p` is left as it was). */
export function advance(scenario: Scenario, p: Progress, answer: Answer): Progress {
  const next: Progress = { counts: p.counts.map((c) => [...c]), situation: [...p.situation], redFlags: [...p.redFlags], decisions: p.decisions + 1 };
  for (const e of answer.evidence) {
    const ci = scenario.competencies.indexOf(e.competency);
    if (ci < 0) continue;
    next.counts[ci]![e.level - 1]!++;
    if (answer.redFlag) next.redFlags[ci] = Math.min(2, next.redFlags[ci]! + 1);
    next.situation[ci] = Math.max(next.situation[ci]!, Math.min(e.level, answer.difficulty));
  }
  return next;
}

/** The progress of a concrete run, to name its state in graph traversals. */
export function progressOf(scenario: Scenario, answers: readonly Answer[]): Progress {
  return answers.reduce((p, a) => advance(scenario, p, a), startProgress(scenario));
}
