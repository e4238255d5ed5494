import * as v from 'valibot';
import { bounded, count, Finite, Id, LIMITS, Timestamp, Written } from '../domain/bounds.ts';
import { AnswersSchema as Answers, ModeSchema, RunContextSchema } from '../domain/run-state.ts';
import { LevelSchema } from '../domain/text-schemas.ts';
// A trainer's editor drafts (drafts.ts) are exported, imported and checked on read like every record.
import { DRAFT_PREFIX, draftKey, DraftRecordSchema, type DraftRecord } from './draft-record.ts';

/** The version every record is written at. Older records are migrated on read (migrations.ts). */
export const RECORD_VERSION = 1;

// The bounds and the run's own values are the domain's (src/domain/bounds.ts, run-state.ts):
// the machine's context and the stored record are one schema, so a field cannot exist in one only.
export { LIMITS, Timestamp, Id, bounded } from '../domain/bounds.ts';

/** What every unfinished record carries beside its snapshot: which content it was made on, and when. */
const unfinished = {
  v: v.literal(RECORD_VERSION),
  contentHash: Id,
  startedAt: Timestamp,
  updatedAt: Timestamp,
};

/** An unfinished run: content and run state stay apart (the scenario is not copied in). */
export const RunRecordSchema = v.object({
  ...unfinished,
  kind: v.literal('run'),
  scenarioId: Id,
  /** XState's persisted snapshot, restored with createActor(machine, { snapshot }). */
  snapshot: v.looseObject({
    status: Id,
    value: Id,
    context: RunContextSchema,
  }),
});

/** A finished run, kept as history. The report is recomputed from its answers. */
export const ResultRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('result'),
  id: Id,
  scenarioId: Id,
  contentHash: Id,
  startedAt: Timestamp,
  finishedAt: Timestamp,
  answers: Answers,
  mode: v.optional(ModeSchema, 'assessment'),
  /** Decisions taken back in practice mode; the report notes them. */
  stepsBack: v.optional(count(LIMITS.items), 0),
  /** Seconds per decision in a timed run (absent or 0: untimed); the report says so and a retry keeps it. */
  timeLimit: v.optional(count(24 * 3600)),
  /** Level per competency at the time, so history survives rubric edits. */
  levels: v.record(Id, v.nullable(LevelSchema)),
});

export type RunRecord = v.InferOutput<typeof RunRecordSchema>;
export type ResultRecord = v.InferOutput<typeof ResultRecordSchema>;

export const runKey = (scenarioId: string) => `run/${scenarioId}`;
export const resultKey = (id: string) => `result/${id}`;
export const quarantineKey = (key: string, at: number) => `quarantine/${at}/${key}`;

const RatingSchema = v.object({ level: LevelSchema, indicators: bounded(Id), note: Written });

/** An unfinished calibration round: the round machine's persisted snapshot. */
export const RoundRecordSchema = v.object({
  ...unfinished,
  kind: v.literal('round'),
  setId: Id,
  snapshot: v.looseObject({
    status: Id,
    value: Id,
    context: v.object({
      setId: Id,
      order: bounded(Id),
      index: count(LIMITS.items),
      ratings: v.record(Id, RatingSchema),
      draft: v.object({ level: v.nullable(LevelSchema), indicators: bounded(Id), note: Written }),
    }),
  }),
});

/** A finished calibration round, kept as the interviewer's history. */
export const CalibrationResultSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('calibration'),
  id: Id,
  setId: Id,
  contentHash: Id,
  startedAt: Timestamp,
  finishedAt: Timestamp,
  ratings: v.record(Id, RatingSchema),
  /** The round's figures against the reference when it ended, for the history and its trend. */
  figures: v.optional(v.object({ exact: Finite, withinOne: Finite, qwk: Finite, meanDifference: Finite })),
});

