import { LIMITS } from './records.ts';
import { parseImport, type ImportProgress, type ParsedImport } from './transfer.ts';

export type WorkerReply = { type: 'progress'; done: number; total: number } | { type: 'done'; parsed: ParsedImport };

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
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'progress') return onProgress(event.data.done, event.data.total);
      worker.terminate();
      resolve(event.data.parsed);
    };
    worker.onerror = async (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseImport(await file.text(), onProgress));
    };
    worker.postMessage(file);
  });
}
