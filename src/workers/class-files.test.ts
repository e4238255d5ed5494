import { describe, expect, it } from 'vitest';
import { classFiles, FOREIGN_FILE } from '../../tests/fixtures/class-files.ts';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import type { CalibrationSet } from '../domain/calibration.ts';
import { aggregate, mergeRecords } from '../domain/class-results/aggregate.ts';
import type { ClassFileLoaded } from '../domain/class-results/types.ts';
import { LIMITS } from '../storage/records.ts';
import { readClassFile } from './class-files.ts';

const { scenario } = loadFixture();
const set = {
  id: 'set',
  title: { vi: 'Bộ', en: 'Set' },
  competency: 'mini',
  samples: (['a', 'b', 'c', 'd', 'e'] as const).map((id, i) => ({ id, level: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 })),
} as unknown as CalibrationSet;

describe('readClassFile on a generated class', () => {
  const { files, expected } = classFiles({ scenario, set, files: 8, runsPerFile: 6 });
  const outcomes = files.map((f) => readClassFile(f.name, f.text));

  it('loads data exports, statement files and workshop records, each as its kind', () => {
    expect(outcomes.map((o) => (o.ok ? o.kind : o.problem.code))).toEqual(['data', 'data', 'xapi', 'workshop', 'data', 'data', 'xapi', 'workshop']);
  });

  it('names the actor only as a statement file did, and invents none for exports', () => {
    const loaded = outcomes as ClassFileLoaded[];
    expect(loaded[2]!.actors).toEqual(['learner-2']);
    expect(loaded[0]!.actors).toEqual([]);
  });

  it('gives the counts the generator made, whichever file each run came in', () => {
    const records = mergeRecords(outcomes.map((o) => (o as ClassFileLoaded).records));
    const result = aggregate(records, { scenarios: new Map([['valid', scenario]]), sets: new Map([['set', set]]) });
    const [s] = result.scenarios;
    expect([s!.runs, s!.workshops]).toEqual([expected.runs, expected.workshops]);
    expect(s!.spreads[0]!.counts).toEqual(expected.levels.get('mini'));
    for (const d of s!.decisions) {
      const e = expected.decisions.get(d.nodeId) ?? { reached: 0, timedOut: 0, hinted: 0, options: new Map() };
      expect([d.nodeId, d.reached, d.timedOut, d.hinted]).toEqual([d.nodeId, e.reached, e.timedOut, e.hinted]);
      for (const o of d.options) expect([d.nodeId, o.optionId, o.runs + o.room]).toEqual([d.nodeId, o.optionId, e.options.get(o.optionId) ?? 0]);
    }
    expect(result.sets[0]!.rounds).toBe(expected.rounds);
    for (const sample of result.sets[0]!.samples) expect(sample.counts).toEqual(expected.samples.get(sample.sampleId));
  });

  it('counts a run sent both as an export and as statements once', () => {
    const again = readClassFile('copy.json', files[0]!.text) as ClassFileLoaded;
    const first = outcomes[0] as ClassFileLoaded;
    expect(mergeRecords([first.records, again.records]).runs).toHaveLength(first.records.runs.length);
  });
});

describe('readClassFile refuses what is not ours, with the reason', () => {
  it.each([
    ['not JSON', 'notes.txt', 'hello, class', { code: 'not-json' }],
    ['another JSON', FOREIGN_FILE.name, FOREIGN_FILE.text, { code: 'not-ours', holds: { keys: ['items', 'owner'] } }],
    ['a list of something else', 'list.json', '[1, 2]', { code: 'not-ours', holds: { list: 2 } }],
    ['an export with no finished record', 'empty.json', JSON.stringify({ format: 'interview-roleplay/data', v: 1, exportedAt: 0, records: [] }), { code: 'empty' }],
  ])('%s', (_, name, text, problem) => {
    expect(readClassFile(name, text)).toEqual({ ok: false, file: name, problem });
  });

  it('refuses an export with a damaged record with the import’s own problem', () => {
    const bad = JSON.stringify({ format: 'interview-roleplay/data', v: 1, exportedAt: 0, records: [{ key: 'result/x', value: { v: 1, kind: 'result' } }] });
    const outcome = readClassFile('bad.json', bad);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'data-export', problems: [{ code: 'damaged-record', record: 1, key: 'result/x' }] } });
  });

  it('refuses a workshop record with a level out of range, saying where', () => {
    const { files } = classFiles({ scenario, files: 4, runsPerFile: 1 });
    const record = JSON.parse(files[3]!.text);
    record.steps[0].tally.a = -1;
    expect(readClassFile('w.json', JSON.stringify(record))).toMatchObject({ ok: false, problem: { code: 'bad-record', detail: expect.stringMatching(/^steps\.0\.tally\.a: /) } });
  });

  it('refuses a statement of another vocabulary with its number', () => {
    const { files } = classFiles({ scenario, files: 3, runsPerFile: 1 });
    const statements = JSON.parse(files[2]!.text);
    statements[1].verb.id = 'http://example.com/verbs/liked';
    expect(readClassFile('s.json', JSON.stringify(statements))).toMatchObject({ ok: false, problem: { code: 'bad-statement', index: 2, detail: expect.stringMatching(/^verb\.id: /) } });
  });

  it('refuses a file past the size limit before reading it', () => {
    const outcome = readClassFile('big.json', ' '.repeat(LIMITS.fileBytes + 1));
    expect(outcome).toEqual({ ok: false, file: 'big.json', problem: { code: 'file-too-large', bytes: LIMITS.fileBytes + 1, limit: LIMITS.fileBytes } });
  });
});
