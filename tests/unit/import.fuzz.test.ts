import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/storage/backend.ts';
import { Repository } from '../../src/storage/repository.ts';
import { EXPORT_FORMAT } from '../../src/storage/transfer.ts';
import { progressByScenario, trendByCompetency } from '../../src/domain/progress.ts';
import { formatDate } from '../../src/i18n/messages.ts';
import { makeAnswer, makeResultRecord, makeRunRecord } from './fakes.ts';

// CI runs 500 cases; `npm run fuzz` runs 10,000 (FUZZ_RUNS) and prints the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
// CI's 500 cases take well under a second; `npm run fuzz`'s 10,000 took 3 s to 6 s for the second test, past the default 5 s.
const TIMEOUT = 5_000 + RUNS * 3;

const stored: [string, unknown][] = [
  ['result/r1', makeResultRecord({ id: 'r1' })],
  ['run/coffee-chat', makeRunRecord()],
];

/** Any JSON value, valid-looking exports with random damage, and plain text. */
const input = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((records) => JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records })),
  fc
    .record({
      key: fc.oneof(fc.constantFrom('result/r9', 'run/coffee-chat', 'quarantine/1/x', 'calibration/c1', 'round/s'), fc.string()),
      value: fc.oneof(fc.jsonValue(), fc.constant(makeResultRecord({ id: 'r9' })), fc.constant(makeRunRecord({ updatedAt: 9_999 }))),
      path: fc.array(fc.constantFrom('v', 'kind', 'id', 'levels', 'answers', 'snapshot', 'context', 'finishedAt'), { maxLength: 3 }),
      junk: fc.jsonValue(),
    })
    .map(({ key, value, path, junk }) => {
      // Replace something somewhere inside a record with junk.
      const copy = structuredClone(value) as Record<string, unknown>;
      let at: Record<string, unknown> | undefined = copy && typeof copy === 'object' ? copy : undefined;
      for (const step of path.slice(0, -1)) at = at && typeof at[step] === 'object' ? (at[step] as Record<string, unknown>) : undefined;
      if (at && path.length) at[path.at(-1)!] = junk;
      return JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records: [{ key, value: copy }] });
    }),
);

describe('importing data, fuzzed', () => {
  it(`either imports or is refused with a message, never throws, and never loses what was stored (${RUNS} cases)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        runs++;
        const backend = memoryBackend(structuredClone(stored));
        const repository = new Repository(backend, [], () => 1);
        const outcome = await repository.importFile(text, 'fuzz.json');
        const after = new Map(await backend.entries());
        if (!outcome.ok) {
          expect(outcome.problems.length).toBeGreaterThan(0);
          expect(outcome.problems.every((p) => typeof p.code === 'string')).toBe(true);
          expect(after).toEqual(new Map(stored));
        } else {
          // What was stored is still there (an unfinished run may only be replaced by a newer one).
          expect(after.get('result/r1')).toEqual(stored[0]![1]);
          expect(after.has('run/coffee-chat')).toBe(true);
          // And what came in is what the app can read: known kinds only (set-aside records are left out), nothing the next read sets aside.
          expect([...after.keys()].every((k) => /^(result|run|round|calibration)\//.test(k) || k.startsWith('quarantine/1/'))).toBe(true);
          await Promise.all([repository.listResults(), repository.listRuns(), repository.listCalibrations()]);
          expect(repository.notices).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    console.log(`fuzzed data import: ${runs} cases`);
  }, TIMEOUT);
});

/** A number of any kind a stored record may hold: finite, huge, non-finite, negative zero. */
const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, NaN, 1e300, -1e300, -0, 8.64e15 + 1, 0, 2_000));
/** Keys that reach an object's prototype where lookups are careless. */
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');
/** A stored value: a real record with a field replaced by junk, a prototype key, or a huge list. */
const storedValue = fc.oneof(
  fc.record({ field: fc.constantFrom('finishedAt', 'startedAt', 'updatedAt', 'stepsBack', 'timeLimit', 'v'), value: anyNumber, base: fc.constantFrom('result', 'run') }).map(({ field, value, base }) => ({
    ...(base === 'result' ? makeResultRecord({ id: 'x' }) : makeRunRecord({ scenarioId: 'x' })),
    [field]: value,
  })),
  fc.record({ key: prototypeKey, level: fc.oneof(fc.integer({ min: 0, max: 6 }), anyNumber) }).map(({ key, level }) => ({
    ...makeResultRecord({ id: 'x' }),
    levels: JSON.parse(`{"${key}": ${JSON.stringify(level) ?? 'null'}, "s08": 3}`),
  })),
  fc.integer({ min: 0, max: 5_000 }).map((n) => ({ ...makeResultRecord({ id: 'x' }), answers: new Array(n).fill(makeAnswer()) })),
  fc.jsonValue(),
);

describe('stored records, fuzzed', () => {
  it(`whatever is stored, what the screens read lists, never throws, never hangs, and formats (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('result/x', 'run/x', 'result/__proto__', 'run/constructor', 'calibration/x', 'round/x', 'pack/x'), storedValue), { maxLength: 4 }), async (entries) => {
        const repository = new Repository(memoryBackend(entries), [], () => 1);
        const started = performance.now();
        const [results, runs] = await Promise.all([repository.listResults(), repository.listRuns(), repository.listCalibrations(), repository.getResult('x'), repository.loadRun('x')]);
        // What the start screen and #/progress do with them, dates formatted as they show.
        progressByScenario(results);
        for (const points of trendByCompetency(results).values()) for (const p of points) formatDate('en', p.finishedAt);
        for (const r of results) formatDate('vi', r.finishedAt);
        for (const r of runs) formatDate('en', r.updatedAt);
        expect(performance.now() - started).toBeLessThan(2_000);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
