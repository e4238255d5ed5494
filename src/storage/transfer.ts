import * as v from 'valibot';
import type { Finding } from '../domain/diagnostics.ts';
import { migrate } from './migrations.ts';
import { isUnfinished, LIMITS, misfiled, quarantineKey, RECORD_VERSION, schemaForKey, type RunRecord } from './records.ts';

/** The one-file export of everything stored: versioned like the records inside it. */
export const EXPORT_FORMAT = 'interview-roleplay/data';
export const EXPORT_VERSION = 1;

const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  v: v.literal(EXPORT_VERSION),
  exportedAt: v.number(),
  records: v.array(v.object({ key: v.string(), value: v.unknown() })),
});

export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

export function toExportFile(entries: [string, unknown][], exportedAt: number): ExportFile {
  return { format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt, records: entries.map(([key, value]) => ({ key, value })) };
}

/**
 * Why an import was refused, as a code the UI words in its own language with what to do
 * (src/ui/progress/data-outcome.ts). `detail` keeps the validator's words for developers and tests;
 * a person never reads it. `record` counts from 1, as a person counts.
 */
export type ImportProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'not-an-export'; detail: string }
  | { code: 'newer-export'; version: number }
  /** Past a stated limit (records.ts, LIMITS): said with the limit, before the records are read one by one. */
  | { code: 'file-too-large'; bytes: number; limit: number }
  | { code: 'too-many-records' | 'too-many-results'; count: number; limit: number }
  /** Problems past the first `LIMITS.problemsListed`, counted rather than named. */
  | { code: 'more-problems'; count: number }
  | { code: 'duplicate-record' | 'unknown-kind' | 'newer-record'; record: number; key: string }
  | { code: 'damaged-record' | 'key-mismatch'; record: number; key: string; detail: string }
  /** A scenario pack inside the file that the content checker refuses. */
  | { code: 'bad-pack'; key: string; finding: Finding };

/** `skipped`: records set aside in the exporting browser (`quarantine/…`), left out: they are not read back. */
export type ParsedImport = { ok: true; entries: [string, unknown][]; skipped: number } | { ok: false; problems: ImportProblem[] };

/** How far the check of a file has gone, for a progress bar: records checked of all. */
export type ImportProgress = (done: number, total: number) => void;

const isQuarantine = (key: string) => key.startsWith('quarantine/');

const versionOf = (value: unknown) => (value as { v?: unknown } | null)?.v;

/**
 * Reads an export file: its size, JSON, the stated limits, the envelope, then every record
 * by its key, migrated and validated as the app reads it (records.ts). Problems are
 * collected, each naming the record (the first `LIMITS.problemsListed`, then a count); one
 * problem refuses the whole file. Set-aside records are left out and counted.
 */
export function parseImport(text: string, onProgress?: ImportProgress): ParsedImport {
  if (text.length > LIMITS.fileBytes) return { ok: false, problems: [{ code: 'file-too-large', bytes: text.length, limit: LIMITS.fileBytes }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'not-json', detail: (e as Error).message }] };
  }
  const limit = overLimit(json);
  if (limit) return { ok: false, problems: [limit] };
  const envelope = v.safeParse(ExportFileSchema, json);
  if (!envelope.success) {
    // An export of ours from a newer build: say so, rather than "not an export".
    const version = versionOf(json);
    if ((json as { format?: unknown } | null)?.format === EXPORT_FORMAT && typeof version === 'number' && version > EXPORT_VERSION) {
      return { ok: false, problems: [{ code: 'newer-export', version }] };
    }
    const issue = envelope.issues[0];
    return { ok: false, problems: [{ code: 'not-an-export', detail: `${v.getDotPath(issue) ?? 'file'}: ${issue.message}` }] };
  }
  const problems: ImportProblem[] = [];
  let unlisted = 0;
  const problem = (p: ImportProblem) => (problems.length < LIMITS.problemsListed ? problems.push(p) : unlisted++);
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const { records } = envelope.output;
  records.forEach(({ key, value }, i) => {
    if (onProgress && i % 250 === 0) onProgress(i, records.length);
    const record = i + 1;
    if (seen.has(key)) return problem({ code: 'duplicate-record', record, key });
    seen.add(key);
    if (isQuarantine(key)) return void skipped++;
    const schema = schemaForKey(key);
    if (!schema) return problem({ code: 'unknown-kind', record, key });
    const version = versionOf(value);
    if (typeof version === 'number' && version > RECORD_VERSION) return problem({ code: 'newer-record', record, key });
    const migrated = migrate(value);
    if (!migrated.ok) return problem({ code: 'damaged-record', record, key, detail: migrated.reason });
    const parsed = v.safeParse(schema, migrated.record);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return problem({ code: 'damaged-record', record, key, detail: `${v.getDotPath(issue) ?? 'record'}: ${issue.message}` });
    }
    const wrong = misfiled(key, parsed.output);
    if (wrong) return problem({ code: 'key-mismatch', record, key, detail: wrong });
    entries.push([key, parsed.output]);
  });
  onProgress?.(records.length, records.length);
  if (unlisted) problems.push({ code: 'more-problems', count: unlisted });
  return problems.length ? { ok: false, problems } : { ok: true, entries, skipped };
}