export type RoundRecord = v.InferOutput<typeof RoundRecordSchema>;
export type CalibrationResult = v.InferOutput<typeof CalibrationResultSchema>;

export const roundKey = (setId: string) => `round/${setId}`;
export const calibrationKey = (id: string) => `calibration/${id}`;

/**
 * A trainer's imported pack. The pack itself is checked in full (schema, references,
 * linter) when it is read, by `Repository.listPacks`, which loads the checker lazily:
 * this envelope keeps the first load free of it.
 */
export const PackRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('pack'),
  id: Id,
  importedAt: Timestamp,
  /** The file it came from, and its text as imported, so exporting gives the trainer's own file back. */
  file: Written,
  source: v.pipe(v.string(), v.maxLength(LIMITS.fileBytes)),
  pack: v.unknown(),
});

export type PackRecord = v.InferOutput<typeof PackRecordSchema>;
export const packKey = (id: string) => `pack/${id}`;

const WorkshopStepSchema = v.object({
  stepId: Id,
  tally: v.record(Id, count(1_000_000)),
  followed: v.optional(Id),
  levels: v.record(Id, LevelSchema),
});

const WorkshopSourceSchema = v.object({ kind: v.picklist(['scenario', 'calibration']), id: Id, title: v.object({ vi: Written, en: Written }) });

/** A finished workshop: the room's tallies step by step. */
export const WorkshopRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('workshop'),
  id: Id,
  source: WorkshopSourceSchema,
  contentHash: Id,
  startedAt: Timestamp,
  finishedAt: Timestamp,
  steps: bounded(WorkshopStepSchema),
  levels: v.optional(v.record(Id, v.nullable(LevelSchema))),
});

/**
 * A workshop in progress, one per scenario or set, so an unfinished one is resumed, never lost: the presenter's
 * machine snapshot, and the audience view last shown, so a reloaded projector window
 * can show it again before the presenter speaks.
 */
export const LiveWorkshopRecordSchema = v.object({
  ...unfinished,
  kind: v.literal('live-workshop'),
  source: WorkshopSourceSchema,
  snapshot: v.looseObject({
    status: Id,
    value: v.picklist(['present', 'tally', 'reveal', 'discuss', 'done']),
    context: v.object({
      source: WorkshopSourceSchema,
      stepId: Id,
      tally: v.record(Id, count(1_000_000)),
      steps: bounded(WorkshopStepSchema),
      answers: Answers,
      discussUntil: v.nullable(Timestamp),
    }),
  }),
  view: v.unknown(),
});

export type StoredWorkshop = v.InferOutput<typeof WorkshopRecordSchema>;
export type LiveWorkshopRecord = v.InferOutput<typeof LiveWorkshopRecordSchema>;
export const workshopKey = (id: string) => `workshop/${id}`;
export const liveWorkshopKey = (source: { kind: string; id: string }) => `live-workshop/${source.kind}/${source.id}`;

/** A panel an interviewer saved: the raters' levels on one calibration set, as loaded from their files. */
export const PanelRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('panel'),
  id: Id,
  setId: Id,
  /** The set's content when the panel was saved: the figures are recomputed against the set as it is now. */
  contentHash: Id,
  name: Written,
  savedAt: Timestamp,
  /** The files the ratings came from, as a reminder. */
  files: bounded(Written),
  ratings: bounded(v.object({ rater: Written, item: Id, level: LevelSchema })),
});

export type PanelRecord = v.InferOutput<typeof PanelRecordSchema>;
export const panelKey = (id: string) => `panel/${id}`;

/**
 * A question practised on one's own (src/domain/question-practice.ts): the answer, the
 * indicators the candidate ticked, the level they placed it at; self-rated, never scored.
 * The question's text is kept so the progress page lists it without loading the set.
 */
