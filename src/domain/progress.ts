import type { Level } from './text.ts';

/** What progress needs of a finished run: when, which scenario, the level per competency. */
export interface RunSummary {
  id: string;
  scenarioId: string;
  finishedAt: number;
  levels: Record<string, Level | null>;
}

export interface ScenarioProgress {
  runs: number;
  /** The highest level reached per competency over all runs. */
  best: Record<string, Level>;
  /** The levels of the most recent run. */
  last: Record<string, Level | null>;
}

/** How many runs a history, a trend table or chart shows at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 50;

/** Per scenario: how many runs, the best level per competency, and the latest run's levels. */
export function progressByScenario(runs: readonly RunSummary[]): Map<string, ScenarioProgress> {
  const byScenario = new Map<string, ScenarioProgress & { lastAt: number }>();
  for (const run of runs) {
    // No prototype: a competency id such as `toString` or `constructor` is a plain key here.
    const p = byScenario.get(run.scenarioId) ?? { runs: 0, best: Object.create(null) as Record<string, Level>, last: {}, lastAt: -Infinity };
    p.runs++;
    for (const [competency, level] of Object.entries(run.levels)) {
      if (level !== null && level > (p.best[competency] ?? 0)) p.best[competency] = level;
    }
    if (run.finishedAt > p.lastAt) {
      p.lastAt = run.finishedAt;
      p.last = run.levels;
    }
    byScenario.set(run.scenarioId, p);
  }
  return new Map([...byScenario].map(([id, { lastAt: _, ...p }]) => [id, p]));
}

export interface TrendPoint {
  runId: string;
  scenarioId: string;
  finishedAt: number;
  level: Level;
}

/** Per competency, its levels over time, oldest first: the data of a trend chart. */
export function trendByCompetency(runs: readonly RunSummary[]): Map<string, TrendPoint[]> {
  const trends = new Map<string, TrendPoint[]>();
  for (const run of [...runs].sort((a, b) => a.finishedAt - b.finishedAt)) {
    for (const [competency, level] of Object.entries(run.levels)) {
      if (level === null) continue;
      // Appended in place: copying the list at every run made 10,000 runs take over a second.
      const trend = trends.get(competency) ?? trends.set(competency, []).get(competency)!;
      trend.push({ runId: run.id, scenarioId: run.scenarioId, finishedAt: run.finishedAt, level });
    }
  }
  return trends;
}
