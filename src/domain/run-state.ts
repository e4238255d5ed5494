import * as v from 'valibot';
import { bounded, count, Id, LIMITS, Timestamp, Written } from './bounds.ts';
import { EvidenceSchema } from './scenario.ts';
import { LevelSchema } from './text-schemas.ts';

/**
 * A run's state, defined once: what the candidate did at each decision (`Answer`) and the
 * run machine's context (`RunContext`). The types come from these schemas, and storage
 * checks saved runs with them, so a new field cannot compile and then fail to persist.
 * Defaults are for runs saved before a field existed.
 */

/**
 * Evidence as recorded, looser than the authoring schema: a decision that ran out of
 * time is recorded at level 1 on no indicator, and must still read back.
 */
const RecordedEvidenceSchema = v.object({ ...EvidenceSchema.entries, indicators: bounded(Id) });

/**
 * A spoken answer's recording, by its id in the recordings' own database (its owner there is
 * `run/<scenarioId>/<nodeId>`) and its length: the pace shown after a reload comes from here,
 * and deleting the run deletes the recording.
 */
export const AnswerRecordingSchema = v.object({ id: v.pipe(Id, v.minLength(1)), durationMs: count(24 * 3600 * 1000) });

/** The candidate's own words and the indicators they believe those show, written before seeing the options. */
export const OwnAnswerSchema = v.object({ text: Written, indicators: bounded(Id), recording: v.optional(AnswerRecordingSchema) });

/** What the candidate did at one decision point; everything `score` needs, nothing else. */
export const AnswerSchema = v.object({
  nodeId: Id,
  optionId: Id,
  /** The situation's difficulty at that node (the node's own, else the scenario's). */
  difficulty: LevelSchema,
  evidence: bounded(RecordedEvidenceSchema),
  /** A hint was shown before this decision was made. */
  hinted: v.boolean(),
  /** Time ran out before a response was chosen (timed mode): scored as level 1. */
  timedOut: v.optional(v.boolean()),
  /** The chosen option is a red flag (an integrity breach): caps each competency it shows. */
  redFlag: v.optional(v.boolean()),
  own: v.optional(OwnAnswerSchema),
});
export const AnswersSchema = bounded(AnswerSchema, LIMITS.answers);

/** Practice lets the candidate step back a decision and see feedback at once; assessment does not. */
export const ModeSchema = v.picklist(['assessment', 'practice']);

export const RunContextSchema = v.object({
  answers: AnswersSchema,
  /** Decision nodes at which the hint has been shown and not yet answered. */
  hintsShown: bounded(Id),
  /** Fixes the order options are shown in for this run (0: as authored); see shuffle.ts. */
  seed: v.optional(count(2 ** 32), 0),
  mode: v.optional(ModeSchema, 'assessment'),
  /** How many times a decision was taken back (practice only), for the report. */
  stepsBack: v.optional(count(LIMITS.items), 0),
  /** Seconds allowed per decision; 0 for an untimed run. */
  timeLimit: v.optional(count(24 * 3600), 0),
  /** When the current decision runs out (ms since the epoch), kept here so a reload keeps it. */
  deadline: v.optional(v.nullable(Timestamp), null),
  /** What the candidate wrote in their own words at the current decision, before seeing the options. */
  ownAnswer: v.optional(v.nullable(v.object({ nodeId: Id, ...OwnAnswerSchema.entries })), null),
  /**
   * Practice: the answer just given is under review (its feedback on screen); the next
   * decision waits for CONTINUE. Assessment keeps feedback for the report, so never set.
   */
  reviewing: v.optional(v.boolean(), false),
});

export type Answer = v.InferOutput<typeof AnswerSchema>;
export type OwnAnswer = v.InferOutput<typeof OwnAnswerSchema>;
export type AnswerRecording = v.InferOutput<typeof AnswerRecordingSchema>;
export type RunMode = v.InferOutput<typeof ModeSchema>;
export type RunContext = v.InferOutput<typeof RunContextSchema>;
