import * as v from 'valibot';
import { idbBackend, memoryBackend, type Backend } from './backend.ts';
import { migrate } from './migrations.ts';
import { parseImport, planMerge, replaces, toExportFile, type ExportFile, type ImportProblem, type ParsedImport } from './transfer.ts';
import { describeError, type StorageNotice } from './notices.ts';
import type { Pack, TakenIds } from '../domain/pack.ts';
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
  quarantineKey,
  resultKey,
  runKey,
  type ResultRecord,
  type RunRecord,
  PanelRecordSchema,
  panelKey,
  type PanelRecord,
  misfiled,
  type StoredRecord,
} from './records.ts';

/**
 * All persistence goes through here. Reads validate and migrate; a record that
 * fails is moved aside under `quarantine/…` (kept, never dropped) and reported.
 * If a write throws (quota, private mode) the repository switches to memory for
 * the rest of the session and says so; what was already stored stays untouched.
 */
export class Repository {
  #backend: Backend;
  #notices: StorageNotice[] = [];
  #listeners = new Set<() => void>();

  constructor(backend: Backend, notices: StorageNotice[] = [], private readonly now: () => number = Date.now) {
    this.#backend = backend;
    this.#notices = notices;
  }

  get kind() {
    return this.#backend.kind;
  }

  get notices(): readonly StorageNotice[] {
    return this.#notices;
  }

