import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failingBackend, makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { migrate } from './migrations.ts';
import type { StorageNotice } from './notices.ts';
import { RECORD_VERSION } from './records.ts';
import { startOpening } from './database.ts';
import { openRepository, Repository } from './repository.ts';

const NOW = 5_000;
let dbCount = 0;

/** Each test gets a store of its own: a fresh fake IndexedDB database, or a fresh map. */
const backends: [string, () => Backend][] = [
  ['memory', () => memoryBackend()],
  ['indexeddb', () => idbBackend(createStore(`repository-test-${++dbCount}`, 'records'))],
];

const repositoryOver = (backend: Backend) => new Repository(backend, [], () => NOW);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(backends)('Repository over %s', (_, makeBackend) => {
  it('loads a saved run as it was saved', async () => {
    const repo = repositoryOver(makeBackend());
    await repo.saveRun(makeRunRecord());
    expect(await repo.loadRun('coffee-chat')).toEqual(makeRunRecord());
    expect(repo.notices).toEqual([]);
  });

  it('loads nothing, and says nothing, when no run is saved', async () => {
    const repo = repositoryOver(makeBackend());
    expect(await repo.loadRun('coffee-chat')).toBeUndefined();
    expect(repo.notices).toEqual([]);
  });

  it('keeps one run per scenario, the latest save winning', async () => {
    const repo = repositoryOver(makeBackend());
    await repo.saveRun(makeRunRecord({ updatedAt: 2_000 }));
    await repo.saveRun(makeRunRecord({ updatedAt: 3_000 }));
    await repo.saveRun(makeRunRecord({ scenarioId: 'other' }));
    expect((await repo.loadRun('coffee-chat'))?.updatedAt).toBe(3_000);
    expect((await repo.listRuns()).map((r) => r.scenarioId).sort()).toEqual(['coffee-chat', 'other']);
  });

  it('clears a run', async () => {
    const repo = repositoryOver(makeBackend());
    await repo.saveRun(makeRunRecord());
    await repo.clearRun('coffee-chat');
    expect(await repo.loadRun('coffee-chat')).toBeUndefined();
  });

  it('loads a saved result by id', async () => {
    const repo = repositoryOver(makeBackend());
    await repo.saveResult(makeResultRecord({ id: 'r7' }));
    expect(await repo.getResult('r7')).toEqual(makeResultRecord({ id: 'r7' }));
  });

  it('reads back a finished run whose decision ran out of time (level 1 on no indicator)', async () => {
    const repository = repositoryOver(makeBackend());
    const timedOut = { nodeId: 'n1', optionId: '', difficulty: 3 as const, evidence: [{ competency: 's08', level: 1 as const, indicators: [] }], hinted: false, timedOut: true };
    await repository.saveResult(makeResultRecord({ id: 'timed', answers: [timedOut] }));
    expect((await repository.getResult('timed'))?.answers).toEqual([timedOut]);
    expect(repository.notices).toEqual([]);
  });

  it('lists results newest first, and nothing else', async () => {
    const repo = repositoryOver(makeBackend());
    await repo.saveResult(makeResultRecord({ id: 'middle', finishedAt: 2_000 }));
    await repo.saveResult(makeResultRecord({ id: 'newest', finishedAt: 3_000 }));
    await repo.saveResult(makeResultRecord({ id: 'oldest', finishedAt: 1_000 }));
    await repo.saveRun(makeRunRecord());
    expect((await repo.listResults()).map((r) => r.id)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('sets a run aside under quarantine/, keeping it, and says why', async () => {
    const backend = makeBackend();
    const repo = repositoryOver(backend);
    const notice: StorageNotice = { code: 'content-changed', contentId: 'coffee-chat' };
    await repo.saveRun(makeRunRecord());
    await repo.setAside('run/coffee-chat', makeRunRecord(), notice);
    expect(await backend.get('quarantine/5000/run/coffee-chat')).toEqual(makeRunRecord());
    expect(await backend.get('run/coffee-chat')).toBeUndefined();
    expect(repo.notices).toEqual([notice]);
  });

  const run = makeRunRecord();
  const { v: _v, ...unversioned } = run;

  describe('a corrupt run record', () => {
    it.each<[string, unknown, string]>([
      ['not an object', 'just some text', 'not an object'],
      ['null', null, 'not an object'],
      ['an array', [run], 'not an object'],
      ['without a version', unversioned, 'no version number'],
      ['at version 0', { ...run, v: 0 }, 'version 0 was never written by this app (the first is v1)'],
      ['with a version that is not a number', { ...run, v: '1' }, 'no version number'],
      ['from a newer app (v: 99)', { ...run, v: 99 }, 'written by a newer version of the app (v99)'],
      ['whose answers are not an array', { ...run, snapshot: { ...run.snapshot, context: { answers: 'b', hintsShown: [] } } }, 'snapshot.context.answers'],
      ['whose kind is wrong', { ...run, kind: 'result' }, 'kind'],
      ['whose snapshot has no value', { ...run, snapshot: { ...run.snapshot, value: undefined } }, 'snapshot.value'],
    ])('%s is moved to quarantine with its raw value, named in a notice', async (_, raw, detail) => {
      const backend = makeBackend();
      await backend.set('run/coffee-chat', raw);
      const repo = repositoryOver(backend);

      expect(await repo.loadRun('coffee-chat')).toBeUndefined();
      expect(await backend.get('quarantine/5000/run/coffee-chat')).toEqual(raw);
      expect(await backend.get('run/coffee-chat')).toBeUndefined();
      expect(repo.notices).toEqual([{ code: 'corrupt-record', key: 'run/coffee-chat', detail: expect.stringContaining(detail) }]);
    });

    it('leaves the other records untouched', async () => {
      const backend = makeBackend();
      await backend.set('run/coffee-chat', { ...run, v: 99 });
      await backend.set('run/other', makeRunRecord({ scenarioId: 'other' }));
      await backend.set('result/r1', makeResultRecord({ id: 'r1' }));
      const repo = repositoryOver(backend);

      await repo.loadRun('coffee-chat');
      expect(await backend.get('run/other')).toEqual(makeRunRecord({ scenarioId: 'other' }));
      expect(await repo.loadRun('other')).toEqual(makeRunRecord({ scenarioId: 'other' }));
      expect(await repo.listResults()).toEqual([makeResultRecord({ id: 'r1' })]);
      expect((await backend.entries()).map(([k]) => k).sort()).toEqual(['quarantine/5000/run/coffee-chat', 'result/r1', 'run/other']);
    });

    it('is quarantined once: the next load finds nothing and adds no notice', async () => {
      const backend = makeBackend();
      await backend.set('run/coffee-chat', 'garbage');
      const repo = repositoryOver(backend);
      await repo.loadRun('coffee-chat');
      expect(await repo.loadRun('coffee-chat')).toBeUndefined();
      expect(repo.notices).toHaveLength(1);
    });
  });

  describe('a corrupt result record', () => {
    const bad = { ...makeResultRecord({ id: 'bad' }), answers: 'not a list' };

    it('is skipped by listResults, quarantined, and the good ones still listed', async () => {
      const backend = makeBackend();
      await backend.set('result/good', makeResultRecord({ id: 'good' }));
      await backend.set('result/bad', bad);
      const repo = repositoryOver(backend);

      expect((await repo.listResults()).map((r) => r.id)).toEqual(['good']);
      expect(await backend.get('quarantine/5000/result/bad')).toEqual(bad);
      expect(await backend.get('result/bad')).toBeUndefined();
      expect(repo.notices).toEqual([{ code: 'corrupt-record', key: 'result/bad', detail: expect.stringContaining('answers') }]);
    });

    it('is quarantined by getResult too', async () => {
      const backend = makeBackend();
      await backend.set('result/bad', bad);
      const repo = repositoryOver(backend);
      expect(await repo.getResult('bad')).toBeUndefined();
      expect(await backend.get('quarantine/5000/result/bad')).toEqual(bad);
    });

    it('with a level out of range is refused', async () => {
      const backend = makeBackend();
      await backend.set('result/bad', makeResultRecord({ id: 'bad', levels: { s08: 6 as never } }));
      const repo = repositoryOver(backend);
      expect(await repo.getResult('bad')).toBeUndefined();
      expect(repo.notices).toEqual([{ code: 'corrupt-record', key: 'result/bad', detail: expect.stringContaining('levels.s08') }]);
    });
  });
});

describe('a write that fails (storage full)', () => {
  /** IndexedDB (faked) holding one result, behind a wrapper whose writes throw QuotaExceededError. */
  async function fullDisk() {
    const inner = idbBackend(createStore(`repository-full-${++dbCount}`, 'records'));
    await inner.set('result/before', makeResultRecord({ id: 'before' }));
    await inner.set('run/coffee-chat', makeRunRecord({ updatedAt: 1_500 }));
    const backend = failingBackend(inner);
    return { inner, backend, repo: repositoryOver(backend) };
  }

  it('does not throw', async () => {
    const { repo } = await fullDisk();
    await expect(repo.saveResult(makeResultRecord({ id: 'after' }))).resolves.toBeUndefined();
  });

  it('adds a storage-failed notice naming the error', async () => {
    const { repo } = await fullDisk();
    await repo.saveResult(makeResultRecord({ id: 'after' }));
    expect(repo.notices).toEqual([{ code: 'storage-failed', detail: expect.stringContaining('QuotaExceededError') }]);
    expect(repo.notices[0]).toMatchObject({ detail: expect.stringContaining('The quota has been exceeded.') });
  });

  it('switches the repository to memory', async () => {
    const { repo } = await fullDisk();
    expect(repo.kind).toBe('indexeddb');
    await repo.saveResult(makeResultRecord({ id: 'after' }));
    expect(repo.kind).toBe('memory');
  });

  it('keeps the value just written readable', async () => {
    const { repo } = await fullDisk();
    await repo.saveResult(makeResultRecord({ id: 'after' }));
    expect(await repo.getResult('after')).toEqual(makeResultRecord({ id: 'after' }));
  });

  it('keeps what was stored before readable', async () => {
    const { repo } = await fullDisk();
    await repo.saveResult(makeResultRecord({ id: 'after', finishedAt: 9_000 }));
    expect((await repo.listResults()).map((r) => r.id)).toEqual(['after', 'before']);
    expect(await repo.loadRun('coffee-chat')).toEqual(makeRunRecord({ updatedAt: 1_500 }));
  });

  it('leaves the stored records as they were (nothing half written)', async () => {
    const { inner, repo } = await fullDisk();
    await repo.saveRun(makeRunRecord({ updatedAt: 9_000 }));
    await repo.clearRun('coffee-chat');
    expect((await inner.entries()).map(([k]) => k).sort()).toEqual(['result/before', 'run/coffee-chat']);
    expect(await inner.get('run/coffee-chat')).toEqual(makeRunRecord({ updatedAt: 1_500 }));
  });

  it('warns once: later writes go to memory without touching the full store again', async () => {
    const { backend, repo } = await fullDisk();
    await repo.saveResult(makeResultRecord({ id: 'one' }));
    await repo.saveResult(makeResultRecord({ id: 'two' }));
    await repo.saveRun(makeRunRecord());
    expect(repo.notices).toHaveLength(1);
    expect(backend.writes).toBe(1);
    expect(await repo.getResult('two')).toEqual(makeResultRecord({ id: 'two' }));
  });

  it('falls back on a failing delete as well', async () => {
    const { repo } = await fullDisk();
    await repo.clearRun('coffee-chat');
    expect(repo.kind).toBe('memory');
    expect(await repo.loadRun('coffee-chat')).toBeUndefined();
    expect(await repo.getResult('before')).toEqual(makeResultRecord({ id: 'before' }));
  });

  it('names a plain Error by its message', async () => {
    const backend = failingBackend(memoryBackend(), { error: () => new Error('disk on fire') });
    const repo = repositoryOver(backend);
    await repo.saveRun(makeRunRecord());
    expect(repo.notices).toEqual([{ code: 'storage-failed', detail: 'disk on fire' }]);
  });

  it('throws when memory itself fails, as there is nothing left to fall back to', async () => {
    const backend: Backend = { ...memoryBackend(), apply: () => Promise.reject(new Error('out of memory')) };
    const repo = repositoryOver(backend);
    await expect(repo.saveRun(makeRunRecord())).rejects.toThrow('out of memory');
  });
});

describe('notices', () => {
  const unavailable: StorageNotice = { code: 'unavailable', detail: 'x' };
  const changed: StorageNotice = { code: 'content-changed', contentId: 'coffee-chat' };

  it('tells subscribers when a notice is added and when one is dismissed', () => {
    const repo = repositoryOver(memoryBackend());
    const listener = vi.fn();
    repo.subscribe(listener);
    repo.notify(unavailable);
    repo.notify(changed);
    repo.dismiss(unavailable);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(repo.notices).toEqual([changed]);
  });

  it('stops telling a subscriber once it unsubscribes', () => {
    const repo = repositoryOver(memoryBackend());
    const listener = vi.fn();
    const unsubscribe = repo.subscribe(listener);
    unsubscribe();
    repo.notify(unavailable);
    expect(listener).not.toHaveBeenCalled();
  });

  it('does not mutate the notices list a caller already holds', () => {
    const repo = repositoryOver(memoryBackend());
    const before = repo.notices;
    repo.notify(unavailable);
    expect(before).toEqual([]);
  });
});

describe('openRepository', () => {
  it('uses IndexedDB when it is there', async () => {
    const repo = await openRepository();
    expect(repo.kind).toBe('indexeddb');
    expect(repo.notices).toEqual([]);
  });

  it('takes the database the entry started opening, or memory when that open failed', async () => {
    const opened = await openRepository(startOpening());
    expect(opened.kind).toBe('indexeddb');
    const refused = Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    const failed = await openRepository({ store: () => refused, probe: refused });
    expect(failed.kind).toBe('memory');
    expect(failed.notices).toEqual([{ code: 'unavailable', detail: 'SecurityError: The operation is insecure.' }]);
  });

  it('falls back to memory with an unavailable notice when there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = await openRepository();
    expect(repo.kind).toBe('memory');
    expect(repo.notices).toEqual([{ code: 'unavailable', detail: 'IndexedDB is not available in this browser' }]);
  });

  it('without IndexedDB, still keeps what is written for the session', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repo = await openRepository();
    await repo.saveRun(makeRunRecord());
    expect(await repo.loadRun('coffee-chat')).toEqual(makeRunRecord());
  });

  it.each([
    [
      'open throws (a blocked or disabled IndexedDB)',
      () => ({ open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } }),
      'SecurityError',
    ],
    [
      'open fails asynchronously (private mode)',
      () => ({
        open: () => {
          const request: Record<string, unknown> = { error: new DOMException('A mutation operation was attempted.', 'InvalidStateError') };
          setTimeout(() => (request.onerror as () => void)());
          return request;
        },
      }),
      'InvalidStateError',
    ],
  ])('falls back to memory with an unavailable notice when %s', async (_, fakeIndexedDB, name) => {
    vi.stubGlobal('indexedDB', fakeIndexedDB());
    const repo = await openRepository();
    expect(repo.kind).toBe('memory');
    expect(repo.notices).toEqual([{ code: 'unavailable', detail: expect.stringContaining(name) }]);
  });
});

describe('migrate', () => {
  it(`passes a record at the current version (v${RECORD_VERSION}) through unchanged`, () => {
    const record = makeRunRecord();
    expect(migrate(record)).toEqual({ ok: true, record });
  });

  it.each<[string, unknown, string]>([
    ['a newer version', { v: 99, kind: 'run' }, 'written by a newer version of the app (v99)'],
    ['the next version', { v: RECORD_VERSION + 1 }, `written by a newer version of the app (v${RECORD_VERSION + 1})`],
    ['no version', { kind: 'run' }, 'no version number'],
    ['a version as text', { v: '1' }, 'no version number'],
    ['a fractional version', { v: 1.5 }, 'no version number'],
    ['version 0', { v: 0 }, 'version 0 was never written by this app (the first is v1)'],
    ['a negative version', { v: -1 }, 'version -1 was never written by this app (the first is v1)'],
    ['a string', 'v1', 'not an object'],
    ['null', null, 'not an object'],
    ['an array', [{ v: 1 }], 'not an object'],
  ])('refuses %s, saying why', (_, raw, reason) => {
    expect(migrate(raw)).toEqual({ ok: false, reason });
  });
});