export const PracticeRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('question-practice'),
  id: Id,
  /** The calibration set whose reference answers it was compared with, and its question. */
  setId: Id,
  questionId: Id,
  contentHash: Id,
  competency: Id,
  question: v.object({ vi: Written, en: Written }),
  locale: v.picklist(['vi', 'en']),
  answer: Written,
  /** Its recording's id (recordings.ts, owner `practice/<id>`), when the answer was spoken. */
  recording: v.optional(Id),
  /** Indicator ids the candidate believed they showed, ticked before seeing the references. */
  ticked: bounded(Id),
  placed: LevelSchema,
  /** Seconds on the interview clock, when one was used. */
  clock: v.optional(count(24 * 3600)),
  metrics: v.optional(
    v.object({
      words: count(LIMITS.textChars),
      seconds: v.nullable(v.pipe(Finite, v.minValue(0))),
      wordsPerMinute: v.nullable(v.pipe(Finite, v.minValue(0))),
      fillers: bounded(v.object({ phrase: Id, count: count(LIMITS.textChars) })),
      fillerTotal: count(LIMITS.textChars),
    }),
  ),
  startedAt: Timestamp,
  finishedAt: Timestamp,
});

export type PracticeRecord = v.InferOutput<typeof PracticeRecordSchema>;
export const practiceKey = (id: string) => `practice/${id}`;

export type StoredRecord = RunRecord | ResultRecord | RoundRecord | CalibrationResult | PackRecord | StoredWorkshop | LiveWorkshopRecord | PanelRecord | PracticeRecord | DraftRecord;

/**
 * The key a record belongs under, from its content: checked on import and on every read,
 * so one record cannot stand under two keys (a pack listed twice, a run under another
 * scenario's key).
 */
export function keyOfRecord(record: StoredRecord): string {
  switch (record.kind) {
    case 'run':
      return runKey(record.scenarioId);
    case 'result':
      return resultKey(record.id);
    case 'round':
      return roundKey(record.setId);
    case 'calibration':
      return calibrationKey(record.id);
    case 'pack':
      return packKey(record.id);
    case 'workshop':
      return workshopKey(record.id);
    case 'live-workshop':
      return liveWorkshopKey(record.source);
    case 'panel':
      return panelKey(record.id);
    case 'question-practice':
      return practiceKey(record.id);
    case 'draft':
      return draftKey(record.id);
  }
}

/** Work in progress: an import replaces it when the imported one is newer, a journal entry when it is newer. */
export const isUnfinished = (key: string) => key.startsWith('run/') || key.startsWith('round/') || key.startsWith('live-workshop/');

/** The schema of the records stored under a key, by its first part; none for a key of no known kind. */
export function schemaForKey(key: string) {
  if (key.startsWith('run/')) return RunRecordSchema;
  if (key.startsWith('result/')) return ResultRecordSchema;
  if (key.startsWith('round/')) return RoundRecordSchema;
  if (key.startsWith('calibration/')) return CalibrationResultSchema;
  if (key.startsWith('pack/')) return PackRecordSchema;
  if (key.startsWith('workshop/')) return WorkshopRecordSchema;
  if (key.startsWith('live-workshop/')) return LiveWorkshopRecordSchema;
  if (key.startsWith('panel/')) return PanelRecordSchema;
  if (key.startsWith('practice/')) return PracticeRecordSchema;
  if (key.startsWith(DRAFT_PREFIX)) return DraftRecordSchema;
  return undefined;
}

/**
 * Why a record does not belong under `key`, or undefined when it does: its key must be the
 * one its content gives, and a pack's envelope must name the pack it holds.
 */
export function misfiled(key: string, record: StoredRecord): string | undefined {
  const expected = keyOfRecord(record);
  if (expected !== key) return `expected ${expected}`;
  if (record.kind === 'pack') {
    const inner = (record.pack as { id?: unknown } | null)?.id;
    if (inner !== record.id) return `holds the pack ${typeof inner === 'string' ? inner.slice(0, LIMITS.idChars) : String(inner)}`;
  }
  return undefined;
}
