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
  return node?.type === 'choice' ? node.options.map((o) => ({ type: 'CHOOSE', optionId: o.id })) : [];
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

  it('agrees with score on every path, from the progress alone', () => {
    for (const p of paths) {
      const answers = p.state.output!.answers;
      expect(levelAt(progressOf(scenario, answers), 0)).toBe(score(answers, rubrics, scenario.competencies)[0]!.result!.level);
    }
  });
});
