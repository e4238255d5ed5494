import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { makeAnswer, makePracticeRecord, makeResultRecord, makeRunRecord } from '../../tests/unit/fakes.ts';
import { memoryBackend } from './backend.ts';
import { PracticeStore } from './question-practice.ts';
import { deletePractice, deleteRun, discardRun, recordingsOfRun } from './recording-owners.ts';
import { idbRecordingBackend, Recordings, type RecordingBackend, type RecordingMeta } from './recordings.ts';
import { Repository } from './repository.ts';
import { RecordStore } from './store.ts';

let dbs = 0;
/** The recordings' own IndexedDB database (fake-indexeddb), a fresh one per test. */
const idbRecordings = (wrap: (b: RecordingBackend) => RecordingBackend = (b) => b) =>
  new Recordings(wrap(idbRecordingBackend(createStore(`recordings-owners-${++dbs}`, 'recordings'))));

const audio = () => new Blob([new Uint8Array(64)], { type: 'audio/webm;codecs=opus' });

const meta = (owner: string, id: string, createdAt: number): RecordingMeta => ({ owner, id, size: 1, mimeType: 'audio/webm', durationMs: 3_000, createdAt });

const practice = (id: string) => makePracticeRecord({ id, recording: 'r1' });

/** A run of coffee-chat from 1,000 to 2,000 ms that answered aloud at `open` (recording r1). */
const run = makeResultRecord({
  id: 'run-1',
  answers: [makeAnswer({ nodeId: 'open', own: { text: 'I would ask', indicators: [], recording: { id: 'r1', durationMs: 3_000 } } }), makeAnswer({ nodeId: 'follow' })],
});

describe('recordingsOfRun', () => {
  it.each<[string, RecordingMeta, boolean]>([
    ['named by an answer, whenever kept', meta('run/coffee-chat/open', 'r1', 99_999), true],
    ['kept at one of its decisions while it ran (a take not sent)', meta('run/coffee-chat/follow', 'r2', 1_500), true],
    ['kept at one of its decisions before it started (another run)', meta('run/coffee-chat/open', 'r3', 999), false],
    ['kept at one of its decisions after it finished (another run)', meta('run/coffee-chat/open', 'r4', 2_001), false],
    ['kept at a decision it did not answer', meta('run/coffee-chat/route', 'r5', 1_500), false],
    ['of another scenario', meta('run/other/open', 'r1', 1_500), false],
    ['of a question practice', meta('practice/p1', 'r1', 1_500), false],
  ])('takes a recording %s: %s', (_, recording, taken) => {
    expect(recordingsOfRun(run, [recording])).toEqual(taken ? [recording] : []);
  });
});

