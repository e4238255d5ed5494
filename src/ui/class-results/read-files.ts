import type { ClassFileOutcome } from '../../workers/class-files.ts';
import type { ClassFilesReply } from '../../workers/class-files.worker.ts';

/**
 * Reads class files in a Web Worker (its own chunk, same origin as the CSP asks), reporting
 * which file it is on. Where a worker cannot start (tests in Node, jsdom), the same reader
 * runs on this thread.
 */
export async function readClassFiles(files: readonly File[], onProgress: (file: number, total: number) => void = () => {}): Promise<ClassFileOutcome[]> {
  const here = async () => {
    const { readClassFile } = await import('../../workers/class-files.ts');
    const outcomes: ClassFileOutcome[] = [];
    for (const [i, file] of files.entries()) {
      onProgress(i, files.length);
      outcomes.push(readClassFile(file.name, await file.text()));
    }
    return outcomes;
  };
  if (typeof Worker === 'undefined') return here();
  let worker: Worker;
  try {
    worker = new Worker(new URL('../../workers/class-files.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<ClassFilesReply>) => {
      if (event.data.type === 'progress') return onProgress(event.data.file, files.length);
      worker.terminate();
      resolve(event.data.outcomes);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(here());
    };
    worker.postMessage([...files]);
  });
}
