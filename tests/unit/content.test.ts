import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { compile, type RunEvent, type RunSnapshot } from '../../src/domain/compile.ts';
import { formatDiagnostic } from '../../src/domain/diagnostics.ts';
import { findNode, type Scenario } from '../../src/domain/scenario.ts';
import { progressKey, progressOf, reachableOutcomes } from '../../src/domain/reach.ts';
import { score, type Answer } from '../../src/domain/score.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);

it('every content file passes the build checks', () => {
  expect(content.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(content.scenarios.length).toBeGreaterThan(0);
});

describe('the S08 rubric carries the whole seed', () => {
  const s08 = rubrics.get('s08')!;

  it('has the seed\'s five levels with their labels and every indicator', () => {
    expect(s08.derived).toBe(false);
    expect(s08.levels.map((l) => l.label.vi)).toEqual(['Kém', 'Cơ bản', 'Khá', 'Tốt', 'Xuất sắc']);
    expect(s08.levels.map((l) => l.indicators.map((i) => i.id))).toEqual([
      ['s08.1.1', 's08.1.2'],
      ['s08.2.1', 's08.2.2'],
      ['s08.3.1', 's08.3.2'],
      ['s08.4.1', 's08.4.2'],
      ['s08.5.1', 's08.5.2', 's08.5.3'],
    ]);
    expect(s08.levels.flatMap((l) => l.indicators.filter((i) => i.deficit).map((i) => i.id))).toEqual(['s08.1.2']);
  });

  it('keeps the seed\'s meanings and its seven interview questions', () => {
    expect(s08.levels[4]!.meaning.vi).toContain('đặc biệt khó khăn');
    expect(s08.levels[0]!.meaning.vi).toContain('cơ bản nhất');
    expect(s08.questions.map((q) => q.id)).toEqual(['s08.q1', 's08.q2', 's08.q3', 's08.q4', 's08.q5', 's08.q6', 's08.q7']);
    expect(s08.questions[1]!.text.vi).toContain('cùng đặt lịch hẹn quan trọng');
  });
});

/**
 * Paths through the real machine from xstate/graph, with CHOOSE, HINT and TIMEOUT (the
 * helper walks only the events it is given). A run's
 * state is named by its node, what scoring can see of its answers (reach.ts), the
 * hints taken and the option just chosen: so every option is the last step of some
 * path, and the number of paths grows with states, not with 5^decisions.
 */
function machinePaths(scenario: Scenario) {
  const machine = compile(scenario);
  const events = (snapshot: RunSnapshot): RunEvent[] => {
    const node = findNode(scenario, String(snapshot.value));
    if (node?.type !== 'choice') return [];
    return [{ type: 'HINT' }, { type: 'TIMEOUT', at: 0 }, ...node.options.map((o) => ({ type: 'CHOOSE', optionId: o.id, at: 0 }) as const)];
  };
  const serializeState = (s: RunSnapshot, event?: { type: string }) => {
    const { answers, hintsShown } = s.context;
    const hinted = answers.filter((a) => a.hinted).length;
    const last = event && 'optionId' in event ? String(event.optionId) : '';
    return `${s.status}:${String(s.value)}|${progressKey(progressOf(scenario, answers))}|${hinted}|${hintsShown.join()}|${last}`;
  };
  return getShortestPaths(machine, { events, serializeState });
}

/** DESIGN.md's rule restated independently: the highest L that all four inputs allow. */
function expectedLevel(answers: Answer[]): number {
  const flags = answers.filter((a) => a.redFlag && a.evidence.length > 0).length;
  const flagCap = flags === 0 ? 5 : flags === 1 ? 2 : 1;
  const levels = answers.flatMap((a) => a.evidence.map((e) => e.level)).sort((x, y) => x - y);
  const median = levels[Math.floor((levels.length - 1) / 2)]!;
  const share = answers.filter((a) => a.hinted).length / answers.length;
  const cap = share === 0 ? 5 : share <= 0.25 ? 4 : share <= 0.5 ? 3 : share <= 0.75 ? 2 : 1;
  for (let l = 5; l >= 1; l--) {
    const shownThere = answers.some((a) => a.difficulty >= l && a.evidence.some((e) => e.level >= l));
    if (l <= median && l <= cap && l <= flagCap && shownThere) return l;
  }
  return 1;
}

describe.each(content.scenarios.map((s) => [s.file, s.value] as const))('%s', (_, scenario) => {
  const choiceNodes = scenario.nodes.filter((n) => n.type === 'choice');
  // Computed once per file, and only when its tests run (so `-t <file>` is quick).
  let all: ReturnType<typeof machinePaths>;
  let paths: typeof all;
  let levels: ReturnType<typeof score>[];
  let outcomes: ReturnType<typeof reachableOutcomes>;
  beforeAll(() => {
    all = machinePaths(scenario);
    paths = all.filter((p) => p.state.status === 'done');
    levels = paths.map((p) => score(p.state.output!.answers, rubrics, scenario.competencies));
    outcomes = reachableOutcomes(scenario);
  });

  it('ends paths in a final state, each with at least four decisions', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.state.output!.answers.length).toBeGreaterThanOrEqual(4);
    expect(outcomes.truncated).toBe(false);
    expect(Math.min(...outcomes.outcomes.map((o) => o.decisions))).toBeGreaterThanOrEqual(4);
  });

  it('reaches every decision point and every option on some path', () => {
    const taken = new Set(all.flatMap((p) => p.steps.map((s) => s.event)).filter((e) => e.type === 'CHOOSE').map((e) => e.optionId));
    const stepped = new Set(all.flatMap((p) => p.state.context.answers.map((a) => `${a.nodeId}/${a.optionId}`)));
    const options = choiceNodes.flatMap((n) => n.options.map((o) => `${n.id}/${o.id}`));
    expect(options.filter((id) => !stepped.has(id))).toEqual([]);
    expect(taken.size).toBeGreaterThan(0);
    // Running out of time at each decision point (an answer with no option) leads on too.
    expect(choiceNodes.filter((n) => !stepped.has(`${n.id}/`)).map((n) => n.id)).toEqual([]);
  });

  it('ends every path through a red flag at level 2 or below in the competencies it shows', () => {
    paths.forEach((p, i) => {
      const flagged = new Set(p.state.output!.answers.filter((a) => a.redFlag).flatMap((a) => a.evidence.map((e) => e.competency)));
      for (const c of levels[i]!) if (flagged.has(c.competency)) expect(c.result!.level).toBeLessThanOrEqual(2);
    });
  });

  it('scores every path in 1–5 as the evidence and the caps say', () => {
    paths.forEach((p, i) => {
      const answers = p.state.output!.answers;
      for (const c of levels[i]!) {
        const mine = answers.map((a) => ({ ...a, evidence: a.evidence.filter((e) => e.competency === c.competency) }));
        if (!c.result) continue;
        expect(c.result.level).toBeGreaterThanOrEqual(1);
        expect(c.result.level).toBeLessThanOrEqual(5);
        expect(c.result.level).toBe(expectedLevel(mine));
      }
    });
  });

  it('offers at each decision point at least three levels, one at 2 or below and one at 4 or above', () => {
    for (const node of choiceNodes) {
      const shown = new Set(node.options.flatMap((o) => o.evidence.map((e) => e.level)));
      expect({ node: node.id, spread: shown.size >= 3 && Math.min(...shown) <= 2 && Math.max(...shown) >= 4 }).toEqual({ node: node.id, spread: true });
    }
  });

  it('spans levels 1 to 5 across its options', () => {
    const shown = new Set(choiceNodes.flatMap((n) => n.options.flatMap((o) => o.evidence.map((e) => e.level))));
    expect([...shown].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('branches on what was shown earlier', () => {
    expect(scenario.nodes.some((n) => n.type === 'branch' && n.branches.some((b) => b.if))).toBe(true);
  });

  it('lets a strong candidate prove level 5 after the caps, and a weak one end at 2 or below', () => {
    const results = outcomes.outcomes.flatMap((o) => o.levels.filter((l) => l !== null));
    expect(Math.max(...results)).toBe(5);
    expect(Math.min(...results)).toBeLessThanOrEqual(2);
  });

  it('credits level 5 only on paths through a situation of difficulty 5', () => {
    paths.forEach((p, i) => {
      if (levels[i]!.some((c) => c.result?.level === 5)) {
        expect(p.state.output!.answers.some((a) => a.difficulty === 5)).toBe(true);
      }
    });
  });

  it('gives a hint and a model answer at every decision point', () => {
    expect(choiceNodes.filter((n) => !n.hint || !n.modelAnswer).map((n) => n.id)).toEqual([]);
  });
});
