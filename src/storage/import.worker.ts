import { LIMITS } from './records.ts';
import { parseImport } from './transfer.ts';
import type { WorkerReply } from './parse-in-worker.ts';

// Reads and checks an export file off the page's thread (parse-in-worker.ts): a large file
// keeps the page answering, and its progress is posted as it goes.
const scope = self as unknown as { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<Blob>) => void) | null };
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<Blob>) => {
  const file = event.data;
  if (file.size > LIMITS.fileBytes) return reply({ type: 'done', parsed: { ok: false, problems: [{ code: 'file-too-large', bytes: file.size, limit: LIMITS.fileBytes }] } });
  const parsed = parseImport(await file.text(), (done, total) => reply({ type: 'progress', done, total }));
  reply({ type: 'done', parsed });
};
