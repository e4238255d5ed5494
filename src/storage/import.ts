import type { TakenIds } from '../domain/pack.ts';
import type { WriteOp } from './backend.ts';
import type { PackRecord, ResultRecord } from './records.ts';
import { slicer, type RecordStore } from './store.ts';
import { isUnfinished, planMerge, replaces, type ImportProblem, type ParsedImport } from './transfer.ts';

export interface ImportOptions {
  takenIds?: () => Promise<TakenIds>;
  /** Whether an unfinished record (run/, round/, live-workshop/) opens as it would when resumed. */
  resumable?: (key: string, record: unknown) => Promise<boolean>;
}

/** `keptAside`: newer unfinished records that could not be resumed, kept beside the stored ones; `skipped`: set-aside records left out. */
export type ImportOutcome = { ok: true; added: number; unchanged: number; keptAside: number; skipped: number } | { ok: false; problems: ImportProblem[] };

/**
 * Merges a checked export file into the store (Repository.importParsed). Only what the merge
 * needs is read: every key (keys alone are cheap), the values of the unfinished records the
 * file would replace and of the stored packs, in batches with the page given a turn between.
 * Everything is then written in one transaction, a slice at a time: an import that fails part
 * way leaves the store as it was, byte for byte. `onResults` is given the finished runs
 * written and returns the writes that keep derived records (the start summary) in step, in
 * the same transaction.
 */
export async function mergeImport(
  store: RecordStore,
  parsed: Extract<ParsedImport, { ok: true }>,
  options: ImportOptions,
  onResults: (results: ResultRecord[]) => Promise<WriteOp[]>,
): Promise<ImportOutcome> {
  const stored = new Map<string, unknown>((await store.keys()).map((k) => [k, null]));
  const wanted = [...stored.keys()].filter((k) => k.startsWith('pack/'));
  for (const [key] of parsed.entries) if (isUnfinished(key) && stored.has(key)) wanted.push(key);
  for await (const [key, value] of store.scan(wanted)) stored.set(key, value);

  const packProblems = await checkImportedPacks(parsed.entries, stored, await options.takenIds?.());
  if (packProblems.length) return { ok: false, problems: packProblems };
  const unfit = new Set<string>();
  const turn = slicer();
  for (const [key, value] of parsed.entries) {
    if (replaces(stored, key, value) && options.resumable && !(await options.resumable(key, value))) unfit.add(key);
    await turn();
  }
  const plan = planMerge(stored, parsed.entries, (key) => !unfit.has(key), store.now());
  const results = plan.write.filter(([key]) => key.startsWith('result/')).map(([, value]) => value as ResultRecord);
  const ops: WriteOp[] = [...plan.write.map(([key, value]) => ({ set: key, value })), ...(results.length ? await onResults(results) : [])];
  await store.apply(ops);
  store.emit();
  return { ok: true, added: plan.added, unchanged: plan.unchanged, keptAside: plan.keptAside, skipped: parsed.skipped };
}

/**
 * Packs inside an export file get the same full check as a pack imported on its own,
 * ids included: not those `taken` names, nor the stored packs' (each may be imported
 * again over itself), nor another pack's in the same file.
 */
async function checkImportedPacks(entries: [string, unknown][], stored: ReadonlyMap<string, unknown>, taken?: TakenIds): Promise<ImportProblem[]> {
  const packs = entries.filter(([key]) => key.startsWith('pack/'));
  if (!packs.length) return [];
  const { checkPack, draftTakenIds, takeIdsOf } = await import('../domain/pack.ts');
  const held = draftTakenIds(taken);
  for (const [key, record] of stored) if (key.startsWith('pack/')) takeIdsOf(held, key.slice('pack/'.length), (record as Partial<PackRecord> | null)?.pack);
  return packs.flatMap(([key, record]) => {
    const checked = checkPack((record as PackRecord).pack, held);
    if (!checked.ok) return checked.findings.slice(0, 5).map((finding): ImportProblem => ({ code: 'bad-pack', key, finding }));
    takeIdsOf(held, checked.value.id, checked.value);
    return [];
  });
}
