import { LIMITS } from './records.ts';
import { parseImport, type ImportProgress, type ParsedImport } from './transfer.ts';

/**
 * The worker's messages: progress, the checked records a batch at a time (each message is
 * deserialised on the page's thread as a task of its own), then the outcome, whose entries
 * are those batches in order.
 */
export type WorkerReply = { type: 'progress'; done: number; total: number } | { type: 'entries'; entries: [string, unknown][] } | { type: 'done'; parsed: ParsedImport };

/** Records per message from the worker: a few hundred kilobytes, well under a long task to deserialise. */
export const ENTRIES_PER_MESSAGE = 250;

/**
 * Reads and checks an export file in a Web Worker (import.worker.ts, same origin, so the
 * app's `default-src 'self'` allows it and the service worker precaches it), reporting
 * progress. A file past the size limit is refused before it is read. Where a worker cannot
 * start, the same check runs here.
 */
export async function parseInWorker(file: Blob, onProgress: ImportProgress = () => {}): Promise<ParsedImport> {
  if (file.size > LIMITS.fileBytes) return { ok: false, problems: [{ code: 'file-too-large', bytes: file.size, limit: LIMITS.fileBytes }] };
  if (typeof Worker === 'undefined') return parseImport(await file.text(), onProgress);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseImport(await file.text(), onProgress);
  }
  return new Promise<ParsedImport>((resolve) => {
    const entries: [string, unknown][] = [];
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.done, reply.total);
      if (reply.type === 'entries') return void entries.push(...reply.entries);
      worker.terminate();
      resolve(reply.parsed.ok ? { ...reply.parsed, entries: [...entries, ...reply.parsed.entries] } : reply.parsed);
    };
    worker.onerror = async (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseImport(await file.text(), onProgress));
    };
    worker.postMessage(file);
  });
}
