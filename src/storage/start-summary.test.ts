import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { Repository } from './repository.ts';
import { finishedRunOf, SUMMARY_KEY } from './start-summary.ts';
import { EXPORT_FORMAT } from './transfer.ts';

// Issue 15 §5: the start screen reads one summary record, not every finished run, and the
// summary always equals what a full read gives.

let dbCount = 0;
const backends: [string, () => Backend][] = [
  ['memory', () => memoryBackend()],
  ['indexeddb', () => idbBackend(createStore(`start-summary-${++dbCount}`, 'records'))],
];

const result = (id: string, finishedAt: number, level: 1 | 2 | 3 | 4 | 5 = 3) => makeResultRecord({ id, finishedAt, levels: { s08: level } });

/** What a full read gives: every unfinished run and every finished one, newest first. */
async function fullRead(repository: Repository) {
  return { runs: await repository.listRuns(), results: (await repository.listResults()).map(finishedRunOf) };
}

describe.each(backends)('the start summary over %s', (_, makeBackend) => {
  async function stocked() {
    const backend = makeBackend();
    const repository = new Repository(backend, [], () => 5_000);
    await repository.saveResult(result('a', 100));
    await repository.saveResult(result('b', 300, 4));
    await repository.saveRun(makeRunRecord());
    expect(await repository.startSummary()).toEqual(await fullRead(repository));
    return { backend, repository };
  }

  it('is built on first need and then read alone: no finished run is read', async () => {
    const { backend, repository } = await stocked();
    const read: string[] = [];
    const spied = new Repository({ ...backend, getMany: (keys) => (read.push(...keys), backend.getMany(keys)), get: (k) => (read.push(k), backend.get(k)) });
    expect((await spied.startSummary()).results.map((r) => r.id)).toEqual(['b', 'a']);
    expect(read.filter((k) => k.startsWith('result/'))).toEqual([]);
    expect(spied.notices).toEqual([]);
    void repository;
  });

  it.each<[string, (repository: Repository) => Promise<unknown>]>([
    ['a run finishes', (r) => r.saveResult(result('c', 200, 5))],
    ['a run finishes through its journaled save', (r) => r.journaled('run/coffee-chat', [{ set: 'result/c', value: result('c', 200) }, { del: 'run/coffee-chat' }])()],
    ['a finished run is saved again', (r) => r.saveResult(result('a', 400, 1))],
    ['a finished run is deleted', (r) => r.deleteResult('b')],
    ['a run is cleared', (r) => r.clearRun('coffee-chat')],
    ['everything is deleted', (r) => r.reset()],
    [
      'a file is imported',
      (r) =>
        r.importFile(JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records: [{ key: 'result/d', value: result('d', 250) }, { key: 'result/a', value: result('a', 100) }] }), 'data.json'),
    ],
  ])('equals a full read after %s', async (_, change) => {
    const { repository } = await stocked();
    await change(repository);
    expect(await repository.startSummary()).toEqual(await fullRead(repository));
    expect(repository.notices).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['unreadable', { v: 1, kind: 'start-summary', results: 'garbage' }],
    ['of another version', { v: 99, kind: 'start-summary', results: [] }],
    ['naming a run that is not stored', { v: 1, kind: 'start-summary', results: [finishedRunOf(result('ghost', 1))] }],
  ])('is rebuilt when it is %s', async (_, summary) => {
    const { backend, repository } = await stocked();
    await backend.set(SUMMARY_KEY, summary);
    expect(await repository.startSummary()).toEqual(await fullRead(repository));
    expect(repository.notices).toEqual([]);
  });

  it('is rebuilt when a finished run was stored without it (another tab, an older build)', async () => {
    const { backend, repository } = await stocked();
    await backend.set('result/behind', result('behind', 900));
    expect((await repository.startSummary()).results.map((r) => r.id)).toEqual(['behind', 'b', 'a']);
  });

  it('is not stored while there are no finished runs, and is not exported', async () => {
    const backend = makeBackend();
    const repository = new Repository(backend, [], () => 5_000);
    expect(await repository.startSummary()).toEqual({ runs: [], results: [] });
    expect(await backend.keys()).toEqual([]);
    await repository.saveResult(result('a', 100));
    await repository.startSummary();
    expect(await backend.keys()).toContain(SUMMARY_KEY);
    expect((await repository.exportAll()).records.map((r) => r.key)).toEqual(['result/a']);
  });
});
