import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/storage/backend.ts';
import { Repository } from '../../src/storage/repository.ts';
import { EXPORT_FORMAT } from '../../src/storage/transfer.ts';
import { makeResultRecord, makeRunRecord } from './fakes.ts';

// CI runs 500 cases; `npm run fuzz` runs 10,000 (FUZZ_RUNS) and prints the count.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

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
          // And what came in is what the app can read: known kinds only, nothing the next read sets aside.
          expect([...after.keys()].every((k) => /^(result|run|round|calibration|quarantine)\//.test(k))).toBe(true);
          await Promise.all([repository.listResults(), repository.listRuns(), repository.listCalibrations()]);
          expect(repository.notices).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    console.log(`fuzzed data import: ${runs} cases`);
  });
});
