// The worst files an import meets, for long-tasks.bench.mjs (loaded through Vite's module
// runner): the largest JSON pack under the pack file limit, a 15 MB pack, and the largest data
// file an import accepts (LIMITS.results finished runs, answers padded up to the file size).
import { chainPack } from '../../tests/fixtures/large-pack.ts';
import { makeAnswer, makeResultRecord } from '../../tests/unit/fakes.ts';
import { LIMITS as PACK_LIMITS } from '../../src/domain/text.ts';
import { LIMITS } from '../../src/storage/records.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/storage/transfer.ts';

/** The largest pack of 40-decision chains, pretty-printed, under the pack file limit; and how many scenarios it holds. */
export function largestPack() {
  const text = (n: number) => JSON.stringify({ ...chainPack(n, 40), id: 'bench-largest' }, null, 2);
  let n = 1;
  while (n < PACK_LIMITS.scenarios && new TextEncoder().encode(text(n + 1)).length <= PACK_LIMITS.fileBytes) n++;
  return { scenarios: n, text: text(n) };
}

/** A pack past every limit: 15 MB (its author alone). */
export const hugePack = () => JSON.stringify({ ...chainPack(1, 6), id: 'bench-huge', author: 'x'.repeat(15_000_000) });

/** LIMITS.results finished runs, each with as many answers as keep the file within 97 % of LIMITS.fileBytes. */
export function largestDataFile() {
  const day = 86_400_000;
  const answer = makeAnswer();
  const record = (i: number, answers: number) => {
    const value = makeResultRecord({ id: `worst-${i}`, startedAt: 1_700_000_000_000 + i * day, finishedAt: 1_700_000_000_000 + i * day + 600_000, answers: Array.from({ length: answers }, () => answer) });
    return { key: `result/${value.id}`, value };
  };
  const one = JSON.stringify(record(0, 0)).length;
  const perAnswer = JSON.stringify(answer).length + 1;
  const answers = Math.max(1, Math.min(LIMITS.answers, Math.floor((LIMITS.fileBytes * 0.97) / LIMITS.results - one) / perAnswer));
  const records = Array.from({ length: LIMITS.results }, (_, i) => record(i, Math.floor(answers)));
  return { runs: LIMITS.results, text: JSON.stringify({ format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt: 1_700_000_000_000, records }) };
}
