import type { FileCheck } from '../domain/content-file.ts';
import type { Pack, PackProgress, TakenIds } from '../domain/pack.ts';
import { rememberedVerdicts, verdictKey } from '../domain/pack-verdict.ts';

export interface PackCheckRequest {
  text: string;
  file: string;
  taken?: TakenIds;
}

export type PackCheckReply =
  | { type: 'progress'; stage: Parameters<PackProgress>[0]; done: number; total: number }
  /** `verdict`: the passing pack's verdict key (pack-verdict.ts), so the reader of stored packs trusts it once accepted. */
  | { type: 'done'; result: FileCheck<Pack>; verdict?: string };

/** How long a check may take before it is stopped as too large (the format's limits keep a real pack far below). */
export const CHECK_BUDGET_MS = 20_000;

/** Why a check ended without a verdict: the trainer cancelled it, or it ran past its budget. */
export class CheckStopped extends Error {
  constructor(readonly reason: 'cancelled' | 'too-long') {
    super(reason);
  }
}

/**
 * Checks a pack's text in a Web Worker (its own chunk, same origin: the CSP's `default-src
 * 'self'` allows it and the service worker precaches it). Rejects with CheckStopped when
 * `signal` aborts or the budget runs out, the worker terminated at once. Where no Worker
 * exists (tests in Node), checks on this thread.
 */
export async function checkPackInWorker(request: PackCheckRequest, onProgress: PackProgress = () => {}, signal?: AbortSignal, budgetMs = CHECK_BUDGET_MS): Promise<FileCheck<Pack>> {
  if (typeof Worker === 'undefined') {
    const { checkPackText } = await import('../domain/content-file.ts');
    const result = checkPackText(request.text, request.file, request.taken, onProgress);
    if (result.ok) rememberedVerdicts()?.add(verdictKey(result.value));
    return result;
  }
  const worker = new Worker(new URL('./pack-check.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FileCheck<Pack>>((resolve, reject) => {
    const stop = (error: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancelled);
      worker.terminate();
      reject(error);
    };
    const cancelled = () => stop(new CheckStopped('cancelled'));
    const timer = setTimeout(() => stop(new CheckStopped('too-long')), budgetMs);
    if (signal?.aborted) return cancelled();
    signal?.addEventListener('abort', cancelled, { once: true });
    worker.onmessage = (event: MessageEvent<PackCheckReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.stage, reply.done, reply.total);
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancelled);
      worker.terminate();
      // Passed against the other packs' ids: stricter than the reader's check of a stored pack.
      if (reply.verdict) rememberedVerdicts()?.add(reply.verdict);
      resolve(reply.result);
    };
    worker.onerror = (event) => stop(new Error(event.message || 'the checker could not run'));
    worker.postMessage(request satisfies PackCheckRequest);
  });
}
