import { lowerMedian, type Answer } from './score.ts';
import type { Guard } from './scenario.ts';
import type { Level } from './text.ts';

/** The evidence level of one competency so far: the same lower median `score` uses. */
export function evidenceSoFar(answers: readonly Answer[], competency: string): Level | null {
  const levels = answers.flatMap((a) => a.evidence.filter((e) => e.competency === competency).map((e) => e.level));
  return levels.length ? lowerMedian(levels) : null;
}

/** A branch guard: true when the evidence so far is within its bounds (never before any evidence). */
export function guardHolds(answers: readonly Answer[], guard: Guard): boolean {
  const level = evidenceSoFar(answers, guard.competency);
  if (level === null) return false;
  return (guard.atLeast === undefined || level >= guard.atLeast) && (guard.atMost === undefined || level <= guard.atMost);
}
