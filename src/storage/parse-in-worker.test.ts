import { afterEach, expect, it, vi } from 'vitest';
import { parseInWorker, type WorkerReply } from './parse-in-worker.ts';

// The worker sends the checked records a batch per message (each deserialised on the page's
// thread as a task of its own); the page puts them back together in order.

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A worker that answers any file with these replies, in order. */
function fakeWorker(replies: WorkerReply[]) {
  return class {
    onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    terminate = vi.fn();
    postMessage() {
      queueMicrotask(() => {
        for (const data of replies) this.onmessage?.({ data } as MessageEvent<WorkerReply>);
      });
    }
  };
}

it('puts the batches of records back together, in order, with the progress told as it goes', async () => {
  vi.stubGlobal(
    'Worker',
    fakeWorker([
      { type: 'progress', done: 0, total: 3 },
      { type: 'entries', entries: [['result/a', 1], ['result/b', 2]] },
      { type: 'entries', entries: [['result/c', 3]] },
      { type: 'done', parsed: { ok: true, entries: [], skipped: 1 } },
    ]),
  );
  const progress: number[] = [];
  const parsed = await parseInWorker(new Blob(['{}']), (done) => progress.push(done));
  expect(parsed).toEqual({ ok: true, entries: [['result/a', 1], ['result/b', 2], ['result/c', 3]], skipped: 1 });
  expect(progress).toEqual([0]);
});

it('a refused file gives its problems, whatever came before', async () => {
  vi.stubGlobal('Worker', fakeWorker([{ type: 'done', parsed: { ok: false, problems: [{ code: 'not-json', detail: 'x' }] } }]));
  expect(await parseInWorker(new Blob(['{'])).then((p) => p.ok)).toBe(false);
});
