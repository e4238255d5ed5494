import * as v from 'valibot';
import type { ClassFileLoaded, ClassFileProblem, ClassRecords, ClassRound, ClassRun, ClassWorkshop } from '../domain/class-results/types.ts';
import { looksLikeStatements, readStatements } from '../domain/class-results/xapi-read.ts';
import { uuidV5 } from '../domain/uuid.ts';
import { XAPI_NAMESPACE } from '../domain/xapi.ts';
import { migrate } from '../storage/migrations.ts';
import { LIMITS, WorkshopRecordSchema, type CalibrationResult, type ResultRecord, type StoredWorkshop } from '../storage/records.ts';
import { EXPORT_FORMAT, parseImport, type ImportProblem } from '../storage/transfer.ts';

/**
 * One file a class sent back, read with the app's own schemas and limits: a data export
 * (transfer.ts, every record checked as an import checks it), a workshop record as the
 * trainer's area exports it (records.ts), or an xAPI statement file (xapi.ts). It lives
 * here, beside its worker, because it reads storage's formats, which the domain may not.
 */
export type ClassFileRefused = { ok: false; file: string; problem: ClassFileProblem | { code: 'data-export'; problems: ImportProblem[] } };
export type ClassFileOutcome = ClassFileLoaded | ClassFileRefused;

/**
 * A record's key is its xAPI registration (xapi.ts names it so), so the same run sent back
 * as an export and as statements counts once.
 */
const registration = (kind: 'result' | 'calibration' | 'workshop', id: string) => uuidV5(XAPI_NAMESPACE, `${kind}/${id}/registration`);

export const classRun = (r: ResultRecord): ClassRun => ({
  key: registration('result', r.id),
  scenarioId: r.scenarioId,
  answers: r.answers.map((a) => ({ nodeId: a.nodeId, optionId: a.timedOut ? '' : a.optionId, hinted: a.hinted, timedOut: a.timedOut ?? false })),
  levels: r.levels,
});

const classRound = (r: CalibrationResult): ClassRound => ({
  key: registration('calibration', r.id),
  setId: r.setId,
  ratings: Object.fromEntries(Object.entries(r.ratings).map(([id, rating]) => [id, rating.level])),
});

export const classWorkshop = (w: StoredWorkshop): ClassWorkshop => ({
  key: registration('workshop', w.id),
  source: { kind: w.source.kind, id: w.source.id },
  steps: w.steps.map((s) => ({ stepId: s.stepId, tally: s.tally, ...(s.followed === undefined ? {} : { followed: s.followed }) })),
});

const loaded = (file: string, kind: ClassFileLoaded['kind'], records: ClassRecords, actors: string[] = []): ClassFileOutcome =>
  records.runs.length || records.rounds.length || records.workshops.length
    ? { ok: true, file, kind, records, actors }
    : { ok: false, file, problem: { code: 'empty' } };

/** What a JSON value that is none of ours holds at its top, for the reason given. */
function holds(json: unknown): Extract<ClassFileProblem, { code: 'not-ours' }>['holds'] {
  if (Array.isArray(json)) return { list: json.length };
  if (json === null || typeof json !== 'object') return { value: json === null ? 'null' : typeof json };
  return { keys: Object.keys(json).slice(0, 6).map((k) => k.slice(0, 40)) };
}

const EXPORT_AHEAD = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${EXPORT_FORMAT.replace('/', '\\/')}"`);

export function readClassFile(file: string, text: string, onProgress?: (done: number, total: number) => void): ClassFileOutcome {
  const refuse = (problem: ClassFileRefused['problem']): ClassFileOutcome => ({ ok: false, file, problem });
  if (text.length > LIMITS.fileBytes) return refuse({ code: 'file-too-large', bytes: text.length, limit: LIMITS.fileBytes });
  // An export as the app writes it names its format first: it is read once, by the import's own check.
  const exportAhead = EXPORT_AHEAD.test(text.slice(0, 200));
  let json: unknown;
  if (!exportAhead) {
    try {
      json = JSON.parse(text);
    } catch {
      return refuse({ code: 'not-json' });
    }
  }
  const top = json as { format?: unknown; kind?: unknown } | null;
  if (exportAhead || top?.format === EXPORT_FORMAT) {
    const parsed = parseImport(text, onProgress);
    if (!parsed.ok) return refuse({ code: 'data-export', problems: parsed.problems });
    const values = parsed.entries.map(([, value]) => value as { kind: string });
    return loaded(file, 'data', {
      runs: values.filter((r): r is ResultRecord => r.kind === 'result').map(classRun),
      rounds: values.filter((r): r is CalibrationResult => r.kind === 'calibration').map(classRound),
      workshops: values.filter((r): r is StoredWorkshop => r.kind === 'workshop').map(classWorkshop),
    });
  }
  if (top?.kind === 'workshop') {
    const migrated = migrate(json);
    if (!migrated.ok) return refuse({ code: 'bad-record', detail: migrated.reason });
    const parsed = v.safeParse(WorkshopRecordSchema, migrated.record);
    if (!parsed.success) return refuse({ code: 'bad-record', detail: `${v.getDotPath(parsed.issues[0]) ?? 'record'}: ${parsed.issues[0].message}` });
    return loaded(file, 'workshop', { runs: [], rounds: [], workshops: [classWorkshop(parsed.output)] });
  }
  if (looksLikeStatements(json)) {
    const read = readStatements(json);
    return read.ok ? loaded(file, 'xapi', read.records, read.actors) : refuse(read.problem);
  }
  return refuse({ code: 'not-ours', holds: holds(json) });
}
