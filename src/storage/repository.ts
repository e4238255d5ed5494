import * as v from 'valibot';
import { idbBackend, memoryBackend, type Backend, type WriteOp } from './backend.ts';
import { startOpening, type OpeningDatabase } from './database.ts';
import type { ImportOptions, ImportOutcome } from './import.ts';
import { Journal, pageStorage, type JournalEntry } from './journal.ts';
import { migrate } from './migrations.ts';
import { describeError, type StorageNotice } from './notices.ts';
import type { Pack } from '../domain/pack.ts';
import {
  CalibrationResultSchema,
  LiveWorkshopRecordSchema,
  PackRecordSchema,
  WorkshopRecordSchema,
  liveWorkshopKey,
  packKey,
  workshopKey,
  type LiveWorkshopRecord,
  type PackRecord,
  type StoredWorkshop,
  ResultRecordSchema,
  RoundRecordSchema,
  calibrationKey,
  roundKey,
  type CalibrationResult,
  type RoundRecord,
  RunRecordSchema,
  resultKey,
  runKey,
  type ResultRecord,
  type RunRecord,
  PanelRecordSchema,
  panelKey,
  type PanelRecord,
  isUnfinished,
  misfiled,
  schemaForKey,
  type StoredRecord,
} from './records.ts';
import { currentListing, listedPack, LISTING_KEY, listingOf, type ListedPack } from './pack-listing.ts';
import { coversKeys, StartSummarySchema, SUMMARY_KEY, summaryOf, updated, type StartData } from './start-summary.ts';
import { RecordStore } from './store.ts';
// Export and import load with their first use (transfer.ts, import.ts), not with the start screen.
import type { ExportFile, ParsedImport } from './transfer.ts';

export type { ImportOptions, ImportOutcome } from './import.ts';

/**
 * All persistence goes through here: one method per kind of record, over the record store
 * (store.ts: validation, quarantine, the fallback to memory, notices). Beside the records it
 * keeps the start screen's summary in step (start-summary.ts) and the journal of each
 * session's last step (journal.ts); a data import is merged by import.ts. It stays past 300
 * lines because it is the one typed door to storage: most of it is two- or three-line methods,
 * one per kind of record and verb, each naming its key and schema; the work is in those files.
 */
export class Repository {
  #store: RecordStore;
  #journal: Journal;

  constructor(backend: Backend, notices: StorageNotice[] = [], now: () => number = Date.now, journal = new Journal(undefined)) {
    this.#store = new RecordStore(backend, notices, now);
    this.#journal = journal;
  }

  get kind() {
    return this.#store.kind;
  }

  /**
   * The record store under the repository, for the stores that keep their records beside
   * these (question-practice.ts, drafts.ts): one fallback to memory, one list of notices,
   * one export and one "delete everything" for all of them.
   */
  get records(): RecordStore {
    return this.#store;
  }

  get notices(): readonly StorageNotice[] {
    return this.#store.notices;
  }

  /** Called whenever a notice is added or dismissed. */
  subscribe(listener: () => void): () => void {
    return this.#store.subscribe(listener);
  }

  dismiss(notice: StorageNotice) {
    this.#store.dismiss(notice);
  }

  notify(notice: StorageNotice) {
    this.#store.notify(notice);
  }

  async loadRun(scenarioId: string): Promise<RunRecord | undefined> {
    return this.#store.read(runKey(scenarioId), RunRecordSchema);
  }

  async saveRun(record: RunRecord): Promise<void> {
    await this.#apply([{ set: runKey(record.scenarioId), value: record }]);
  }

  async clearRun(scenarioId: string): Promise<void> {
    await this.#apply([{ del: runKey(scenarioId) }]);
  }

  /** Moves a saved record that can no longer be resumed out of the way, keeping it under `quarantine/…`. */
  async setAside(key: string, record: unknown, notice: StorageNotice): Promise<void> {
    await this.#store.setAside(key, record, notice);
  }

  async saveResult(record: ResultRecord): Promise<void> {
    await this.#apply([{ set: resultKey(record.id), value: record }]);
  }

  async getResult(id: string): Promise<ResultRecord | undefined> {
    return this.#store.read(resultKey(id), ResultRecordSchema);
  }

