import type { CalibrationSet, Sample } from './calibration.ts';
import { bias, cohenKappa, confusionMatrix, exactAgreement, withinOne, type Bias, type Pair } from './statistics.ts';
import { own } from './own.ts';

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
  const pairs: Pair[] = set.samples.flatMap((s) => {
    const mine = own(ratings, s.id);
    return mine ? [{ rater: mine.level, reference: s.level }] : [];
  });
  return {
    rated: pairs.length,
    exact: exactAgreement(pairs),
    withinOne: withinOne(pairs),
    qwk: cohenKappa(pairs, 'quadratic'),
    bias: bias(pairs),
    confusion: confusionMatrix(pairs),
  };
}

/** A sample the rater did not rate at the reference level. */
export interface Miss {
  sample: Sample;
  /** Its number on the rating sheet (the set's order, from 1). */
  number: number;
  mine: number;
  /** Signed: above 0 when the rater was more lenient than the reference. */
  by: number;
}

/** The samples rated away from the reference, the widest misses first, then in the sheet's order. */
export function missedSamples(set: CalibrationSet, ratings: Readonly<Record<string, { level: number }>>): Miss[] {
  return set.samples
    .flatMap((sample, i) => {
      const mine = own(ratings, sample.id)?.level;
      return mine === undefined || mine === sample.level ? [] : [{ sample, number: i + 1, mine, by: mine - sample.level }];
    })
    .sort((a, b) => Math.abs(b.by) - Math.abs(a.by) || a.number - b.number);
}
