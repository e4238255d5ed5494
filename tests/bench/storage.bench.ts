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

// Issue 14, the worst data file an import accepts: LIMITS.results finished runs, checked as the
// worker checks it (off the page's thread), then merged and written on the page's thread in
// slices. Printed beside the goal: 3 s of CPU in all, no task over 200 ms on the page's thread.
import { LIMITS } from '../../src/storage/records.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { EXPORT_FORMAT, parseImport } from '../../src/storage/transfer.ts';

async function worstImport() {
  const records = Array.from({ length: LIMITS.results }, (_, i) => ({
    key: `result/w${i}`,
    value: makeResultRecord({ id: `w${i}`, finishedAt: i, answers: Array.from({ length: 8 }, () => makeResultRecord().answers[0]!) }),
  }));
  const text = JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records });
  const cpu = process.cpuUsage();
  let started = performance.now();
  const parsed = parseImport(text);
  const check = performance.now() - started;
  // The page's thread: the longest stretch between two turns of the event loop while merging and writing.
  let longest = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 0);
  started = performance.now();
  const repository = new Repository(memoryBackend(), [], () => 1);
  await repository.importParsed(parsed);
  await repository.listResults();
  const write = performance.now() - started;
  clearInterval(tick);
  const used = process.cpuUsage(cpu);
  console.log(
    `\nworst data import (${LIMITS.results} runs, ${(text.length / 1048576).toFixed(1)} MB): check in the worker ${check.toFixed(0)} ms, ` +
      `merge + write + list ${write.toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms (goal 3000), ` +
      `longest task on the page's thread ${longest.toFixed(0)} ms (goal 200)\n`,
  );
}

describe('the largest data file an import accepts', () => {
  bench('check, merge, write and list it', worstImport, { iterations: 1, warmupIterations: 0 });
});