describe('deleting a record with its recordings', () => {
  it('a question practice takes its recordings with it, and only those', async () => {
    const practices = new PracticeStore(new RecordStore(memoryBackend(), [], Date.now));
    await practices.save(practice('p1'));
    await practices.save(practice('p2'));
    const recordings = idbRecordings();
    await recordings.save('practice/p1', 'r1', audio(), 3_000, 1);
    await recordings.save('practice/p1', 'r0', audio(), 3_000, 2);
    await recordings.save('practice/p2', 'r1', audio(), 3_000, 3);

    expect(await deletePractice(practices, recordings, 'p1')).toBeUndefined();
    expect((await practices.list()).map((p) => p.id)).toEqual(['p2']);
    expect((await recordings.list()).map((r) => `${r.owner}#${r.id}`)).toEqual(['practice/p2#r1']);
  });

  it('a finished run takes its recordings with it, and not another run’s', async () => {
    const repository = new Repository(memoryBackend());
    await repository.saveResult(run);
    const recordings = idbRecordings();
    await recordings.save('run/coffee-chat/open', 'r1', audio(), 3_000, 1_200);
    await recordings.save('run/coffee-chat/open', 'later', audio(), 3_000, 5_000);

    expect(await deleteRun(repository, recordings, run)).toBeUndefined();
    expect(await repository.listResults()).toEqual([]);
    expect((await recordings.list()).map((r) => r.id)).toEqual(['later']);
  });

  it('a recording that cannot be deleted does not stop the deletion, and is reported', async () => {
    const practices = new PracticeStore(new RecordStore(memoryBackend(), [], Date.now));
    await practices.save(practice('p1'));
    const recordings = idbRecordings((b) => ({ ...b, del: () => Promise.reject(new DOMException('The disk is busy.', 'UnknownError')) }));
    await recordings.save('practice/p1', 'r1', audio(), 3_000, 1);

    expect(await deletePractice(practices, recordings, 'p1')).toEqual({ detail: 'UnknownError: The disk is busy.' });
    expect(await practices.list()).toEqual([]);
    // Still listed, to be deleted by hand.
    expect((await recordings.list()).map((r) => r.id)).toEqual(['r1']);
  });

  it('recordings that cannot even be listed are reported; the run is deleted', async () => {
    const repository = new Repository(memoryBackend());
    await repository.saveResult(run);
    const recordings = idbRecordings((b) => ({ ...b, entries: () => Promise.reject(new Error('unreadable')) }));
    expect(await deleteRun(repository, recordings, run)).toEqual({ detail: 'unreadable' });
    expect(await repository.listResults()).toEqual([]);
  });

  it('without IndexedDB there are no recordings, and nothing to report', async () => {
    const practices = new PracticeStore(new RecordStore(memoryBackend(), [], Date.now));
    await practices.save(practice('p1'));
    expect(await deletePractice(practices, new Recordings(null), 'p1')).toBeUndefined();
    expect(await practices.list()).toEqual([]);
  });
});

describe('discarding an unfinished run (start over, play again)', () => {
  it('takes the takes recorded since it started, and leaves a finished run’s and another scenario’s', async () => {
    const repository = new Repository(memoryBackend());
    await repository.saveResult(run);
    // Started at 3,000, after the finished run (1,000 to 2,000).
    await repository.saveRun(makeRunRecord({ startedAt: 3_000, updatedAt: 4_000 }));
    const recordings = idbRecordings();
    await recordings.save('run/coffee-chat/open', 'r1', audio(), 3_000, 1_200);
    await recordings.save('run/coffee-chat/open', 'now-open', audio(), 3_000, 3_100);
    await recordings.save('run/coffee-chat/follow', 'now-follow', audio(), 3_000, 3_900);
    await recordings.save('run/other/open', 'other', audio(), 3_000, 3_500);
    await recordings.save('practice/p1', 'mine', audio(), 3_000, 3_500);

    expect(await discardRun(repository, recordings, 'coffee-chat')).toBeUndefined();
    expect(await repository.loadRun('coffee-chat')).toBeUndefined();
    expect(await repository.listResults()).toHaveLength(1);
    expect((await recordings.list()).map((r) => r.id).sort()).toEqual(['mine', 'other', 'r1']);
  });

  it('with no unfinished run, deletes no recording', async () => {
    const recordings = idbRecordings();
    await recordings.save('run/coffee-chat/open', 'r1', audio(), 3_000, 99_000);
    expect(await discardRun(new Repository(memoryBackend()), recordings, 'coffee-chat')).toBeUndefined();
    expect((await recordings.list()).map((r) => r.id)).toEqual(['r1']);
  });

  it('a take that cannot be deleted is reported; the run is discarded', async () => {
    const repository = new Repository(memoryBackend());
    await repository.saveRun(makeRunRecord({ startedAt: 3_000 }));
    const recordings = idbRecordings((b) => ({ ...b, del: () => Promise.reject(new DOMException('The disk is busy.', 'UnknownError')) }));
    await recordings.save('run/coffee-chat/open', 'r1', audio(), 3_000, 3_100);
    expect(await discardRun(repository, recordings, 'coffee-chat')).toEqual({ detail: 'UnknownError: The disk is busy.' });
    expect(await repository.loadRun('coffee-chat')).toBeUndefined();
  });
});