  /** Finished runs, newest first. */
  async listResults(): Promise<ResultRecord[]> {
    return (await this.#store.list('result/', ResultRecordSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  /** Deletes one finished run from the history. */
  async deleteResult(id: string): Promise<void> {
    await this.#apply([{ del: resultKey(id) }]);
  }

  /** Unfinished runs, for the start screen's "continue". */
  async listRuns(): Promise<RunRecord[]> {
    return this.#store.list('run/', RunRecordSchema);
  }

  /**
   * What the start screen shows: the unfinished runs, and the finished ones as the summary
   * holds them (no answers), newest first: one record read instead of every result. The
   * summary is rebuilt from the results when it is missing, unreadable, of another version,
   * or names other runs than those stored.
   */
  async startSummary(): Promise<StartData> {
    const [runs, keys, raw] = await Promise.all([this.listRuns(), this.#store.keys('result/'), this.#store.get(SUMMARY_KEY)]);
    const held = v.safeParse(StartSummarySchema, raw);
    if (held.success && coversKeys(held.output, keys)) return { runs, results: held.output.results };
    const summary = summaryOf(await this.listResults());
    if (summary.results.length) await this.#store.apply([{ set: SUMMARY_KEY, value: summary }]);
    else if (raw !== undefined) await this.#store.apply([{ del: SUMMARY_KEY }]);
    return { runs, results: summary.results };
  }

  async loadRound(setId: string): Promise<RoundRecord | undefined> {
    return this.#store.read(roundKey(setId), RoundRecordSchema);
  }

  async saveRound(record: RoundRecord): Promise<void> {
    await this.#apply([{ set: roundKey(record.setId), value: record }]);
  }

  async clearRound(setId: string): Promise<void> {
    await this.#apply([{ del: roundKey(setId) }]);
  }

  async saveCalibration(record: CalibrationResult): Promise<void> {
    await this.#apply([{ set: calibrationKey(record.id), value: record }]);
  }

  /** Finished calibration rounds, newest first. */
  async listCalibrations(): Promise<CalibrationResult[]> {
    return (await this.#store.list('calibration/', CalibrationResultSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  /**
   * The trainer's packs, each checked in full as on import (the checker loads only
   * here); one that no longer passes is set aside with what is wrong, never dropped.
   */
  async listPacks(): Promise<StoredPack[]> {
    const records = await this.#store.list('pack/', PackRecordSchema);
    if (!records.length) return [];
    const { checkPack } = await import('../domain/pack.ts');
    const packs: StoredPack[] = [];
    for (const record of records) {
      const checked = checkPack(record.pack);
      if (checked.ok && checked.value.id === record.id) packs.push({ ...record, pack: checked.value });
      else if (checked.ok) {
        await this.setAside(packKey(record.id), record, { code: 'corrupt-record', key: packKey(record.id), detail: `holds the pack ${checked.value.id}` });
      } else {
        const detail = checked.findings.slice(0, 3).map((f) => f.message).join('; ');
        await this.setAside(packKey(record.id), record, { code: 'corrupt-record', key: packKey(record.id), detail });
      }
    }
    return packs.sort((a, b) => a.importedAt - b.importedAt);
  }

  /** Stores a checked pack, and its entries in the catalogs' listing of packs in the same transaction. */
  async savePack(record: PackRecord): Promise<void> {
    const kept = await this.packListing();
    let listing: WriteOp = { del: LISTING_KEY };
    if (kept) {
      try {
        const { packContent } = await import('../domain/pack.ts');
        const others = kept.filter((p) => p.id !== record.id);
        listing = { set: LISTING_KEY, value: listingOf([...others, listedPack(record.id, packContent(record.pack as Pack))]) };
      } catch (error) {
        // Not a pack the catalogs can list as it is: the listing goes, and the next read checks every pack.
        console.error(error);
      }
    }
    await this.#apply([{ set: packKey(record.id), value: record }, listing]);
  }

  async removePack(id: string): Promise<void> {
    const kept = await this.packListing();
    const listing: WriteOp = kept ? { set: LISTING_KEY, value: listingOf(kept.filter((p) => p.id !== id)) } : { del: LISTING_KEY };
    await this.#apply([{ del: packKey(id) }, listing]);
  }

  /**
   * The stored packs as the catalogs list them, from the small record kept beside them
   * (pack-listing.ts), without reading a pack; undefined when that record is missing or does
   * not name exactly the packs stored: read them with `listPacks` then, and `saveListing`.
   */
  async packListing(): Promise<ListedPack[] | undefined> {
    const [keys, raw] = await Promise.all([this.#store.keys('pack/'), this.#store.get(LISTING_KEY)]);
    return keys.length ? currentListing(raw, keys) : [];
  }

  /** Keeps the listing of the packs `listPacks` has just read and checked. */
  async saveListing(packs: readonly ListedPack[]): Promise<void> {
    await this.#store.apply([{ set: LISTING_KEY, value: listingOf(packs) }]);
  }

  async loadLiveWorkshop(source: { kind: string; id: string }): Promise<LiveWorkshopRecord | undefined> {
    return this.#store.read(liveWorkshopKey(source), LiveWorkshopRecordSchema);
  }

  /** Unfinished workshops, the one last touched first: the audience window shows that one. */
  async listLiveWorkshops(): Promise<LiveWorkshopRecord[]> {
    return (await this.#store.list('live-workshop/', LiveWorkshopRecordSchema)).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async saveLiveWorkshop(record: LiveWorkshopRecord): Promise<void> {
    await this.#apply([{ set: liveWorkshopKey(record.source), value: record }]);
  }

  async clearLiveWorkshop(source: { kind: string; id: string }): Promise<void> {
    await this.#apply([{ del: liveWorkshopKey(source) }]);
  }

  async saveWorkshop(record: StoredWorkshop): Promise<void> {
    await this.#apply([{ set: workshopKey(record.id), value: record }]);
  }

  /** Finished workshops, newest first. */
  async listWorkshops(): Promise<StoredWorkshop[]> {
    return (await this.#store.list('workshop/', WorkshopRecordSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  async savePanel(record: PanelRecord): Promise<void> {
    await this.#apply([{ set: panelKey(record.id), value: record }]);
  }

  /** Saved panels on one calibration set, the newest first. */
  async listPanels(setId: string): Promise<PanelRecord[]> {
    return (await this.#store.list('panel/', PanelRecordSchema)).filter((p) => p.setId === setId).sort((a, b) => b.savedAt - a.savedAt);
  }

  async deletePanel(id: string): Promise<void> {
    await this.#apply([{ del: panelKey(id) }]);
  }

  /**
   * A session's step, saved so that a reload cannot lose it: the writes are noted in the
   * journal now, synchronously, and the returned save (for the session's queue) writes them
   * in one transaction and then drops the note. Left over after a reload, the note is
   * replayed by `replayJournal`. `slot` names the session (its work's key).
   */
  journaled(slot: string, ops: WriteOp[]): () => Promise<void> {
    const token = this.kind === 'indexeddb' ? this.#journal.write(slot, ops, this.#store.now()) : undefined;
    return async () => {
      await this.#apply(ops);
      // Written, or kept in this tab's memory after a failure (the notice says so): the note is not replayed either way.
      if (token) this.#journal.committed(slot, token);
    };
  }

  /**
   * Writes what the journal holds of steps whose transaction never committed (the page was
   * reloaded or closed first), where IndexedDB holds nothing newer. A journal entry that
   * cannot be read is set aside with a notice, as any unreadable record; it never stops loading.
   */
  async replayJournal(): Promise<void> {
    const { entries, unreadable } = this.#journal.read();
    for (const { slot, text, reason } of unreadable) await this.#setAsideJournal(slot, text, reason);
    for (const entry of entries) {
      const problem = entry.ops.map((op) => ('set' in op ? problemOfRecord(op.set, op.value) : undefined)).find(Boolean);
      if (problem) await this.#setAsideJournal(entry.slot, JSON.stringify(entry), problem);
      else await this.#apply(await this.#newerThanStored(entry));
      this.#journal.remove(entry.slot);
    }
  }

  /** Everything stored, as one export file (quarantined records included: they are the person's data too; the summary is not, it is rebuilt). */
  async exportAll(): Promise<ExportFile> {
    const [entries, { toExportFile }] = await Promise.all([this.#store.entries(), import('./transfer.ts')]);
    return toExportFile(
      entries.filter(([key]) => !key.startsWith('meta/')),
      this.#store.now(),
    );
  }

  /**
   * Imports an export file: refused whole, with every problem named, if any record
   * is bad; otherwise merged without duplicates, in one transaction. Nothing stored changes
   * on refusal, nor when a write fails part way. `takenIds` gives the scenario and set ids a
   * pack in the file may not take (the shipped content's and other packs'), as a pack
   * imported on its own. `resumable` says whether an unfinished record opens as a resumed
   * run, round or workshop would: a newer one that does not never replaces the stored one,
   * it is kept aside beside it. The problems do not repeat the file's name: the screen
   * names it once, above them.
   */
  async importFile(text: string, _file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    const { parseImport } = await import('./transfer.ts');
    return this.importParsed(parseImport(text), options);
  }

  /** As `importFile`, for a file already parsed and validated (off the main thread: parse-in-worker.ts). */
  async importParsed(parsed: ParsedImport, options: ImportOptions = {}): Promise<ImportOutcome> {
    if (!parsed.ok) return parsed;
    const { mergeImport } = await import('./import.ts');
    return mergeImport(this.#store, parsed, options, (results) => this.#summaryOps(results, []));
  }

  /** Deletes everything this app stored in this browser. */
  async reset(): Promise<void> {
    this.#journal.removeAll();
    await this.#store.clear();
    this.#store.emit();
  }

  /** Writes in one transaction, with the start summary's update when finished runs are among them. */
  async #apply(ops: WriteOp[]) {
    const added = ops.flatMap((op) => ('set' in op && op.set.startsWith('result/') ? [op.value as ResultRecord] : []));
    const deleted = ops.flatMap((op) => ('del' in op && op.del.startsWith('result/') ? [op.del.slice('result/'.length)] : []));
    await this.#store.apply(added.length || deleted.length ? [...ops, ...(await this.#summaryOps(added, deleted))] : ops);
  }

  /** The summary's update for these results, when there is a summary; it is built on first need, not here. */
  async #summaryOps(added: ResultRecord[], deleted: string[]): Promise<WriteOp[]> {
    const raw = await this.#store.get(SUMMARY_KEY);
    if (raw === undefined) return [];
    const held = v.safeParse(StartSummarySchema, raw);
    return held.success ? [{ set: SUMMARY_KEY, value: updated(held.output, added, deleted) }] : [{ del: SUMMARY_KEY }];
  }

  /** The writes of a journal entry that IndexedDB does not already hold something as new as. */
  async #newerThanStored(entry: JournalEntry): Promise<WriteOp[]> {
    const ops: WriteOp[] = [];
    for (const op of entry.ops) {
      const key = 'set' in op ? op.set : op.del;
      const stored = (await this.#store.get(key)) as { updatedAt?: unknown } | undefined;
      const storedAt = typeof stored?.updatedAt === 'number' ? stored.updatedAt : -Infinity;
      if ('del' in op) {
        if (stored !== undefined && storedAt <= entry.at) ops.push(op);
      } else if (stored === undefined || (isUnfinished(key) && storedAt < (op.value as { updatedAt: number }).updatedAt)) ops.push(op);
    }
    return ops;
  }

  async #setAsideJournal(slot: string, text: string, reason: string) {
    const key = `journal/${slot}`;
    await this.#store.setAside(key, text, { code: 'corrupt-record', key, detail: reason });
    this.#journal.remove(slot);
  }
}

/** Why a record from the journal cannot be written under `key`, or undefined: the checks of every read. */
function problemOfRecord(key: string, value: unknown): string | undefined {
  const schema = schemaForKey(key);
  if (!schema) return `${key}: no known kind`;
  const migrated = migrate(value);
  if (!migrated.ok) return `${key}: ${migrated.reason}`;
  const parsed = v.safeParse(schema, migrated.record);
  if (!parsed.success) return `${key}: ${v.getDotPath(parsed.issues[0]) ?? 'record'}: ${parsed.issues[0].message}`;
  return misfiled(key, parsed.output as StoredRecord);
}

export type StoredPack = Omit<PackRecord, 'pack'> & { pack: Pack };

/**
 * IndexedDB when the browser has it and it opens, with the journal of the last steps
 * replayed; memory with a notice otherwise. `opening`: the database as the entry started
 * opening it (database.ts).
 */
export async function openRepository(opening: OpeningDatabase | undefined = startOpening()): Promise<Repository> {
  if (!opening) {
    return new Repository(memoryBackend(), [{ code: 'unavailable', detail: 'IndexedDB is not available in this browser' }]);
  }
  try {
    await opening.probe;
  } catch (error) {
    return new Repository(memoryBackend(), [{ code: 'unavailable', detail: describeError(error) }]);
  }
  const repository = new Repository(idbBackend(opening.store), [], Date.now, new Journal(pageStorage()));
  await repository.replayJournal();
  return repository;
}
