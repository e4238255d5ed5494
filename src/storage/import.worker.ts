import { LIMITS } from './records.ts';
import { parseImport } from './transfer.ts';
import { ENTRIES_PER_MESSAGE, type WorkerReply } from './parse-in-worker.ts';

// Reads and checks an export file off the page's thread (parse-in-worker.ts): a large file
// keeps the page answering, and its progress is posted as it goes. The checked records go
// back a batch per message: the page deserialises each message in a task of its own, so
// 20 MB of records never make one long task there.
const scope = self as unknown as { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<Blob>) => void) | null };
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<Blob>) => {
  const file = event.data;
  if (file.size > LIMITS.fileBytes) return reply({ type: 'done', parsed: { ok: false, problems: [{ code: 'file-too-large', bytes: file.size, limit: LIMITS.fileBytes }] } });
  const parsed = parseImport(await file.text(), (done, total) => reply({ type: 'progress', done, total }));
  if (!parsed.ok) return reply({ type: 'done', parsed });
  for (let i = 0; i < parsed.entries.length; i += ENTRIES_PER_MESSAGE) reply({ type: 'entries', entries: parsed.entries.slice(i, i + ENTRIES_PER_MESSAGE) });
  reply({ type: 'done', parsed: { ...parsed, entries: [] } });
};
