/// <reference lib="webworker" />
import { LIMITS } from '../storage/records.ts';
import { readClassFile, type ClassFileOutcome } from './class-files.ts';

export type ClassFilesReply = { type: 'progress'; file: number; done: number; total: number } | { type: 'done'; outcomes: ClassFileOutcome[] };

/**
 * Reads the files a class sent back off the page's thread: twenty exports of 20 MB each
 * keep the page answering. Files are read one after another, each reported as it goes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<File[]>) => {
  const outcomes: ClassFileOutcome[] = [];
  for (const [i, file] of event.data.entries()) {
    scope.postMessage({ type: 'progress', file: i, done: 0, total: 1 } satisfies ClassFilesReply);
    if (file.size > LIMITS.fileBytes) {
      outcomes.push({ ok: false, file: file.name, problem: { code: 'file-too-large', bytes: file.size, limit: LIMITS.fileBytes } });
      continue;
    }
    outcomes.push(readClassFile(file.name, await file.text(), (done, total) => scope.postMessage({ type: 'progress', file: i, done, total } satisfies ClassFilesReply)));
  }
  scope.postMessage({ type: 'done', outcomes } satisfies ClassFilesReply);
};
