import { describe, expect, it } from 'vitest';
import type { CalibrationSet } from './calibration.ts';
import { missedSamples, summariseRound } from './calibration-summary.ts';
import { own } from './own.ts';
import { progressByScenario, trendByCompetency } from './progress.ts';
import type { Level } from './text.ts';
import { countOf, roomVote, type StepContent } from './workshop.ts';

/** Ids an object's prototype answers for: a lookup by them in a plain `{}` must not find anything. */
const PROTOTYPE_IDS = ['constructor', '__proto__', 'toString'] as const;
/** A record as it comes from a file or from storage: parsed JSON, with Object.prototype. */
const parsed = <T>(json: string) => JSON.parse(json) as T;

describe.each(PROTOTYPE_IDS)('an id "%s"', (id) => {
  it('is nothing in a record that lacks it, and its own value in one that has it', () => {
    expect(own(parsed<Record<string, number>>('{"a": 1}'), id)).toBeUndefined();
    expect(own(parsed<Record<string, number>>(`{"${id}": 2}`), id)).toBe(2);
  });

  it('counts 0 in a tally until the room chooses it, and its count after', () => {
    const step: StepContent = {
      stepId: 'd1',
      lines: [],
      choices: [id, 'b'].map((cid, i) => ({ id: cid, letter: 'AB'[i]!, text: { vi: cid, en: cid }, level: (i + 2) as Level, evidence: [] })),
    };
    expect(countOf(parsed('{"b": 3}'), id)).toBe(0);
    expect(roomVote(step, parsed('{"b": 3}'))).toMatchObject({ votes: 3, total: 3, majority: true, leaders: [expect.objectContaining({ id: 'b' })] });
    expect(roomVote(step, parsed(`{"${id}": 4, "b": 3}`))).toMatchObject({ votes: 4, total: 7, leaders: [expect.objectContaining({ id })] });
  });

  it('is a sample the rater has not rated, until rated', () => {
    const set = { samples: [{ id, level: 3 }, { id: 'b', level: 2 }] } as unknown as CalibrationSet;
    expect(missedSamples(set, parsed('{"b": {"level": 4}}')).map((m) => m.sample.id)).toEqual(['b']);
    expect(summariseRound(set, parsed('{"b": {"level": 4}}')).rated).toBe(1);
    expect(summariseRound(set, parsed(`{"${id}": {"level": 3}}`))).toMatchObject({ rated: 1, exact: 1 });
  });

  it('is a competency like any other in progress and trends', () => {
    const runs = [1, 2].map((n) => ({ id: `r${n}`, scenarioId: 's', finishedAt: n, levels: parsed<Record<string, Level | null>>(`{"${id}": ${n + 1}, "a": null}`) }));
    const p = progressByScenario(runs).get('s')!;
    expect(own(p.best, id)).toBe(3);
    expect(own(p.best, 'a')).toBeUndefined();
    expect(trendByCompetency(runs).get(id)?.map((t) => t.level)).toEqual([2, 3]);
  });
});
