import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/load-fixture.ts';
import type { CalibrationSet } from '../calibration.ts';
import { aggregate, mergeRecords } from './aggregate.ts';
import type { ClassRound, ClassRun, ClassWorkshop } from './types.ts';

// The fixture: first (a L1, b L4, c L2) → route (mini ≥ 4: hard, else easy) → hard (a L5, b L2, c L3) | easy (a L3, b L1, c L4) → third (a L4, b L2, c L5) → fourth (a L2, b L5, c L3) → end.
const { scenario } = loadFixture();

const answer = (nodeId: string, optionId: string, extra: { hinted?: boolean; timedOut?: boolean } = {}) => ({
  nodeId,
  optionId: extra.timedOut ? '' : optionId,
  hinted: extra.hinted ?? false,
  timedOut: extra.timedOut ?? false,
});

const runs: ClassRun[] = [
  { key: 'r1', scenarioId: 'valid', levels: { mini: 5 }, answers: [answer('first', 'b', { hinted: true }), answer('hard', 'a'), answer('third', 'c'), answer('fourth', 'b')] },
  { key: 'r2', scenarioId: 'valid', levels: { mini: 2 }, answers: [answer('first', 'a'), answer('easy', 'c'), answer('third', 'a'), answer('fourth', 'a')] },
  { key: 'r3', scenarioId: 'valid', levels: { mini: 1 }, answers: [answer('first', 'c'), answer('easy', 'c'), answer('third', '', { timedOut: true }), answer('fourth', 'b')] },
  { key: 'r4', scenarioId: 'valid', levels: { mini: 3 }, answers: [answer('first', 'b'), answer('hard', 'b', { hinted: true }), answer('third', 'a'), answer('fourth', 'c')] },
];
const room: ClassWorkshop = {
  key: 'w1',
  source: { kind: 'scenario', id: 'valid' },
  steps: [
    { stepId: 'first', tally: { a: 2, b: 5, c: 1 }, followed: 'b' },
    { stepId: 'hard', tally: { a: 4, b: 1, c: 0 }, followed: 'a' },
  ],
};
const set = { id: 'set', samples: [{ id: 's1', level: 3 }, { id: 's2', level: 1 }] } as unknown as CalibrationSet;
const content = { scenarios: new Map([['valid', scenario]]), sets: new Map([['set', set]]) };

describe('aggregate: a scenario', () => {
  const [result] = aggregate({ runs, rounds: [], workshops: [room] }, content).scenarios;
  const decision = (id: string) => result!.decisions.find((d) => d.nodeId === id)!;

  it('counts runs and workshops, and spreads each competency’s levels', () => {
    expect(result).toMatchObject({ scenarioId: 'valid', known: true, runs: 4, workshops: 1 });
    expect(result!.spreads).toEqual([{ competency: 'mini', counts: [1, 1, 1, 0, 1], unscored: 0 }]);
  });

  it('lists every decision point in content order, reached or not', () => {
    expect(result!.decisions.map((d) => [d.nodeId, d.reached])).toEqual([['first', 4], ['hard', 2], ['easy', 2], ['third', 4], ['fourth', 4]]);
  });

  it('counts each option chosen by runs and by the room, with its level and share of all choices', () => {
    expect(decision('first').choices).toBe(12);
    expect(decision('first').options).toEqual([
      { optionId: 'a', level: 1, runs: 1, room: 2, share: 3 / 12 },
      { optionId: 'b', level: 4, runs: 2, room: 5, share: 7 / 12 },
      { optionId: 'c', level: 2, runs: 1, room: 1, share: 2 / 12 },
    ]);
  });

  it('gives the share choosing the strongest option and the most common weaker choice', () => {
    expect(decision('first').strongest).toEqual({ level: 4, share: 7 / 12 });
    expect(decision('first').commonWeaker?.optionId).toBe('a');
    // third: a (L4) twice, c (L5) once, one run out of time (not a choice).
    expect(decision('third').strongest).toEqual({ level: 5, share: 1 / 3 });
    expect(decision('third').commonWeaker).toMatchObject({ optionId: 'a', level: 4, runs: 2 });
  });

  it('counts where runs ran out of time and took hints', () => {
    expect([decision('first').hinted, decision('first').timedOut]).toEqual([1, 0]);
    expect([decision('hard').hinted, decision('third').timedOut, decision('third').reached]).toEqual([1, 1, 4]);
  });

  it('counts the ways taken for the map: options, branches, a timeout along the weakest option', () => {
    const edge = (from: string, index: number) => result!.edges.find((e) => e.from === from && e.index === index)?.count ?? 0;
    expect([edge('first', 0), edge('first', 1), edge('first', 2)]).toEqual([1, 3, 1]);
    expect([edge('route', 0), edge('route', 1)]).toEqual([3, 2]);
    expect([edge('hard', 0), edge('hard', 1), edge('hard', 2)]).toEqual([2, 1, 0]);
    // third: a by r2 and r4; b (the weakest, L2) by r3's timeout; c by r1.
    expect([edge('third', 0), edge('third', 1), edge('third', 2)]).toEqual([2, 1, 1]);
  });

  it('keeps a scenario this browser lacks, with counts and no levels or map', () => {
    const [unknown] = aggregate({ runs: [{ ...runs[0]!, scenarioId: 'gone' }], rounds: [], workshops: [] }, content).scenarios;
    expect(unknown).toMatchObject({ scenarioId: 'gone', known: false, runs: 1, edges: [] });
    expect(unknown!.decisions[0]).toMatchObject({ nodeId: 'first', strongest: null, options: [{ optionId: 'b', level: null, runs: 1, share: 1 }] });
  });
});

describe('aggregate: a calibration set', () => {
  const rounds: ClassRound[] = [
    { key: 'c1', setId: 'set', ratings: { s1: 3 as const, s2: 1 as const } },
    { key: 'c2', setId: 'set', ratings: { s1: 4 as const, s2: 3 as const } },
    { key: 'c3', setId: 'set', ratings: { s1: 1 as const } },
  ];
  const calibrationRoom: ClassWorkshop = { key: 'w2', source: { kind: 'calibration', id: 'set' }, steps: [{ stepId: 's1', tally: { '3': 2, '5': 1 } }] };
  const [result] = aggregate({ runs: [], rounds, workshops: [calibrationRoom] }, content).sets;

  it('spreads each sample’s ratings, rounds and the room together, against the reference', () => {
    expect(result).toMatchObject({ setId: 'set', known: true, rounds: 3, workshops: 1 });
    expect(result!.samples[0]).toEqual({ sampleId: 's1', reference: 3, counts: [1, 0, 3, 1, 1], ratings: 6, exact: 3 / 6, withinOne: 4 / 6, above: 2 / 6, below: 1 / 6 });
    expect(result!.samples[1]).toEqual({ sampleId: 's2', reference: 1, counts: [1, 0, 1, 0, 0], ratings: 2, exact: 1 / 2, withinOne: 1 / 2, above: 1 / 2, below: 0 });
  });
});

describe('mergeRecords', () => {
  it('counts a run found in two files once', () => {
    const merged = mergeRecords([{ runs: [runs[0]!, runs[1]!], rounds: [], workshops: [] }, { runs: [runs[1]!, runs[2]!], rounds: [], workshops: [room] }]);
    expect(merged.runs.map((r) => r.key)).toEqual(['r1', 'r2', 'r3']);
    expect(merged.workshops).toHaveLength(1);
  });
});
