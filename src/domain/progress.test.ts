import { describe, expect, it } from 'vitest';
import { progressByScenario, trendByCompetency, type RunSummary } from './progress.ts';

const run = (id: string, scenarioId: string, finishedAt: number, levels: RunSummary['levels']): RunSummary => ({ id, scenarioId, finishedAt, levels });

const runs = [
  run('r1', 'clash', 100, { s08: 2 }),
  run('r3', 'clash', 300, { s08: 3 }),
  run('r2', 'clash', 200, { s08: 4 }),
  run('r4', 'coach', 150, { icf3: 3, icf1: null }),
];

describe('progressByScenario', () => {
  it('counts runs, keeps the best level and the latest run', () => {
    const p = progressByScenario(runs);
    expect(p.get('clash')).toEqual({ runs: 3, best: { s08: 4 }, last: { s08: 3 } });
    expect(p.get('coach')).toEqual({ runs: 1, best: { icf3: 3 }, last: { icf3: 3, icf1: null } });
    expect(p.has('other')).toBe(false);
  });

  it('is empty with no runs', () => {
    expect(progressByScenario([]).size).toBe(0);
  });
});

describe('trendByCompetency', () => {
  it('orders each competency\'s levels by time and skips competencies not shown', () => {
    const t = trendByCompetency(runs);
    expect(t.get('s08')?.map((p) => [p.runId, p.level])).toEqual([['r1', 2], ['r2', 4], ['r3', 3]]);
    expect(t.get('icf3')?.map((p) => p.level)).toEqual([3]);
    expect(t.has('icf1')).toBe(false);
  });

  it('does not reorder its input', () => {
    const copy = [...runs];
    trendByCompetency(runs);
    expect(runs).toEqual(copy);
  });
});