  /** Called whenever a notice is added or dismissed. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dismiss(notice: StorageNotice) {
    this.#notices = this.#notices.filter((n) => n !== notice);
    this.#emit();
  }

  notify(notice: StorageNotice) {
    this.#notices = [...this.#notices, notice];
    this.#emit();
  }

  async loadRun(scenarioId: string): Promise<RunRecord | undefined> {
    return this.#read(runKey(scenarioId), RunRecordSchema);
  }

  async saveRun(record: RunRecord): Promise<void> {
    await this.#write(runKey(record.scenarioId), record);
  }

  async clearRun(scenarioId: string): Promise<void> {
    await this.#guard(() => this.#backend.del(runKey(scenarioId)));
  }

  /** Moves a saved record that can no longer be resumed out of the way, keeping it under `quarantine/…`. */
  async setAside(key: string, record: unknown, notice: StorageNotice): Promise<void> {
    await this.#guard(async () => {
      await this.#backend.set(quarantineKey(key, this.now()), record);
      await this.#backend.del(key);
    });
    this.notify(notice);
  }

  async saveResult(record: ResultRecord): Promise<void> {
    await this.#write(resultKey(record.id), record);
  }

  async getResult(id: string): Promise<ResultRecord | undefined> {
    return this.#read(resultKey(id), ResultRecordSchema);
  }

  /** Finished runs, newest first. */
  async listResults(): Promise<ResultRecord[]> {
    return (await this.#list('result/', ResultRecordSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  /** Unfinished runs, for the start screen's "continue". */
  async listRuns(): Promise<RunRecord[]> {
    return this.#list('run/', RunRecordSchema);
  }

  async loadRound(setId: string): Promise<RoundRecord | undefined> {
    return this.#read(roundKey(setId), RoundRecordSchema);
  }

  async saveRound(record: RoundRecord): Promise<void> {
    await this.#write(roundKey(record.setId), record);
  }

  async clearRound(setId: string): Promise<void> {
    await this.#guard(() => this.#backend.del(roundKey(setId)));
  }

  async saveCalibration(record: CalibrationResult): Promise<void> {
    await this.#write(calibrationKey(record.id), record);
  }

  /** Finished calibration rounds, newest first. */
  async listCalibrations(): Promise<CalibrationResult[]> {
    return (await this.#list('calibration/', CalibrationResultSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  /**
   * The trainer's packs, each checked in full as on import (the checker loads only
   * here); one that no longer passes is set aside with what is wrong, never dropped.
   */
  async listPacks(): Promise<StoredPack[]> {
    const records = await this.#list('pack/', PackRecordSchema);
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

  async savePack(record: PackRecord): Promise<void> {
    await this.#write(packKey(record.id), record);
  }

  async removePack(id: string): Promise<void> {
    await this.#guard(() => this.#backend.del(packKey(id)));
  }

  async loadLiveWorkshop(source: { kind: string; id: string }): Promise<LiveWorkshopRecord | undefined> {
    return this.#read(liveWorkshopKey(source), LiveWorkshopRecordSchema);
  }

  /** Unfinished workshops, the one last touched first: the audience window shows that one. */
  async listLiveWorkshops(): Promise<LiveWorkshopRecord[]> {
    return (await this.#list('live-workshop/', LiveWorkshopRecordSchema)).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async saveLiveWorkshop(record: LiveWorkshopRecord): Promise<void> {
    await this.#write(liveWorkshopKey(record.source), record);
  }

  async clearLiveWorkshop(source: { kind: string; id: string }): Promise<void> {
    await this.#guard(() => this.#backend.del(liveWorkshopKey(source)));
  }

  async saveWorkshop(record: StoredWorkshop): Promise<void> {
    await this.#write(workshopKey(record.id), record);
  }

  /** Finished workshops, newest first. */
  async listWorkshops(): Promise<StoredWorkshop[]> {
    return (await this.#list('workshop/', WorkshopRecordSchema)).sort((a, b) => b.finishedAt - a.finishedAt);
  }

  async savePanel(record: PanelRecord): Promise<void> {
    await this.#write(panelKey(record.id), record);
  }

  /** Saved panels on one calibration set, the newest first. */
  async listPanels(setId: string): Promise<PanelRecord[]> {
    return (await this.#list('panel/', PanelRecordSchema)).filter((p) => p.setId === setId).sort((a, b) => b.savedAt - a.savedAt);
  }

  async deletePanel(id: string): Promise<void> {
    await this.#guard(() => this.#backend.del(panelKey(id)));
  }

  /** Every valid record under a key prefix; corrupt ones are set aside as they are met. */
  async #list<S extends v.GenericSchema>(prefix: string, schema: S): Promise<v.InferOutput<S>[]> {
    const found: v.InferOutput<S>[] = [];
    let slice = performance.now();
    for (const [key, raw] of await this.#guardRead(() => this.#backend.entries(prefix))) {
      if (!key.startsWith(prefix)) continue;
      const record = await this.#validate(key, raw, schema);
      if (record) found.push(record);
      // Many records are checked in slices, so the page keeps answering while they are.
      if (performance.now() - slice > SLICE_MS) {
        await yieldToPage();
        slice = performance.now();
      }
    }
    return found;
  }

  /** Deletes one finished run from the history. */
  async deleteResult(id: string): Promise<void> {
    await this.#guard(() => this.#backend.del(resultKey(id)));
  }

  /** Everything stored, as one export file (quarantined records included: they are the person's data too). */
  async exportAll(): Promise<ExportFile> {
    return toExportFile(await this.#guardRead(() => this.#backend.entries()), this.now());
  }

  /**
   * Imports an export file: refused whole, with every problem named, if any record
   * is bad; otherwise merged without duplicates. Nothing stored changes on refusal.
   * `takenIds` gives the scenario and set ids a pack in the file may not take (the
   * shipped content's and other packs'), as a pack imported on its own. `resumable` says
   * whether an unfinished record opens as a resumed run, round or workshop would: a newer
   * one that does not never replaces the stored one, it is kept aside beside it. The
   * problems do not repeat the file's name: the screen names it once, above them.
   */
  async importFile(text: string, _file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    return this.importParsed(parseImport(text), options);
  }

  /** As `importFile`, for a file already parsed and validated (off the main thread: parse-in-worker.ts). */
  async importParsed(parsed: ParsedImport, options: ImportOptions = {}): Promise<ImportOutcome> {
    if (!parsed.ok) return parsed;
    const stored = new Map(await this.#guardRead(() => this.#backend.entries()));
    const packProblems = await checkImportedPacks(parsed.entries, stored, await options.takenIds?.());
    if (packProblems.length) return { ok: false, problems: packProblems };
    const unfit = new Set<string>();
    for (const [key, value] of parsed.entries) {
      if (replaces(stored, key, value) && options.resumable && !(await options.resumable(key, value))) unfit.add(key);
    }
    const plan = planMerge(stored, parsed.entries, (key) => !unfit.has(key), this.now());
    let slice = performance.now();
    for (const [key, value] of plan.write) {
      await this.#write(key, value);
      if (performance.now() - slice > SLICE_MS) {
        await yieldToPage();
        slice = performance.now();
      }
    }
    this.#emit();
    return { ok: true, added: plan.added, unchanged: plan.unchanged, keptAside: plan.keptAside, skipped: parsed.skipped };
  }

  /** Deletes everything this app stored in this browser. */
  async reset(): Promise<void> {
    await this.#guard(() => this.#backend.clear());
    this.#emit();
  }

  async #read<S extends v.GenericSchema>(key: string, schema: S): Promise<v.InferOutput<S> | undefined> {
    const raw = await this.#guardRead(() => this.#backend.get(key));
    if (raw === undefined) return undefined;
    return this.#validate(key, raw, schema);
  }

  async #validate<S extends v.GenericSchema>(key: string, raw: unknown, schema: S): Promise<v.InferOutput<S> | undefined> {
    const migrated = migrate(raw);
    const parsed = migrated.ok ? v.safeParse(schema, migrated.record) : undefined;
    // Valid, and under its own key: one record under two keys would be listed twice.
    const wrong = parsed?.success ? misfiled(key, parsed.output as StoredRecord) : undefined;
    if (parsed?.success && !wrong) return parsed.output;
    const detail = !migrated.ok
      ? migrated.reason
      : (wrong ?? (parsed?.issues ?? []).slice(0, 3).map((i) => `${v.getDotPath(i) ?? 'record'}: ${i.message}`).join('; '));
    await this.#guard(async () => {
      await this.#backend.set(quarantineKey(key, this.now()), raw);
      await this.#backend.del(key);
    });
    this.notify({ code: 'corrupt-record', key, detail });
    return undefined;
  }

  async #write(key: string, value: unknown) {
    await this.#guard(() => this.#backend.set(key, value));
  }

  /** Runs a write; if it throws, falls back to memory and runs it there, so the session goes on. */
  async #guard(op: () => Promise<void>) {
    try {
      await op();
    } catch (error) {
      await this.#fallBack(error);
      await op();
    }
  }

  /** Runs a read; if it throws, falls back to memory (holding what could be copied) and reads there. */
  async #guardRead<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (error) {
      await this.#fallBack(error);
      return op();
    }
  }

  async #fallBack(error: unknown) {
    if (this.#backend.kind === 'memory') throw error;
    // Keep what this tab can still read, so nothing visible disappears.
    let copy: [string, unknown][] = [];
    try {
      copy = await this.#backend.entries();
    } catch {
      /* unreadable: start memory empty */
    }
    this.#backend = memoryBackend(copy);
    this.notify({ code: 'storage-failed', detail: describeError(error) });
  }

  #emit() {
    for (const l of this.#listeners) l();
  }
}

