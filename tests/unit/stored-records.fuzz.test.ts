import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressByScenario, trendByCompetency } from '../../src/domain/progress.ts';
import { formatDate } from '../../src/i18n/messages.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { ResultRecordSchema, RunRecordSchema, resultKey, runKey, type ResultRecord, type RunRecord } from '../../src/storage/records.ts';
import { RecordStore } from '../../src/storage/store.ts';
import { makeAnswer, makeResultRecord, makeRunRecord } from './fakes.ts';

// Issue 14: no stored value stops a screen from loading. Domain level: a real record damaged at
// any depth (a number made huge or non-finite, a prototype key added to any object, any list made
// huge) goes through the read validation (RecordStore.validate: migrate, schema, key) and comes
// out as a value the screens format, or as nothing with the raw value set aside under
// quarantine/; never a throw, and never a long wait on a huge list.
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
};

const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Infinity, -Infinity, NaN, 1e300, -1e300, -0, 8.64e15 + 1, 2 ** 53, 0, 3));
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf');
// Past the bounds; the largest ones rarely: copying a million items aside takes a while.
const hugeLength = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(1_001, 10_001) }, { weight: 1, arbitrary: fc.constantFrom(100_000, 1_000_000) });

type Damage = { at: number; kind: 'number'; value: number } | { at: number; kind: 'key'; key: string; value: number } | { at: number; kind: 'huge'; length: number };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant('number' as const), value: anyNumber }),
  fc.record({ at: fc.nat(), kind: fc.constant('key' as const), key: prototypeKey, value: fc.oneof(fc.integer({ min: 0, max: 6 }), anyNumber) }),
  fc.record({ at: fc.nat(), kind: fc.constant('huge' as const), length: hugeLength }),
);

/** Every place in a JSON-like value: [parent, key] pairs, depth first. */
function places(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, Array.isArray(value) ? Number(k) : k]);
      places(v, out);
    }
  }
  return out;
}

/**
 * The record with each damage at one of its places of the right kind (numbers, objects or
 * lists), on one copy; the huge lists last, so no damage walks a list it made huge.
 */
function damaged<T>(record: T, damages: readonly Damage[]): T {
  const copy = structuredClone(record);
  const all = places(copy);
  const ordered = [...damages.filter((d) => d.kind !== 'huge'), ...damages.filter((d) => d.kind === 'huge')];
  for (const d of ordered) {
    const fits = all.filter(([parent, key]) => {
      const v = (parent as Record<string | number, unknown>)[key];
      return d.kind === 'number' ? typeof v === 'number' : d.kind === 'key' ? !!v && typeof v === 'object' && !Array.isArray(v) : Array.isArray(v);
    });
    if (!fits.length) continue;
    const [parent, key] = fits[d.at % fits.length]!;
    const target = parent as Record<string | number, unknown>;
    if (d.kind === 'number') target[key] = d.value;
    else if (d.kind === 'key') Object.defineProperty(target[key], d.key, { value: d.value, enumerable: true, writable: true, configurable: true });
    else target[key] = new Array(d.length).fill((target[key] as unknown[])[0] ?? 1);
  }
  return copy;
}

const base = fc.constantFrom<['result' | 'run', ResultRecord | RunRecord]>(
  ['result', makeResultRecord({ id: 'x', startedAt: 1_700_000_000_000, finishedAt: 1_700_000_060_000, answers: [makeAnswer(), makeAnswer({ nodeId: 'n2' })], levels: { s08: 3, s09: null } })],
  ['run', makeRunRecord({ scenarioId: 'x' })],
);

describe('stored records damaged at any depth, read back', () => {
  it(`give a value the screens format, or nothing and a quarantined copy; never a throw (${RUNS} cases)`, async () => {
    let kept = 0;
    let setAside = 0;
    await fc.assert(
      fc.asyncProperty(base, fc.array(damage, { minLength: 1, maxLength: 3 }), async ([kind, record], damages) => {
        const value = damaged(record, damages);
        const backend = memoryBackend();
        const store = new RecordStore(backend, [], () => 1_700_000_000_000);
        const key = kind === 'result' ? resultKey('x') : runKey('x');
        const started = cpuMs();
        const read = kind === 'result' ? await store.validate(key, value, ResultRecordSchema) : await store.validate(key, value, RunRecordSchema);
        // CPU, not wall time (a loaded machine's waits are not the page's): setting aside a million-item list copies it.
        expect(cpuMs() - started, 'the read validation of one record, its quarantine included').toBeLessThan(1_000);
        const keys = await backend.keys('');
        if (read === undefined) {
          setAside++;
          expect(keys.filter((k) => k.startsWith('quarantine/'))).toHaveLength(1);
          expect(store.notices).toEqual([expect.objectContaining({ code: 'corrupt-record', key })]);
          return;
        }
        kept++;
        expect(keys.filter((k) => k.startsWith('quarantine/'))).toEqual([]);
        if (kind === 'result') {
          const result = read as ResultRecord;
          // What the start screen and #/progress do with a finished run.
          progressByScenario([result]);
          for (const points of trendByCompetency([result]).values()) for (const p of points) formatDate('vi', p.finishedAt);
          formatDate('en', result.finishedAt);
          formatDate('vi', result.startedAt);
        } else formatDate('en', (read as RunRecord).updatedAt);
      }),
      { numRuns: RUNS },
    );
    console.log(`stored records damaged at any depth: ${kept} kept as valid, ${setAside} set aside`);
    expect(setAside).toBeGreaterThan(0);
  }, 60_000 + RUNS * 400);
});
