import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failingBackend, makePracticeRecord } from '../../tests/unit/fakes.ts';
import { memoryBackend, type Backend } from './backend.ts';
import { openPracticeStore, PracticeStore } from './question-practice.ts';
import { openRepository, Repository } from './repository.ts';
import { RecordStore } from './store.ts';
import { parseImport } from './transfer.ts';

const practice = makePracticeRecord;

const storeOver = (backend: Backend = memoryBackend()) => {
  const records = new RecordStore(backend, [], () => 7);
  return { store: new PracticeStore(records), records, backend };
};

describe('practice records', () => {
  it('are saved under practice/<id> and listed newest first', async () => {
    const { store, backend } = storeOver();
    await store.save(practice({ id: 'old', finishedAt: 10 }));
    await store.save(practice({ id: 'new', finishedAt: 20, metrics: { words: 6, seconds: 3, wordsPerMinute: 120, fillers: [{ phrase: 'ừm', count: 1 }], fillerTotal: 1 } }));
    expect((await backend.entries()).map(([k]) => k).sort()).toEqual(['practice/new', 'practice/old']);
    expect((await store.list()).map((p) => p.id)).toEqual(['new', 'old']);
  });

  it('are removed one by one', async () => {
    const { store } = storeOver();
    await store.save(practice({ id: 'a' }));
    await store.save(practice({ id: 'b' }));
    await store.remove('a');
    expect((await store.list()).map((p) => p.id)).toEqual(['b']);
  });

  it('refuse to save a record out of bounds', async () => {
    const { store, backend } = storeOver();
    await expect(store.save(practice({ finishedAt: Infinity }))).rejects.toThrow();
    expect(await backend.entries()).toEqual([]);
  });

  it.each([
    ['a date past 2200', { finishedAt: 1e300 }],
    ['a level of 6', { placed: 6 }],
    ['a negative rate', { metrics: { words: 1, seconds: 1, wordsPerMinute: -5, fillers: [], fillerTotal: 0 } }],
    ['another kind', { kind: 'result' }],
  ])('with %s are set aside on read, kept under quarantine/, and said', async (_, damage) => {
    const backend = memoryBackend([
      ['practice/good', practice({ id: 'good' })],
      ['practice/bad', { ...practice({ id: 'bad' }), ...damage }],
    ]);
    const { store, records } = storeOver(backend);
    expect((await store.list()).map((p) => p.id)).toEqual(['good']);
    expect(records.notices).toMatchObject([{ code: 'corrupt-record', key: 'practice/bad' }]);
    expect((await backend.entries()).map(([k]) => k).sort()).toEqual(['practice/good', 'quarantine/7/practice/bad']);
  });

  it('under another record’s key are set aside', async () => {
    const { store, records } = storeOver(memoryBackend([['practice/x', practice({ id: 'y' })]]));
    expect(await store.list()).toEqual([]);
    expect(records.notices).toMatchObject([{ code: 'corrupt-record', key: 'practice/x', detail: 'expected practice/y' }]);
  });

  it('are kept in memory for the session when the disk is full, and that is said', async () => {
    const { store, records } = storeOver(failingBackend(memoryBackend()));
    await store.save(practice());
    expect(records.notices).toMatchObject([{ code: 'storage-failed' }]);
    expect((await store.list()).map((p) => p.id)).toEqual(['p1']);
  });
});

describe('practice records in the data file', () => {
  it('go out with an export and come back in through an import', async () => {
    const from = memoryBackend();
    await storeOver(from).store.save(practice());
    const file = await new Repository(from).exportAll();
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed).toMatchObject({ ok: true });

    const to = memoryBackend();
    const repository = new Repository(to);
    expect(await repository.importParsed(parsed)).toMatchObject({ ok: true, added: 1 });
    expect((await storeOver(to).store.list()).map((p) => p.id)).toEqual(['p1']);
  });

  it('are refused on import when damaged, naming the record', () => {
    const text = JSON.stringify({ format: 'interview-roleplay/data', v: 1, exportedAt: 1, records: [{ key: 'practice/p1', value: { ...practice(), placed: 0 } }] });
    expect(parseImport(text)).toMatchObject({ ok: false, problems: [{ code: 'damaged-record', key: 'practice/p1' }] });
  });

  it('go with "delete everything"', async () => {
    const backend = memoryBackend();
    await storeOver(backend).store.save(practice());
    await new Repository(backend).reset();
    expect(await storeOver(backend).store.list()).toEqual([]);
  });
});

describe('practice records without IndexedDB', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are kept in the repository’s memory and go out with the export', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repository = await openRepository();
    expect(repository.kind).toBe('memory');
    await openPracticeStore(repository).save(practice());
    // Another screen's store sees it, and so does the export.
    expect((await openPracticeStore(repository).list()).map((p) => p.id)).toEqual(['p1']);
    expect((await repository.exportAll()).records.map((r) => r.key)).toEqual(['practice/p1']);
  });

  it('after a failed write, are in memory with everything else, said once, and exported', async () => {
    const backend = failingBackend(memoryBackend([['practice/before', practice({ id: 'before' })]]));
    const repository = new Repository(backend);
    await openPracticeStore(repository).save(practice({ id: 'after' }));
    expect(repository.kind).toBe('memory');
    expect(repository.notices).toMatchObject([{ code: 'storage-failed' }]);
    expect((await repository.exportAll()).records.map((r) => r.key).sort()).toEqual(['practice/after', 'practice/before']);
  });
});
