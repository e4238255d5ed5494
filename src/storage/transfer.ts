import * as v from 'valibot';
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

export type ParsedImport = { ok: true; entries: [string, unknown][] } | { ok: false; problems: string[] };

/**
 * Reads an export file: JSON, the envelope, then every record by its key, migrated
 * and validated as the app reads it. All problems are collected, each naming the
 * file and the record; one problem refuses the whole file.
 */
export function parseImport(text: string, file: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`${file}: not a JSON file (${(e as Error).message})`] };
  }
  const envelope = v.safeParse(ExportFileSchema, json);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return { ok: false, problems: [`${file}: not an export of this app (${v.getDotPath(issue) ?? 'file'}: ${issue.message})`] };
  }
  const problems: string[] = [];
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  envelope.output.records.forEach(({ key, value }, i) => {
    const where = `${file}: record ${i + 1} (${key})`;
    if (seen.has(key)) return problems.push(`${where}: appears twice`);
    seen.add(key);
    const schema = schemaFor(key);
    if (key.startsWith('quarantine/')) return entries.push([key, value]);
    if (!schema) return problems.push(`${where}: not a kind of record this app stores`);
    const migrated = migrate(value);
    if (!migrated.ok) return problems.push(`${where}: ${migrated.reason}`);
    const parsed = v.safeParse(schema, migrated.record);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      return problems.push(`${where}: ${v.getDotPath(issue) ?? 'record'}: ${issue.message}`);
    }
    const expected = keyOf(parsed.output as StoredRecord);
    if (expected !== key) return problems.push(`${where}: the key does not match the record (expected ${expected})`);
    entries.push([key, parsed.output]);
  });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
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
