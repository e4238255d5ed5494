import type { ClassFileOutcome } from '../../workers/class-files.ts';
import type { ClassFilesReply } from '../../workers/class-files.worker.ts';

/** Workers at most: one per core the browser reports, up to four (a class's files are read side by side). */
const MAX_WORKERS = 4;

/**
 * Shares the files among workers, largest first to the one with least to read, so each
 * core reads about as much. Returns, per worker, the indices of its files.
 */
export function shareFiles(sizes: readonly number[], workers: number): number[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(workers, sizes.length)) }, () => ({ bytes: 0, files: [] as number[] }));
  const order = sizes.map((size, i) => ({ size, i })).sort((a, b) => b.size - a.size || a.i - b.i);
  for (const { size, i } of order) {
    const least = groups.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.bytes += size;
    least.files.push(i);
  }
  return groups.map((g) => g.files.sort((a, b) => a - b)).filter((g) => g.length);
}

/** The same reader on this thread, where no worker can start (tests in Node, jsdom). */
async function readHere(files: readonly File[], onRead: () => void): Promise<ClassFileOutcome[]> {
  const { readClassFile } = await import('../../workers/class-files.ts');
  const outcomes: ClassFileOutcome[] = [];
  for (const file of files) {
    outcomes.push(readClassFile(file.name, await file.text()));
    onRead();
  }
  return outcomes;
}

function readInWorker(files: readonly File[], onRead: () => void): Promise<ClassFileOutcome[]> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/class-files.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readHere(files, onRead);
  }
  return new Promise((resolve) => {
    let read = 0;
    worker.onmessage = (event: MessageEvent<ClassFilesReply>) => {
      if (event.data.type === 'progress') {
        // A file begins: the one before it is read.
        if (event.data.file > read) (read++, onRead());
        return;
      }
      worker.terminate();
      for (; read < files.length; read++) onRead();
      resolve(event.data.outcomes);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // Read them all again here; progress goes on from where the worker stopped.
      resolve(readHere(files, () => (read < files.length ? (read++, onRead()) : undefined)));
    };
    worker.postMessage([...files]);
  });
}

/**
 * Reads class files in Web Workers (their own chunk, same origin as the CSP asks), side by
 * side, one per core; `onProgress` hears how many are read. The outcomes keep the files' order.
 */
export async function readClassFiles(files: readonly File[], onProgress: (read: number, total: number) => void = () => {}): Promise<ClassFileOutcome[]> {
  let read = 0;
  const onRead = () => onProgress(++read, files.length);
  if (typeof Worker === 'undefined') return readHere(files, onRead);
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  const groups = shareFiles(files.map((f) => f.size), Math.min(cores, MAX_WORKERS));
  const parts = await Promise.all(groups.map((indices) => readInWorker(indices.map((i) => files[i]!), onRead)));
  const outcomes: ClassFileOutcome[] = new Array(files.length);
  groups.forEach((indices, g) => indices.forEach((fileIndex, k) => (outcomes[fileIndex] = parts[g]![k]!)));
  return outcomes;
}
