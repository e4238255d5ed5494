import { MAX_PATH_DECISIONS } from './lint-codes.ts';
import { applyRule, lowerMedian, type Answer, type Shown } from './score.ts';
import { nodeDifficulty, type Guard, type Scenario, type ScenarioNode } from './scenario.ts';
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

/**
 * A name for the progress, one character per number (so counts of 10 or more never run
 * into their neighbours) and seven per competency: equal exactly when the progress is.
 */
export function progressKey(p: Progress): string {
  let key = String.fromCharCode(p.decisions);
  p.counts.forEach((c, ci) => (key += String.fromCharCode(c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, p.situation[ci]!, p.redFlags[ci]!)));
  return key;
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

/** States one scenario's walk may visit: the shipped scenarios need up to about 20,000. */
export const SCENARIO_STEPS = 50_000;
/** States the walks over all of a pack's scenarios may visit together. */
export const PACK_STEPS = 200_000;

/**
 * The states a walk may still visit. One budget can be shared by several walks (every
 * scenario of a pack), so that together they stop at a bound instead of each taking its own.
 */
export interface StepBudget {
  left: number;
}

export function stepBudget(steps = SCENARIO_STEPS): StepBudget {
  return { left: steps };
}

/**
 * Every distinct outcome a run can end with, choosing only (hints only lower a
 * level). A walk over (node, progress) states, each visited once, so it is exact and
 * takes time in the number of distinct states, not paths. Iterative (an explicit
 * stack, so no graph overflows the call stack); every state visited takes one step of
 * `budget`, and once it is spent the walk stops with `truncated`.
 */
export function reachableOutcomes(scenario: Scenario, { budget = stepBudget(), maxDecisions = MAX_PATH_DECISIONS }: { budget?: StepBudget; maxDecisions?: number } = {}): Reach {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const outcomes = new Map<string, Outcome>();
  const visited = new Set<string>();
  const onPath = new Set<string>();
  let truncated = false;
  interface Frame {
    key: string;
    node: ScenarioNode;
    p: Progress;
    /** The next option (choice) or whether the branch was followed (0 or 1). */
    next: number;
  }
  const stack: Frame[] = [];

  const enter = (nodeId: string, p: Progress) => {
    const key = `${nodeId}@${progressKey(p)}`;
    if (visited.has(key) && !onPath.has(key)) return;
    // A loop through branch nodes alone, a cycle past maxDecisions, or the budget spent: stop here.
    if (onPath.has(key) || p.decisions > maxDecisions || budget.left <= 0) {
      truncated = true;
      return;
    }
    budget.left--;
    visited.add(key);
    const node = nodes.get(nodeId);
    if (node?.type === 'end') {
      const outcome = { levels: scenario.competencies.map((_, ci) => levelAt(p, ci)), decisions: p.decisions };
      outcomes.set(`${outcome.levels.join(',')}|${outcome.decisions}`, outcome);
    } else if (node) {
      onPath.add(key);
      stack.push({ key, node, p, next: 0 });
    }
  };

  enter(scenario.start, startProgress(scenario));
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const { node, p } = frame;
    if (node.type === 'choice' && frame.next < node.options.length) {
      const option = node.options[frame.next++]!;
      enter(option.next, advance(scenario, p, { nodeId: node.id, optionId: option.id, difficulty: nodeDifficulty(scenario, node), evidence: option.evidence, hinted: false, redFlag: option.redFlag === true }));
    } else if (node.type === 'branch' && frame.next === 0) {
      frame.next = 1;
      const taken = node.branches.find((b) => !b.if || guardHoldsOn(scenario, p, b.if));
      if (taken) enter(taken.next, p);
    } else {
      stack.pop();
      onPath.delete(frame.key);
    }
  }
  return { outcomes: [...outcomes.values()], truncated };
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
