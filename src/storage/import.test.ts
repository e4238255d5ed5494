import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { idbBackend, type Backend } from './backend.ts';
import { Repository } from './repository.ts';
import { EXPORT_FORMAT } from './transfer.ts';

// Issue 15 §4 and issue 14: a data import is all or nothing, and reads only what the merge needs.

let dbCount = 0;
const exportOf = (records: [string, unknown][]) => JSON.stringify({ format: EXPORT_FORMAT, v: 1, exportedAt: 1, records: records.map(([key, value]) => ({ key, value })) });

async function stocked(): Promise<Backend> {
  const backend = idbBackend(createStore(`import-test-${++dbCount}`, 'records'));
  await backend.set('result/before', makeResultRecord({ id: 'before', finishedAt: 1 }));
  await backend.set('run/coffee-chat', makeRunRecord({ updatedAt: 1_500 }));
  return backend;
}

const incoming = Array.from({ length: 40 }, (_, i): [string, unknown] => [`result/in${i}`, makeResultRecord({ id: `in${i}`, finishedAt: 10 + i })]);

/** From the `nth` put on, the transaction aborts as on a full disk: the put's request is made, then the whole transaction is undone. */
function failPutsFrom(nth: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = put.apply(this, args);
    if (++calls >= nth) this.transaction.abort();
    return request;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a data import that fails half way', () => {
  it('leaves IndexedDB byte for byte as it was', async () => {
    const backend = await stocked();
    const before = JSON.stringify(await backend.entries());
    const repository = new Repository(backend, [], () => 5_000);
    failPutsFrom(20);
    await repository.importFile(exportOf([...incoming, ['run/coffee-chat', makeRunRecord({ updatedAt: 9_000 })]]), 'data.json');
    vi.restoreAllMocks();
    expect(JSON.stringify(await backend.entries())).toBe(before);
  });

  it('says storage failed, and the session goes on in memory holding the import', async () => {
    const backend = await stocked();
    const repository = new Repository(backend, [], () => 5_000);
    failPutsFrom(20);
    const outcome = await repository.importFile(exportOf(incoming), 'data.json');
    vi.restoreAllMocks();
    expect(outcome).toMatchObject({ ok: true, added: 40 });
    expect(repository.kind).toBe('memory');
    expect(repository.notices).toEqual([{ code: 'storage-failed', detail: expect.any(String) }]);
    expect(await repository.listResults()).toHaveLength(41);
  });

  it('a value that cannot be stored undoes the writes before it', async () => {
    const backend = await stocked();
    const before = JSON.stringify(await backend.entries());
    await expect(backend.apply([{ set: 'result/a', value: 1 }, { set: 'result/b', value: () => 1 }])).rejects.toThrow();
    expect(JSON.stringify(await backend.entries())).toBe(before);
  });
});

describe('a data import reads only what the merge needs', () => {
  it('no stored finished run is read, and nothing is read whole', async () => {
    const backend = await stocked();
    for (let i = 0; i < 30; i++) await backend.set(`result/old${i}`, makeResultRecord({ id: `old${i}` }));
    const read: string[] = [];
    const spied: Backend = {
      ...backend,
      entries: () => Promise.reject(new Error('read whole')),
      getMany: (keys) => (read.push(...keys), backend.getMany(keys)),
      get: (key) => (read.push(key), backend.get(key)),
    };
    const repository = new Repository(spied, [], () => 5_000);
    const outcome = await repository.importFile(exportOf([...incoming, ['run/coffee-chat', makeRunRecord({ updatedAt: 9_000 })]]), 'data.json');
    expect(outcome).toMatchObject({ ok: true, added: 41 });
    expect(read.filter((k) => k !== 'meta/start-summary')).toEqual(['run/coffee-chat']);
    expect(repository.notices).toEqual([]);
  });

  it('writes in one transaction', async () => {
    const backend = await stocked();
    const applied: number[] = [];
    const spied: Backend = { ...backend, set: () => Promise.reject(new Error('one by one')), apply: (ops) => (applied.push(ops.length), backend.apply(ops)) };
    const repository = new Repository(spied, [], () => 5_000);
    await repository.importFile(exportOf(incoming), 'data.json');
    expect(applied).toEqual([40]);
    expect((await backend.keys('result/')).length).toBe(41);
  });
});
