import * as v from 'valibot';
import { EvidenceSchema } from '../domain/scenario.ts';
import { LevelSchema } from '../domain/text.ts';

/** The version every record is written at. Older records are migrated on read (migrations.ts). */
export const RECORD_VERSION = 1;

/**
 * Evidence as recorded, looser than the authoring schema: a decision that ran out of
 * time is recorded at level 1 on no indicator, and must still read back.
 */
const RecordedEvidenceSchema = v.object({ ...EvidenceSchema.entries, indicators: v.array(v.string()) });

const AnswerSchema = v.object({
  nodeId: v.string(),
  optionId: v.string(),
  difficulty: LevelSchema,
  evidence: v.array(RecordedEvidenceSchema),
  hinted: v.boolean(),
  timedOut: v.optional(v.boolean()),
  redFlag: v.optional(v.boolean()),
  own: v.optional(v.object({ text: v.string(), indicators: v.array(v.string()) })),
});

const ModeSchema = v.picklist(['assessment', 'practice']);

/** What every unfinished record carries beside its snapshot: which content it was made on, and when. */
const unfinished = {
  v: v.literal(RECORD_VERSION),
  contentHash: v.string(),
  startedAt: v.number(),
  updatedAt: v.number(),
};

/** An unfinished run: content and run state stay apart (the scenario is not copied in). */
export const RunRecordSchema = v.object({
  ...unfinished,
  kind: v.literal('run'),
  scenarioId: v.string(),
  /** XState's persisted snapshot, restored with createActor(machine, { snapshot }). */
  snapshot: v.looseObject({
    status: v.string(),
    value: v.string(),
    context: v.object({
      answers: v.array(AnswerSchema),
      hintsShown: v.array(v.string()),
      seed: v.optional(v.number(), 0),
      mode: v.optional(ModeSchema, 'assessment'),
      stepsBack: v.optional(v.number(), 0),
      timeLimit: v.optional(v.number(), 0),
      deadline: v.optional(v.nullable(v.number()), null),
      ownAnswer: v.optional(v.nullable(v.object({ nodeId: v.string(), text: v.string(), indicators: v.array(v.string()) })), null),
      /** Practice: the last answer's feedback is on screen until CONTINUE (absent in older saves: false). */
      reviewing: v.optional(v.boolean()),
    }),
  }),
});

/** A finished run, kept as history. The report is recomputed from its answers. */
export const ResultRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('result'),
  id: v.string(),
  scenarioId: v.string(),
  contentHash: v.string(),
  startedAt: v.number(),
  finishedAt: v.number(),
  answers: v.array(AnswerSchema),
  mode: v.optional(ModeSchema, 'assessment'),
  /** Decisions taken back in practice mode; the report notes them. */
  stepsBack: v.optional(v.number(), 0),
  /** Seconds per decision in a timed run (absent or 0: untimed); the report says so and a retry keeps it. */
  timeLimit: v.optional(v.number()),
  /** Level per competency at the time, so history survives rubric edits. */
  levels: v.record(v.string(), v.nullable(LevelSchema)),
});

export type RunRecord = v.InferOutput<typeof RunRecordSchema>;
export type ResultRecord = v.InferOutput<typeof ResultRecordSchema>;

export const runKey = (scenarioId: string) => `run/${scenarioId}`;
export const resultKey = (id: string) => `result/${id}`;
export const quarantineKey = (key: string, at: number) => `quarantine/${at}/${key}`;

const RatingSchema = v.object({ level: LevelSchema, indicators: v.array(v.string()), note: v.string() });

/** An unfinished calibration round: the round machine's persisted snapshot. */
export const RoundRecordSchema = v.object({
  ...unfinished,
  kind: v.literal('round'),
  setId: v.string(),
  snapshot: v.looseObject({
    status: v.string(),
    value: v.string(),
    context: v.object({
      setId: v.string(),
      order: v.array(v.string()),
      index: v.number(),
      ratings: v.record(v.string(), RatingSchema),
      draft: v.object({ level: v.nullable(LevelSchema), indicators: v.array(v.string()), note: v.string() }),
    }),
  }),
});

/** A finished calibration round, kept as the interviewer's history. */
export const CalibrationResultSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('calibration'),
  id: v.string(),
  setId: v.string(),
  contentHash: v.string(),
  startedAt: v.number(),
  finishedAt: v.number(),
  ratings: v.record(v.string(), RatingSchema),
  /** The round's figures against the reference when it ended, for the history and its trend. */
  figures: v.optional(v.object({ exact: v.number(), withinOne: v.number(), qwk: v.number(), meanDifference: v.number() })),
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
  id: v.string(),
  importedAt: v.number(),
  /** The file it came from, and its text as imported, so exporting gives the trainer's own file back. */
  file: v.string(),
  source: v.string(),
  pack: v.unknown(),
});

export type PackRecord = v.InferOutput<typeof PackRecordSchema>;
export const packKey = (id: string) => `pack/${id}`;

const WorkshopStepSchema = v.object({
  stepId: v.string(),
  tally: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  followed: v.optional(v.string()),
  levels: v.record(v.string(), LevelSchema),
});

const WorkshopSourceSchema = v.object({ kind: v.picklist(['scenario', 'calibration']), id: v.string(), title: v.object({ vi: v.string(), en: v.string() }) });

/** A finished workshop: the room's tallies step by step. */
export const WorkshopRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('workshop'),
  id: v.string(),
  source: WorkshopSourceSchema,
  contentHash: v.string(),
  startedAt: v.number(),
  finishedAt: v.number(),
  steps: v.array(WorkshopStepSchema),
  levels: v.optional(v.record(v.string(), v.nullable(LevelSchema))),
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
    status: v.string(),
    value: v.picklist(['present', 'tally', 'reveal', 'discuss', 'done']),
    context: v.object({
      source: WorkshopSourceSchema,
      stepId: v.string(),
      tally: v.record(v.string(), v.number()),
      steps: v.array(WorkshopStepSchema),
      answers: v.array(AnswerSchema),
      discussUntil: v.nullable(v.number()),
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
  id: v.string(),
  setId: v.string(),
  /** The set's content when the panel was saved: the figures are recomputed against the set as it is now. */
  contentHash: v.string(),
  name: v.string(),
  savedAt: v.number(),
  /** The files the ratings came from, as a reminder. */
  files: v.array(v.string()),
  ratings: v.array(v.object({ rater: v.string(), item: v.string(), level: LevelSchema })),
});

export type PanelRecord = v.InferOutput<typeof PanelRecordSchema>;
export const panelKey = (id: string) => `panel/${id}`;
