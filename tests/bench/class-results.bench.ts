// Issue 18, class results: a class's 1,000 runs (four files of 250 and a workshop record, as
// tests/fixtures/class-bench.ts makes them) read with the app's schemas and limits, as the
// worker reads them, then aggregated per scenario and set. The browser figure (load and draw,
// goal under 1 s) is scripts/bench/class-results.bench.mjs.
import { bench, describe } from 'vitest';
import { aggregate, mergeRecords } from '../../src/domain/class-results/aggregate.ts';
import type { ClassFileLoaded } from '../../src/domain/class-results/types.ts';
import { readClassFile } from '../../src/workers/class-files.ts';
import { benchClass } from '../fixtures/class-bench.ts';

const { scenario, set, files, expected } = benchClass();
if (expected.runs !== 1000) throw new Error(`the bench class holds ${expected.runs} runs, not 1,000`);
const content = { scenarios: new Map([[scenario.id, scenario]]), sets: new Map([[set.id, set]]) };
const records = mergeRecords(files.map((f) => (readClassFile(f.name, f.text) as ClassFileLoaded).records));

describe('class results, 1,000 runs', () => {
  bench('read the five files (JSON, schemas, limits)', () => {
    for (const f of files) readClassFile(f.name, f.text);
  });

  bench('aggregate 1,000 runs, rounds and a workshop', () => {
    aggregate(records, content);
  });
});
