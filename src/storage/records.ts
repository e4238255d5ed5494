import * as v from 'valibot';
import { EvidenceSchema } from '../domain/scenario.ts';
import { LevelSchema } from '../domain/text.ts';

/** The version every record is written at. Older records are migrated on read (migrations.ts). */
export const RECORD_VERSION = 1;

const AnswerSchema = v.object({
  nodeId: v.string(),
  optionId: v.string(),
  difficulty: LevelSchema,
  evidence: v.array(EvidenceSchema),
  hinted: v.boolean(),
  timedOut: v.optional(v.boolean()),
  own: v.optional(v.object({ text: v.string(), indicators: v.array(v.string()) })),
});

const ModeSchema = v.picklist(['assessment', 'practice']);

/** An unfinished run: content and run state stay apart (the scenario is not copied in). */
export const RunRecordSchema = v.object({
  v: v.literal(RECORD_VERSION),
  kind: v.literal('run'),
  scenarioId: v.string(),
  contentHash: v.string(),
  startedAt: v.number(),
  updatedAt: v.number(),
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
  v: v.literal(RECORD_VERSION),
  kind: v.literal('round'),
  setId: v.string(),
  contentHash: v.string(),
  startedAt: v.number(),
  updatedAt: v.number(),
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
