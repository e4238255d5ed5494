import type { CalibrationSet } from './calibration.ts';
import { bias, cohenKappa, confusionMatrix, exactAgreement, withinOne, type Bias, type Pair } from './statistics.ts';

export interface RoundSummary {
  rated: number;
  exact: number;
  withinOne: number;
  /** Quadratic-weighted kappa against the reference. */
  qwk: number;
  bias: Bias;
  /** Rows the reference level 1–5, columns the rater's. */
  confusion: number[][];
}

/** A rater's locked levels against the set's reference levels. */
export function summariseRound(set: CalibrationSet, ratings: Readonly<Record<string, { level: number }>>): RoundSummary {
  const pairs: Pair[] = set.samples.flatMap((s) => (ratings[s.id] ? [{ rater: ratings[s.id]!.level, reference: s.level }] : []));
  return {
    rated: pairs.length,
    exact: exactAgreement(pairs),
    withinOne: withinOne(pairs),
    qwk: cohenKappa(pairs, 'quadratic'),
    bias: bias(pairs),
    confusion: confusionMatrix(pairs),
  };
}
