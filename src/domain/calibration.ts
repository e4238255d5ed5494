import * as v from 'valibot';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import { fromValibotIssues, type Finding } from './diagnostics.ts';
import { indicatorIds, type Rubric } from './rubric.ts';
import { LEVELS, LIMITS } from './text.ts';
import { IdSchema, LevelSchema, limited, QualifiedIdSchema, TextSchema } from './text-schemas.ts';
import type { Checked } from './validate.ts';

const SampleSchema = v.strictObject({
  id: IdSchema,
  /** What the candidate said, as they would say it in the room. */
  answer: TextSchema,
  /** The reference level, agreed by the reviewers. */
  level: LevelSchema,
  /** Indicator ids the answer shows, and those it lacks that the next level needs. */
  shows: limited(QualifiedIdSchema, LIMITS.indicators, 'indicator ids'),
  lacks: v.optional(limited(QualifiedIdSchema, LIMITS.indicators, 'indicator ids'), []),
  /** Why this level: quotes the answer and names the indicators. */
  rationale: TextSchema,
});

/** A set of sample answers to one interview question, for interviewers to rate blind against a rubric. */
export const CalibrationSetSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  competency: IdSchema,
  question: v.strictObject({ rubric: IdSchema, id: QualifiedIdSchema }),
  samples: v.pipe(limited(SampleSchema, LIMITS.samples, 'samples per set'), v.minLength(10, 'a calibration set needs at least 10 samples')),
});

export type CalibrationSet = v.InferOutput<typeof CalibrationSetSchema>;
export type Sample = v.InferOutput<typeof SampleSchema>;

/** A sample's number on the rating sheet: the set's own order, from 1 (0 when it is not in the set). */
export function sheetNumber(set: CalibrationSet, sampleId: string): number {
  return set.samples.findIndex((s) => s.id === sampleId) + 1;
}

/**
 * The sample an item in a rating file names: its id as the files use it ("c"), its number
 * on the rating sheet ("3"), or both as the screen shows them ("3 · c", "Answer 3 · c").
 * An id wins over a number, so a set whose ids are digits still reads its own ids.
 */
export function sampleOfItem(set: CalibrationSet, item: string): Sample | undefined {
  const trimmed = item.trim();
  const byId = set.samples.find((s) => s.id === trimmed);
  if (byId) return byId;
  const both = /^(?:[\p{L}\s]*\s)?(\d+)(?:\s*·\s*(\S+))?$/u.exec(trimmed);
  if (!both) return undefined;
  const byNumber = set.samples[Number(both[1]) - 1];
  return byNumber && (both[2] === undefined || both[2] === byNumber.id) ? byNumber : undefined;
}

/** Schema, then references and coverage: every level present, ids unique, indicators in the rubric. */
export function checkCalibrationSet(data: unknown, rubrics: ReadonlyMap<string, Rubric>): Checked<CalibrationSet> {
  const parsed = v.safeParse(CalibrationSetSchema, data);
  if (!parsed.success) return { ok: false, findings: fromValibotIssues(parsed.issues) };
  const set = parsed.output;
  const findings: Finding[] = [];
  const add = (code: DiagnosticCode, path: string, message: string) => findings.push({ code, path, message: `${path}: ${message}` });

  const rubric = rubrics.get(set.competency);
  if (!rubric) add('unknown-competency', 'competency', `no rubric "${set.competency}"`);
  const questionRubric = rubrics.get(set.question.rubric);
  if (!questionRubric?.questions.some((q) => q.id === set.question.id)) add('unknown-question', 'question.id', `no question "${set.question.id}" in "${set.question.rubric}"`);
  const seen = new Set<string>();
  set.samples.forEach((s, i) => {
    if (seen.has(s.id)) add('duplicate-id', `samples.${i}.id`, `"${s.id}" is used twice`);
    seen.add(s.id);
    if (!rubric) return;
    const known = indicatorIds(rubric);
    [...s.shows.map((id, j) => [id, `samples.${i}.shows.${j}`]), ...s.lacks.map((id, j) => [id, `samples.${i}.lacks.${j}`])].forEach(([id, path]) => {
      if (!known.has(id!)) add('unknown-indicator', path!, `rubric "${rubric.id}" has no indicator "${id}"`);
    });
  });
  const missing = LEVELS.filter((l) => !set.samples.some((s) => s.level === l));
  if (missing.length) add('levels-missing', 'samples', `no sample at level ${missing.join(', ')}: a set must cover all five levels`);
  return findings.length ? { ok: false, findings } : { ok: true, value: set };
}
