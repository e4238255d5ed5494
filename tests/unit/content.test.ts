import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { compile, type RunEvent, type RunSnapshot } from '../../src/domain/compile.ts';
import { formatDiagnostic } from '../../src/domain/diagnostics.ts';
import { findNode, type Scenario } from '../../src/domain/scenario.ts';
import { score } from '../../src/domain/score.ts';
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

/** Every way through a scenario, choosing only (hints are covered by the scoring tests). */
function allPaths(scenario: Scenario) {
  const machine = compile(scenario);
  const events = (snapshot: RunSnapshot): RunEvent[] => {
    const node = findNode(scenario, String(snapshot.value));
    return node?.type === 'choice' ? node.options.map((o) => ({ type: 'CHOOSE', optionId: o.id })) : [];
  };
  return getSimplePaths(machine, { events, toState: (s) => s.status === 'done' }).filter((p) => p.state.status === 'done');
}

describe.each(content.scenarios.map((s) => [s.file, s.value] as const))('%s', (_, scenario) => {
  const paths = allPaths(scenario);
  const levels = paths.map((p) => score(p.state.output!.answers, rubrics, scenario.competencies));
  const choiceNodes = scenario.nodes.filter((n) => n.type === 'choice');

  it('ends every path in a final state with at least four decisions', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.state.output!.answers.length).toBeGreaterThanOrEqual(4);
  });

  it('reaches every decision point and every option on some path', () => {
    const taken = new Set(paths.flatMap((p) => p.state.output!.answers.map((a) => `${a.nodeId}/${a.optionId}`)));
    const all = choiceNodes.flatMap((n) => n.options.map((o) => `${n.id}/${o.id}`));
    expect(all.filter((id) => !taken.has(id))).toEqual([]);
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
    const results = levels.flatMap((cs) => cs.map((c) => c.result?.level ?? 0));
    expect(Math.max(...results)).toBe(5);
    expect(Math.min(...results)).toBeLessThanOrEqual(2);
    expect(results.every((l) => l >= 1 && l <= 5)).toBe(true);
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
