import { describe, expect, it } from 'vitest';
import { xapiStatements } from '../xapi.ts';
import { readStatements } from './xapi-read.ts';

const title = { vi: 'T', en: 'T' };
const statements = xapiStatements(
  {
    runs: [
      {
        id: 'r1', scenarioId: 'meet', contentHash: 'h', startedAt: 0, finishedAt: 1000, mode: 'assessment', stepsBack: 0, levels: { s08: 3, gx1: null },
        answers: [
          { nodeId: 'open', optionId: 'b', difficulty: 3, evidence: [{ competency: 's08', level: 4, indicators: [] }], hinted: true },
          { nodeId: 'n/2', optionId: '', difficulty: 3, evidence: [{ competency: 's08', level: 1, indicators: [] }], hinted: false, timedOut: true },
        ],
      },
    ],
    rounds: [{ id: 'c1', setId: 'cal', contentHash: 'h', startedAt: 0, finishedAt: 1, ratings: { x: { level: 2, indicators: [] }, y: { level: 5, indicators: [] } } }],
    workshops: [{ id: 'w1', source: { kind: 'scenario', id: 'meet', title }, contentHash: 'h', startedAt: 0, finishedAt: 1, steps: [{ stepId: 'open', tally: { a: 3, b: 1 }, followed: 'a', levels: { a: 4, b: 1 } }] }],
    scenarios: new Map(),
    calibrationSets: new Map(),
  },
  { homePage: 'https://app.example/roleplay/', accountName: 'Lan', locale: 'vi' },
);
const json = JSON.parse(JSON.stringify(statements)) as unknown[];

describe('readStatements', () => {
  const read = readStatements(json);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));

  it('puts a run back together: its scenario, decisions in order (an id with a slash decoded), hints, timeouts and levels', () => {
    expect(read.records.runs).toEqual([
      {
        key: expect.any(String),
        scenarioId: 'meet',
        levels: { s08: 3, gx1: null },
        answers: [
          { nodeId: 'open', optionId: 'b', hinted: true, timedOut: false },
          { nodeId: 'n/2', optionId: '', hinted: false, timedOut: true },
        ],
      },
    ]);
  });

  it('reads a round’s ratings and a workshop’s tallies with the option the room followed', () => {
    expect(read.records.rounds).toEqual([{ key: expect.any(String), setId: 'cal', ratings: { x: 2, y: 5 } }]);
    expect(read.records.workshops).toEqual([{ key: expect.any(String), source: { kind: 'scenario', id: 'meet' }, steps: [{ stepId: 'open', tally: { a: 3, b: 1 }, followed: 'a' }] }]);
  });

  it('gives the actor’s name exactly as the file wrote it', () => {
    expect(read.actors).toEqual(['Lan']);
  });

  it.each([
    ['a level out of range', (s: any[]) => (s[0].result.extensions['https://interview-roleplay.invalid/xapi/extensions/competency-levels'].s08 = 7), 1, /competency-levels/],
    ['a rating that is no level', (s: any[]) => (s.find((x) => x.result.response === '2').result.response = 'two'), 5, /^result\.response/],
    ['no registration', (s: any[]) => delete s[1].context.registration, 2, /^context\.registration/],
  ])('refuses %s with the statement’s number', (_, spoil, index, detail) => {
    const copy = structuredClone(json) as any[];
    spoil(copy);
    expect(readStatements(copy)).toMatchObject({ ok: false, problem: { code: 'bad-statement', index, detail: expect.stringMatching(detail) } });
  });
});
