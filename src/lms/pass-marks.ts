import type { PackagedKind } from './manifest.ts';

/**
 * The pass marks a trainer may give a package (docs/lms.md): for a scenario, the level a run's
 * score (the lower median, 1–5) must reach; for a calibration set, the percent of samples a
 * rater must rate at exactly the reference level. None by default: a level is a profile and a
 * round is practice, not an exam.
 */
export const PASS_MARKS: Readonly<Record<PackagedKind, readonly number[]>> = {
  scenario: [3, 4, 5],
  calibration: [60, 70, 80],
};
