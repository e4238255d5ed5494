import { csvRows } from './csv.ts';
import { score, type Answer } from './score.ts';
import { pick, type Level, type Locale } from './text.ts';
import { countOf, discussionFocus, roomMean, totalOf } from './workshop-room.ts';
import { stepContent, type StepChoice, type WorkshopContent, type WorkshopRecord, type WorkshopStep } from './workshop-steps.ts';

// The end of a workshop: the room's path scored as a run, one row per step, and the CSV.

/** The room's path scored by the candidate's rule, per competency (scenario workshops only). */
export function roomLevels(content: WorkshopContent, answers: readonly Answer[]): Record<string, Level | null> | undefined {
  if (content.kind !== 'scenario') return undefined;
  const { scenario, rubrics } = content.module;
  const scores = score(answers, new Map(rubrics.map((r) => [r.id, r])), scenario.competencies);
  return Object.fromEntries(scores.map((s) => [s.competency, s.result?.level ?? null]));
}

/** One row of the end-of-workshop table: what the room chose at a step, against the levels on offer. */
export interface StepSummary {
  number: number;
  stepId: string;
  total: number;
  chosen: StepChoice;
  best: StepChoice;
  /** Share of the room that chose the best level (calibration: the reference), 0–1; null if nobody was counted. */
  atBest: number | null;
  mean: number | null;
}

export function summarise(content: WorkshopContent, steps: readonly WorkshopStep[]): StepSummary[] {
  return steps.flatMap((s, i) => {
    const step = stepContent(content, s.stepId);
    if (!step) return [];
    const { chosen, best } = discussionFocus(step, s.tally);
    const total = totalOf(s.tally);
    const atBest = total ? step.choices.filter((c) => c.level === best.level).reduce((n, c) => n + countOf(s.tally, c.id), 0) / total : null;
    return [{ number: i + 1, stepId: s.stepId, total, chosen, best, atBest, mean: roomMean(step, s.tally) }];
  });
}

/**
 * The workshop as CSV, one row per choice per step, for a spreadsheet: the room's
 * count beside each choice's level. Texts in the chosen language.
 */
export function workshopCsv(record: WorkshopRecord, content: WorkshopContent, locale: Locale): string {
  const header = ['workshop', 'source', 'source_id', 'step', 'step_id', 'choice', 'choice_id', 'text', 'level', 'count', 'followed_or_reference'];
  const rows = record.steps.flatMap((s, i) => {
    const step = stepContent(content, s.stepId);
    if (!step) return [];
    return step.choices.map((c) => [
      record.id,
      record.source.kind,
      record.source.id,
      i + 1,
      s.stepId,
      c.letter,
      c.id,
      pick(c.text, locale),
      c.level,
      countOf(s.tally, c.id),
      step.reference ? (step.reference.level === c.level ? 'reference' : '') : s.followed === c.id ? 'followed' : '',
    ]);
  });
  // Texts come from a pack: a cell that a spreadsheet would run as a formula is written as text.
  return csvRows([header, ...rows]);
}
