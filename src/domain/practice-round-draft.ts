import * as v from 'valibot';
import { bounded, count, Id, Timestamp, Written } from './bounds.ts';
import type { PracticeState } from './question-practice.ts';
import { LevelSchema } from './text-schemas.ts';

/**
 * A question-practice round not yet saved: what the candidate has written, recorded,
 * ticked and placed so far, kept after every change so a reload mid-round loses nothing.
 * It is read back through this schema (storage can hold anything), and dropped once the
 * round is saved.
 */
export const PracticeRoundDraftSchema = v.object({
  v: v.literal(1),
  /** The round's id: its record's, and the owner its recording is kept under. */
  id: Id,
  setId: Id,
  text: Written,
  recording: v.nullable(v.object({ owner: Id, id: Id, durationMs: v.pipe(v.number(), v.finite(), v.minValue(0)) })),
  state: v.object({
    phase: v.picklist(['answer', 'rate', 'compare']),
    answer: Written,
    recorded: v.boolean(),
    ticked: bounded(Id),
    placed: v.nullable(LevelSchema),
    startedAt: Timestamp,
    clock: v.nullable(v.object({ startedAt: Timestamp, seconds: count(24 * 3600) })),
  }),
});

export type PracticeRoundDraft = v.InferOutput<typeof PracticeRoundDraftSchema>;

/** The draft of the round on `setId`, or undefined when there is none this version reads (or it is of another set). */
export function readRoundDraft(raw: string | null, setId: string): PracticeRoundDraft | undefined {
  if (raw === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(PracticeRoundDraftSchema, data);
  return parsed.success && parsed.output.setId === setId ? parsed.output : undefined;
}

/** A round as a draft to keep; none once it is done (saved rounds are records). */
export function roundDraft(id: string, setId: string, state: PracticeState, text: string, recording: PracticeRoundDraft['recording']): PracticeRoundDraft | undefined {
  if (state.phase === 'done') return undefined;
  return { v: 1, id, setId, text, recording, state: { ...state, phase: state.phase } };
}