export type StoredPack = Omit<PackRecord, 'pack'> & { pack: Pack };

export interface ImportOptions {
  takenIds?: () => Promise<TakenIds>;
  /** Whether an unfinished record (run/, round/, live-workshop/) opens as it would when resumed. */
  resumable?: (key: string, record: unknown) => Promise<boolean>;
}

/** `keptAside`: newer unfinished records that could not be resumed, kept beside the stored ones; `skipped`: set-aside records left out. */
export type ImportOutcome = { ok: true; added: number; unchanged: number; keptAside: number; skipped: number } | { ok: false; problems: ImportProblem[] };

/** The longest stretch of checking or writing before the page gets a turn (ms): well under the 200 ms of a long task. */
const SLICE_MS = 40;

/** Lets the page paint and answer input before going on. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  for (const [key, record] of stored) if (key.startsWith('pack/')) takeIdsOf(held, key.slice('pack/'.length), (record as Partial<PackRecord>).pack);
  return packs.flatMap(([key, record]) => {
    const checked = checkPack((record as PackRecord).pack, held);
    if (!checked.ok) return checked.findings.slice(0, 5).map((finding): ImportProblem => ({ code: 'bad-pack', key, finding }));
    takeIdsOf(held, checked.value.id, checked.value);
    return [];
  });
}

/** IndexedDB when the browser has it and it opens; memory with a notice otherwise. */
export async function openRepository(): Promise<Repository> {
  if (typeof indexedDB === 'undefined') {
    return new Repository(memoryBackend(), [{ code: 'unavailable', detail: 'IndexedDB is not available in this browser' }]);
  }
  const backend = idbBackend();
  try {
    await backend.get('meta/probe');
    return new Repository(backend);
  } catch (error) {
    return new Repository(memoryBackend(), [{ code: 'unavailable', detail: describeError(error) }]);
  }
}
