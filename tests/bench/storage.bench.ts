import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { bench, describe } from 'vitest';
import { idbBackend } from '../../src/storage/backend.ts';
import { Repository } from '../../src/storage/repository.ts';
import { makeResultRecord, makeRunRecord } from '../unit/fakes.ts';

// fake-indexeddb in Node: it times our path (validation, idb-keyval, the store) rather
// than a browser's disk, so read it as a relative figure.
const repository = new Repository(idbBackend(createStore('bench', 'records')));
await Promise.all(Array.from({ length: 1000 }, (_, i) => repository.saveResult(makeResultRecord({ id: `r${i}`, finishedAt: i }))));
let step = 0;

describe('storage with 1,000 finished runs stored', () => {
  bench('save a run after one step', async () => {
    await repository.saveRun(makeRunRecord({ updatedAt: ++step }));
  });

  bench('list the history (reads and validates all 1,000)', async () => {
    await repository.listResults();
  });
});
