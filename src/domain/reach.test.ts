import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { compile, type RunEvent, type RunSnapshot } from './compile.ts';
import { levelAt, progressOf, reachableOutcomes } from './reach.ts';
import { findNode } from './scenario.ts';
import { score } from './score.ts';

const { scenario, rubrics } = loadFixture();

// Brute force on the small fixture: every path through the real machine, scored by `score`.
const machine = compile(scenario);
const chooseOnly = (s: RunSnapshot): RunEvent[] => {
  const node = findNode(scenario, String(s.value));
  return node?.type === 'choice' ? node.options.map((o) => ({ type: 'CHOOSE', optionId: o.id, at: 0 })) : [];
};
const paths = getSimplePaths(machine, { events: chooseOnly, toState: (s) => s.status === 'done' }).filter((p) => p.state.status === 'done');

describe('reachableOutcomes', () => {
  it('finds exactly the outcomes that walking every path finds', () => {
    const brute = new Set(
      paths.map((p) => {
        const answers = p.state.output!.answers;
        return `${score(answers, rubrics, scenario.competencies)[0]!.result!.level}|${answers.length}`;
      }),
    );
    const reached = new Set(reachableOutcomes(scenario).outcomes.map((o) => `${o.levels[0]}|${o.decisions}`));
    expect(paths.length).toBeGreaterThan(20);
    expect(reached).toEqual(brute);
  });

  it('agrees with every path when red flags cap the level', () => {
    // Red flags on the level-1 response of the first decision and on the weakest of the last.
    const flagged = structuredClone(scenario);
    for (const node of flagged.nodes) {
      if (node.type !== 'choice') continue;
      for (const o of node.options) if (o.evidence.every((e) => e.level <= 2) && (node.id === 'first' || node.id === 'fourth')) o.redFlag = true;
    }
    const flaggedMachine = compile(flagged);
    const events = (s: RunSnapshot): RunEvent[] => {
      const node = findNode(flagged, String(s.value));
      return node?.type === 'choice' ? node.options.map((o) => ({ type: 'CHOOSE', optionId: o.id, at: 0 })) : [];
    };
    const all = getSimplePaths(flaggedMachine, { events, toState: (s) => s.status === 'done' }).filter((p) => p.state.status === 'done');
    const brute = new Set(all.map((p) => `${score(p.state.output!.answers, rubrics, flagged.competencies)[0]!.result!.level}|${p.state.output!.answers.length}`));
    const reached = new Set(reachableOutcomes(flagged).outcomes.map((o) => `${o.levels[0]}|${o.decisions}`));
    expect(all.some((p) => p.state.output!.answers.filter((a) => a.redFlag).length === 2)).toBe(true);
    expect(reached).toEqual(brute);
  });

  it('caps every outcome when every first response is a red flag', () => {
    const flagged = structuredClone(scenario);
    const first = flagged.nodes.find((n) => n.id === flagged.start)!;
    if (first.type === 'choice') for (const o of first.options) o.redFlag = true;
    const levels = reachableOutcomes(flagged).outcomes.map((o) => o.levels[0]!);
    expect(Math.max(...levels)).toBe(2);
    expect(Math.max(...reachableOutcomes(scenario).outcomes.map((o) => o.levels[0]!))).toBeGreaterThan(2);
  });

  it('agrees with score on every path, from the progress alone', () => {
    for (const p of paths) {
      const answers = p.state.output!.answers;
      expect(levelAt(progressOf(scenario, answers), 0)).toBe(score(answers, rubrics, scenario.competencies)[0]!.result!.level);
    }
  });
});