/** The record limits, checked on the parsed JSON before any record is validated. */
function overLimit(json: unknown): ImportProblem | undefined {
  const records = (json as { records?: unknown } | null)?.records;
  if (!Array.isArray(records)) return undefined;
  if (records.length > LIMITS.records) return { code: 'too-many-records', count: records.length, limit: LIMITS.records };
  let results = 0;
  for (const r of records) if (typeof (r as { key?: unknown } | null)?.key === 'string' && (r as { key: string }).key.startsWith('result/')) results++;
  if (results > LIMITS.results) return { code: 'too-many-results', count: results, limit: LIMITS.results };
  return undefined;
}

/** What an export holds, for the screen to confirm: records in all, and the finished runs among them. */
export function summariseExport(file: ExportFile): { records: number; results: number } {
  return { records: file.records.length, results: file.records.filter((r) => r.key.startsWith('result/')).length };
}

/** The name an export is saved under: the day it was made, so exports sort by date. */
export function exportFileName(file: ExportFile): string {
  return `interview-roleplay-${new Date(file.exportedAt).toISOString().slice(0, 10)}.json`;
}

export interface MergePlan {
  /** Entries to write: new records, newer unfinished ones, and those kept aside under `quarantine/…`. */
  write: [string, unknown][];
  added: number;
  /** Already stored (same result, or an unfinished run no newer than the stored one). */
  unchanged: number;
  /** Newer unfinished records that cannot be resumed here: kept aside beside the stored one, which stays. */
  keptAside: number;
}

export { isUnfinished } from './records.ts';

/** Whether an imported unfinished record would replace the stored one, before it is checked to resume. */
export function replaces(stored: ReadonlyMap<string, unknown>, key: string, value: unknown): boolean {
  const current = stored.get(key);
  return current !== undefined && isUnfinished(key) && (value as RunRecord).updatedAt > ((current as RunRecord).updatedAt ?? 0);
}

/**
 * What an import adds to what is stored: nothing is overwritten except an older unfinished
 * run by a newer one that `resumes` (its snapshot fits the machine, as when it is opened);
 * one that does not is kept aside at `at` and the stored one stays.
 */
export function planMerge(stored: ReadonlyMap<string, unknown>, incoming: [string, unknown][], resumes: (key: string) => boolean = () => true, at = 0): MergePlan {
  const write: [string, unknown][] = [];
  let added = 0;
  let unchanged = 0;
  let keptAside = 0;
  for (const [key, value] of incoming) {
    if (!stored.has(key)) {
      write.push([key, value]);
      added++;
    } else if (!replaces(stored, key, value)) unchanged++;
    else if (resumes(key)) {
      write.push([key, value]);
      added++;
    } else {
      write.push([quarantineKey(key, at), value]);
      keptAside++;
    }
  }
  return { write, added, unchanged, keptAside };
}
