import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failingBackend } from '../../tests/unit/fakes.ts';
import { newDraft } from '../editor/document.ts';
import { memoryBackend } from './backend.ts';
import { draftKey, openDraftStore, toRecord } from './drafts.ts';
import { openRepository, Repository } from './repository.ts';

const draft = (id = 'd1', now = 1_000) => newDraft('scenario', { id, name: 'Hội thảo tháng 12', now });

describe('drafts in the repository’s record store', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('without IndexedDB, are kept for the session, seen by a store opened later, and exported', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const repository = await openRepository();
    const store = openDraftStore(repository);
    store.save(draft());
    await store.settled();
    expect(store.kind).toBe('memory');
    // The editor's route opens its store afresh each time: the draft is still there.
    expect((await openDraftStore(repository).list()).map((d) => d.id)).toEqual(['d1']);
    expect((await repository.exportAll()).records).toEqual([{ key: draftKey('d1'), value: toRecord(draft()) }]);
  });

  it('after a failed write, fall back with everything else, said once in the app’s notices', async () => {
    const backend = failingBackend(memoryBackend([['draft/before', toRecord(draft('before'))]]));
    const repository = new Repository(backend);
    const store = openDraftStore(repository);
    store.save(draft('after'));
    await store.settled();
    expect(repository.kind).toBe('memory');
    expect(repository.notices).toMatchObject([{ code: 'storage-failed' }]);
    expect(store.notices).toBe(repository.notices);
    expect((await repository.exportAll()).records.map((r) => r.key).sort()).toEqual(['draft/after', 'draft/before']);
  });

  it('go with "delete everything"', async () => {
    const repository = new Repository(memoryBackend());
    const store = openDraftStore(repository);
    store.save(draft());
    await store.settled();
    await repository.reset();
    expect(await store.list()).toEqual([]);
  });

  it('one that cannot be read is set aside with a notice naming it, and the others are listed', async () => {
    const backend = memoryBackend([
      ['draft/good', toRecord(draft('good'))],
      ['draft/broken', { v: 1, kind: 'draft', id: 'broken', name: 'x', startedAs: 'scenario', createdAt: 1, updatedAt: 2, pack: 'not a pack' }],
    ]);
    const repository = new Repository(backend);
    expect((await openDraftStore(repository).list()).map((d) => d.id)).toEqual(['good']);
    expect(repository.notices).toMatchObject([{ code: 'corrupt-record', key: 'draft/broken' }]);
    const keys = (await backend.entries('')).map(([key]) => key);
    expect(keys).not.toContain('draft/broken');
    expect(keys.some((k) => k.startsWith('quarantine/') && k.endsWith('/draft/broken'))).toBe(true);
  });
});

