import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbRecordingBackend, Recordings, type RecordingBackend } from './recordings.ts';
import { createStore } from 'idb-keyval';

/** A Map that clones nothing (Blobs are kept as they are), and fails its next write on request. */
function mapBackend() {
  const map = new Map<string, unknown>();
  let failNext: Error | undefined;
  const backend: RecordingBackend = {
    get: async (k) => map.get(k),
    set: async (k, v) => {
      if (failNext) {
        const error = failNext;
        failNext = undefined;
        throw error;
      }
      map.set(k, v);
    },
    del: async (k) => void map.delete(k),
    entries: async () => [...map],
    clear: async () => map.clear(),
  };
  return { map, backend, failWith: (e: Error) => (failNext = e) };
}

const audio = (bytes: number) => new Blob([new Uint8Array(bytes)], { type: 'audio/webm;codecs=opus' });

describe('Recordings', () => {
  it('keeps a recording by owner and id, with its size, type, duration and date', async () => {
    const store = new Recordings(mapBackend().backend);
    const saved = await store.save('run/s08/first', 'r1', audio(300), 3012.4, 1000);
    expect(saved).toEqual({ ok: true, meta: { owner: 'run/s08/first', id: 'r1', size: 300, mimeType: 'audio/webm;codecs=opus', durationMs: 3012, createdAt: 1000 } });
    const got = await store.get('run/s08/first', 'r1');
    expect(got?.blob.size).toBe(300);
  });

  it('lists newest first, by owner, and totals the size', async () => {
    const store = new Recordings(mapBackend().backend);
    await store.save('run/a/n1', 'r1', audio(100), 1000, 1);
    await store.save('practice/q1', 'r2', audio(250), 1000, 2);
    await store.save('run/a/n1', 'r3', audio(50), 1000, 3);
    expect((await store.list()).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
    expect((await store.list('run/a/n1')).map((r) => r.id)).toEqual(['r3', 'r1']);
    expect(await store.totalSize()).toBe(400);
  });

  it('deletes one, then all, telling listeners each time', async () => {
    const store = new Recordings(mapBackend().backend);
    let changes = 0;
    store.subscribe(() => changes++);
    await store.save('o', 'r1', audio(10), 1, 1);
    await store.save('o', 'r2', audio(20), 1, 2);
    await store.delete('o', 'r1');
    expect(await store.totalSize()).toBe(20);
    await store.deleteAll();
    expect(await store.list()).toEqual([]);
    expect(changes).toBe(4);
  });

  it('says the disk is full and keeps every other recording', async () => {
    const { backend, failWith, map } = mapBackend();
    const store = new Recordings(backend);
    await store.save('o', 'r1', audio(10), 1, 1);
    const before = [...map];
    failWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await store.save('o', 'r2', audio(10), 1, 2)).toEqual({ ok: false, reason: 'full' });
    expect([...map]).toEqual(before);
  });

  it('reports another write failure as failed, and no IndexedDB as unavailable', async () => {
    const { backend, failWith } = mapBackend();
    failWith(new Error('disk gone'));
    expect(await new Recordings(backend).save('o', 'r', audio(1), 1, 1)).toEqual({ ok: false, reason: 'failed' });
    const none = new Recordings(null);
    expect(await none.save('o', 'r', audio(1), 1, 1)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await none.list()).toEqual([]);
  });

  it('leaves out what is not a recording', async () => {
    const { backend, map } = mapBackend();
    map.set('o#bad', { v: 1, owner: 'o' });
    const store = new Recordings(backend);
    await store.save('o', 'good', audio(5), 1, 1);
    expect((await store.list()).map((r) => r.id)).toEqual(['good']);
    expect(await store.get('o', 'bad')).toBeUndefined();
  });

  it('uses a database of its own in IndexedDB', async () => {
    const store = new Recordings(idbRecordingBackend(createStore('recordings-test', 'recordings')));
    await store.save('practice/q', 'r1', audio(0), 2000, 5);
    expect(await store.list()).toEqual([{ owner: 'practice/q', id: 'r1', size: 0, mimeType: 'audio/webm;codecs=opus', durationMs: 2000, createdAt: 5 }]);
    await store.deleteAll();
    expect(await store.totalSize()).toBe(0);
  });
});
