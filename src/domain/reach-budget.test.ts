import { expect, it } from 'vitest';
import { chainPack } from '../../tests/fixtures/large-pack.ts';
import { lintScenario } from './lint.ts';
import { checkPack } from './pack.ts';
import { PACK_STEPS, progressKey, reachableOutcomes, SCENARIO_STEPS, stepBudget, type Progress } from './reach.ts';
import type { Scenario } from './scenario.ts';

// A chain of 40 decisions of three options (levels 2, 5, 1): every path within the walk's 40 decisions, 12,341 states.
const chain = (decisions = 40): Scenario => {
  const checked = checkPack(chainPack(1, decisions));
  if (!checked.ok) throw new Error(checked.findings.map((f) => f.message).join('\n'));
  return checked.value.scenarios[0]!;
};

it('names progress that differs only in counts of ten or more apart', () => {
  const progress = (counts: number[]): Progress => ({ counts: [counts], situation: [2], redFlags: [0], decisions: 12 });
  expect(progressKey(progress([1, 11, 0, 0, 0]))).not.toBe(progressKey(progress([11, 1, 0, 0, 0])));
  expect(progressKey(progress([1, 11, 0, 0, 0]))).toBe(progressKey(progress([1, 11, 0, 0, 0])));
});

it('takes one step per state from the budget it is given, and stops with truncated once it is spent', () => {
  const scenario = chain();
  const budget = stepBudget(1_000_000);
  const whole = reachableOutcomes(scenario, { budget });
  const steps = 1_000_000 - budget.left;
  expect(whole.truncated).toBe(false);
  expect(steps).toBeGreaterThan(10_000);
  expect(steps).toBeLessThan(SCENARIO_STEPS);
  // A second walk on what is left of a budget the first one spent: cut short, and it spends nothing past the budget.
  const shared = stepBudget(steps + 100);
  expect(reachableOutcomes(scenario, { budget: shared }).truncated).toBe(false);
  expect(reachableOutcomes(scenario, { budget: shared }).truncated).toBe(true);
  expect(shared.left).toBe(0);
  expect(lintScenario(scenario, stepBudget(0)).map((f) => f.code)).toEqual(['paths-truncated']);
  expect(lintScenario(scenario).map((f) => f.code)).not.toContain('paths-truncated');
});

it('walks graphs deeper than the call stack allows without overflowing', () => {
  // 400 branch nodes in a row before the chain: no decision, so the walk follows every one.
  const scenario = chain(4);
  const hops = Array.from({ length: 400 }, (_, i) => ({ type: 'branch' as const, id: `hop${i}`, branches: [{ next: i + 1 < 400 ? `hop${i + 1}` : scenario.start }] }));
  const deep: Scenario = { ...scenario, start: 'hop0', nodes: [...hops, ...scenario.nodes] };
  const reach = reachableOutcomes(deep, { maxDecisions: 1_000 });
  expect(reach.truncated).toBe(false);
  expect(reach.outcomes.map((o) => o.decisions)).toEqual([4, 4, 4]);
});

it('shares one walk budget across the scenarios of a pack, so the walks together stop at it', () => {
  // Each chain takes about 12,341 steps: the pack budget covers the first ones, the rest are reported as too large to check.
  const pack = chainPack(Math.ceil(PACK_STEPS / 12_000) + 1, 40);
  const checked = checkPack(pack);
  expect(checked.ok).toBe(true);
  if (!checked.ok) return;
  const truncated = checked.warnings.filter((w) => w.code === 'paths-truncated').map((w) => w.path);
  expect(truncated).toContain(`scenarios.${pack.scenarios.length - 1}`);
  expect(truncated).not.toContain('scenarios.0');
});
