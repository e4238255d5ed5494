import { describe, expect, it } from 'vitest';
import { makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { memoryBackend, type Backend } from './backend.ts';
import { Journal, JOURNAL_LIMITS, JOURNAL_PREFIX, type JournalStorage } from './journal.ts';
import { Repository } from './repository.ts';

// Issue 15 §4: the last step survives a reload. A session's step is noted synchronously
// in localStorage before its IndexedDB write, and replayed on start when that write
// never committed.

/** localStorage as a Map. */
function fakeStorage(initial: Record<string, string> = {}): JournalStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** IndexedDB (kind-wise) whose writes never complete: the page goes away before they commit. */
const neverCommits = (inner: Backend): Backend => ({ ...inner, kind: 'indexeddb', apply: () => new Promise<void>(() => {}) });
const asIndexedDb = (inner: Backend): Backend => ({ ...inner, kind: 'indexeddb' });

const run = (updatedAt: number, answers = 1) => makeRunRecord({ updatedAt, snapshot: { ...makeRunRecord().snapshot, context: { ...makeRunRecord().snapshot.context, answers: Array.from({ length: answers }, () => makeRunRecord().snapshot.context.answers[0]!) } } });

describe('a journaled step', () => {
  it('is noted before the write starts, and the note is dropped once the write commits', async () => {
    const storage = fakeStorage();
    const backend = asIndexedDb(memoryBackend());
    const repository = new Repository(backend, [], () => 7, new Journal(storage));
    const save = repository.journaled('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(3_000) }]);
    expect(JSON.parse(storage.map.get(`${JOURNAL_PREFIX}run/coffee-chat`)!)).toMatchObject({ slot: 'run/coffee-chat', at: 7, ops: [{ set: 'run/coffee-chat' }] });
    expect(await backend.get('run/coffee-chat')).toBeUndefined();
    await save();
    expect(await backend.get('run/coffee-chat')).toEqual(run(3_000));
    expect(storage.map.size).toBe(0);
  });

  it("an older step's commit leaves the newer step's note", async () => {
    const storage = fakeStorage();
    const repository = new Repository(asIndexedDb(memoryBackend()), [], () => 7, new Journal(storage));
    const first = repository.journaled('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(3_000) }]);
    repository.journaled('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(4_000, 2) }]);
    await first();
    expect(storage.map.size).toBe(1);
  });

  it('is not noted when it is past the size limit, and an older note of the slot is dropped', () => {
    const storage = fakeStorage();
    const journal = new Journal(storage);
    journal.write('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(3_000) }], 1);
    expect(journal.write('run/coffee-chat', [{ set: 'run/coffee-chat', value: 'x'.repeat(JOURNAL_LIMITS.entryChars) }], 2)).toBeUndefined();
    expect(storage.map.size).toBe(0);
  });

  it('is not noted when localStorage is full; the save still goes ahead', async () => {
    const storage = { ...fakeStorage(), setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    const backend = asIndexedDb(memoryBackend());
    const repository = new Repository(backend, [], () => 7, new Journal(storage));
    await repository.journaled('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(3_000) }])();
    expect(await backend.get('run/coffee-chat')).toEqual(run(3_000));
  });
});

describe('replayed on start', () => {
  /** A step journaled on a page whose write never committed; then the page reloads over the same storage. */
  async function reloadAfter(stored: [string, unknown][], ops: Parameters<Repository['journaled']>[1], at = 7) {
    const storage = fakeStorage();
    const backend = memoryBackend(stored);
    void new Repository(neverCommits(backend), [], () => at, new Journal(storage)).journaled('run/coffee-chat', ops)();
    const reloaded = new Repository(asIndexedDb(backend), [], () => 9_000, new Journal(storage));
    await reloaded.replayJournal();
    return { backend, storage, reloaded };
  }

  it('writes a step that IndexedDB lost', async () => {
    const { reloaded, storage } = await reloadAfter([['run/coffee-chat', run(2_000, 1)]], [{ set: 'run/coffee-chat', value: run(3_000, 2) }]);
    expect((await reloaded.loadRun('coffee-chat'))?.snapshot.context.answers).toHaveLength(2);
    expect(storage.map.size).toBe(0);
    expect(reloaded.notices).toEqual([]);
  });

  it('writes the first step of a run IndexedDB never held', async () => {
    const { reloaded } = await reloadAfter([], [{ set: 'run/coffee-chat', value: run(3_000, 1) }]);
    expect((await reloaded.loadRun('coffee-chat'))?.updatedAt).toBe(3_000);
  });

  it('leaves a newer stored step alone', async () => {
    const { reloaded, storage } = await reloadAfter([['run/coffee-chat', run(5_000, 3)]], [{ set: 'run/coffee-chat', value: run(3_000, 2) }]);
    expect((await reloaded.loadRun('coffee-chat'))?.updatedAt).toBe(5_000);
    expect(storage.map.size).toBe(0);
  });

  it("finishes a run whose last step was lost: the result is stored and the run removed, with the start summary in step", async () => {
    const { reloaded } = await reloadAfter([['run/coffee-chat', run(2_000, 1)]], [{ set: 'result/r9', value: makeResultRecord({ id: 'r9' }) }, { del: 'run/coffee-chat' }], 2_500);
    expect(await reloaded.loadRun('coffee-chat')).toBeUndefined();
    expect(await reloaded.getResult('r9')).toEqual(makeResultRecord({ id: 'r9' }));
    expect((await reloaded.startSummary()).results.map((r) => r.id)).toEqual(['r9']);
  });

  it.each([
    ['not JSON', '{oops'],
    ['not an entry', JSON.stringify({ hello: 1 })],
    ['a record that fails its schema', JSON.stringify({ slot: 'run/coffee-chat', token: 't', at: 1, ops: [{ set: 'run/coffee-chat', value: { v: 1, kind: 'run' } }] })],
    ['a record under another key', JSON.stringify({ slot: 'run/coffee-chat', token: 't', at: 1, ops: [{ set: 'run/other', value: run(3_000) }] })],
  ])('one that is %s is set aside with a notice, and loading goes on', async (_, text) => {
    const storage = fakeStorage({ [`${JOURNAL_PREFIX}run/coffee-chat`]: text });
    const backend = asIndexedDb(memoryBackend([['run/coffee-chat', run(2_000)]]));
    const repository = new Repository(backend, [], () => 9_000, new Journal(storage));
    await repository.replayJournal();
    expect(repository.notices).toEqual([{ code: 'corrupt-record', key: 'journal/run/coffee-chat', detail: expect.any(String) }]);
    expect((await repository.loadRun('coffee-chat'))?.updatedAt).toBe(2_000);
    expect(storage.map.size).toBe(0);
    expect([...(await backend.keys('quarantine/'))]).toEqual(['quarantine/9000/journal/run/coffee-chat']);
  });
});

it('a step whose write failed is kept in memory only, as the notice says: its note is dropped, not replayed', async () => {
  const fake = fakeStorage();
  const full: Backend = { ...memoryBackend(), kind: 'indexeddb', apply: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
  const repository = new Repository(full, [], () => 7, new Journal(fake));
  await repository.journaled('run/coffee-chat', [{ set: 'run/coffee-chat', value: run(3_000) }])();
  expect(repository.kind).toBe('memory');
  expect(fake.map.size).toBe(0);
});
