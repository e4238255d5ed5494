import * as v from 'valibot';
import type { Finding } from '../domain/diagnostics.ts';
import { migrate } from './migrations.ts';
import {
  CalibrationResultSchema,
  liveWorkshopKey,
  LiveWorkshopRecordSchema,
  PackRecordSchema,
  WorkshopRecordSchema,
  ResultRecordSchema,
  RoundRecordSchema,
  RunRecordSchema,
  type CalibrationResult,
  type LiveWorkshopRecord,
  type PackRecord,
  type StoredWorkshop,
  type ResultRecord,
  type RoundRecord,
  type RunRecord,
  PanelRecordSchema,
  type PanelRecord,
  RECORD_VERSION,
} from './records.ts';

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

type StoredRecord = RunRecord | ResultRecord | RoundRecord | CalibrationResult | PackRecord | StoredWorkshop | LiveWorkshopRecord | PanelRecord;

function schemaFor(key: string) {
  if (key.startsWith('run/')) return RunRecordSchema;
  if (key.startsWith('result/')) return ResultRecordSchema;
  if (key.startsWith('round/')) return RoundRecordSchema;
  if (key.startsWith('calibration/')) return CalibrationResultSchema;
  if (key.startsWith('pack/')) return PackRecordSchema;
  if (key.startsWith('workshop/')) return WorkshopRecordSchema;
  if (key.startsWith('live-workshop/')) return LiveWorkshopRecordSchema;
  if (key.startsWith('panel/')) return PanelRecordSchema;
  return undefined;
}

/** The key a record is stored under, from the record itself. */
function keyOf(record: StoredRecord): string {
  switch (record.kind) {
    case 'run':
      return `run/${record.scenarioId}`;
    case 'result':
      return `result/${record.id}`;
    case 'round':
      return `round/${record.setId}`;
    case 'calibration':
      return `calibration/${record.id}`;
    case 'pack':
      return `pack/${record.id}`;
    case 'workshop':
      return `workshop/${record.id}`;
    case 'live-workshop':
      return liveWorkshopKey(record.source);
    case 'panel':
      return `panel/${record.id}`;
  }
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
  | { code: 'duplicate-record' | 'unknown-kind' | 'newer-record'; record: number; key: string }
  | { code: 'damaged-record' | 'key-mismatch'; record: number; key: string; detail: string }
  /** A scenario pack inside the file that the content checker refuses. */
  | { code: 'bad-pack'; key: string; finding: Finding };

export type ParsedImport = { ok: true; entries: [string, unknown][] } | { ok: false; problems: ImportProblem[] };

const versionOf = (value: unknown) => (value as { v?: unknown } | null)?.v;

/**
 * Reads an export file: JSON, the envelope, then every record by its key, migrated
 * and validated as the app reads it. All problems are collected, each naming the
 * record; one problem refuses the whole file.
 */
export function parseImport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'not-json', detail: (e as Error).message }] };
  }
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
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  envelope.output.records.forEach(({ key, value }, i) => {
    const record = i + 1;
    if (seen.has(key)) return problems.push({ code: 'duplicate-record', record, key });
    seen.add(key);
    const schema = schemaFor(key);
    if (key.startsWith('quarantine/')) return entries.push([key, value]);
    if (!schema) return problems.push({ code: 'unknown-kind', record, key });
    const version = versionOf(value);
    if (typeof version === 'number' && version > RECORD_VERSION) return problems.push({ code: 'newer-record', record, key });
    const migrated = migrate(value);
    if (!migrated.ok) return problems.push({ code: 'damaged-record', record, key, detail: migrated.reason });
    const parsed = v.safeParse(schema, migrated.record);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return problems.push({ code: 'damaged-record', record, key, detail: `${v.getDotPath(issue) ?? 'record'}: ${issue.message}` });
    }
    const expected = keyOf(parsed.output as StoredRecord);
    if (expected !== key) return problems.push({ code: 'key-mismatch', record, key, detail: `expected ${expected}` });
    entries.push([key, parsed.output]);
  });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
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
  /** Entries to write. */
  write: [string, unknown][];
  added: number;
  /** Already stored (same result, or an unfinished run no newer than the stored one). */
  unchanged: number;
}

/** Work in progress: an import replaces it when the imported one is newer. */
const isUnfinished = (key: string) => key.startsWith('run/') || key.startsWith('round/') || key.startsWith('live-workshop/');

/** What an import adds to what is stored: nothing is overwritten except an older unfinished run. */
export function planMerge(stored: ReadonlyMap<string, unknown>, incoming: [string, unknown][]): MergePlan {
  const write: [string, unknown][] = [];
  let unchanged = 0;
  for (const [key, value] of incoming) {
    const current = stored.get(key);
    if (current === undefined) write.push([key, value]);
    else if (isUnfinished(key) && (value as RunRecord).updatedAt > ((current as RunRecord).updatedAt ?? 0)) write.push([key, value]);
    else unchanged++;
  }
  return { write, added: write.length, unchanged };
}
