/// <reference lib="webworker" />
import { checkPackText } from '../domain/content-file.ts';
import { verdictKey } from '../domain/pack-verdict.ts';
import type { PackCheckReply, PackCheckRequest } from './pack-check.ts';

/**
 * The pack check (parse, schema, references, lint, path walk) off the page's thread: the
 * page stays answering however long a file takes, shows the progress this posts, and can
 * end the check at once (Cancel, or its time budget) by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PackCheckRequest>) => {
  const { text, file, taken } = event.data;
  let last = 0;
  const result = checkPackText(text, file, taken, (stage, done, total) => {
    // At most a few messages a second: posting is not free either.
    const now = performance.now();
    if (now - last < 100 && done > 0) return;
    last = now;
    scope.postMessage({ type: 'progress', stage, done, total } satisfies PackCheckReply);
  });
  // The verdict's key too, hashed here: once accepted and stored, the pack is not checked again on the page's thread.
  scope.postMessage({ type: 'done', result, ...(result.ok ? { verdict: verdictKey(result.value) } : {}) } satisfies PackCheckReply);
};
