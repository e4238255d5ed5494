/**
 * A calibration round in CMI terms (SCORM 1.2 and 2004), beside `cmi.ts`'s run: plain data
 * in, `[element, value]` pairs out.
 *
 * Score: the share of samples rated at exactly the reference level (the round summary's first
 * figure): scaled 0–1, raw 0–100 (min 0, max 100). Levels are ordinal, so no mean of levels
 * and no mean difference; within one level is the result of each interaction instead.
 *
 * Interactions: one per sample rated, in the order rated: id the sample id, type likert,
 * the response the level given (1–5), the correct response the reference level, result
 * correct when equal, neutral one level away, wrong (1.2) / incorrect (2004) further away;
 * latency from the sample shown to the rating locked.
 */
import { exactAgreement } from '../domain/statistics.ts';
import { elementsOf, sessionTime, type CmiScore, type CmiValues, type ScormVersion } from './cmi.ts';

/** The round's score, or undefined before any sample is rated. */
export function roundScore(pairs: readonly { level: number; reference: number }[]): CmiScore | undefined {
  if (!pairs.length) return undefined;
  const scaled = exactAgreement(pairs.map((p) => ({ rater: p.level, reference: p.reference })));
  return { raw: Math.round(scaled * 100), min: 0, max: 100, scaled };
}

export function ratingResult(version: ScormVersion, level: number, reference: number): string {
  const off = Math.abs(level - reference);
  if (off === 0) return 'correct';
  if (off === 1) return 'neutral';
  return version === '1.2' ? 'wrong' : 'incorrect';
}

/** One sample as the round rated it. */
export interface LmsRating {
  sampleId: string;
  level: number;
  reference: number;
  latencyMs?: number;
}

/** The elements of the interaction at `index` (id and type first: an LMS refuses the others before them). */
export function ratingInteractionValues(version: ScormVersion, index: number, r: LmsRating): CmiValues {
  const at = `cmi.interactions.${index}`;
  return [
    [`${at}.id`, r.sampleId],
    [`${at}.type`, 'likert'],
    [`${at}.correct_responses.0.pattern`, String(r.reference)],
    [`${at}.${elementsOf(version).response}`, String(r.level)],
    [`${at}.result`, ratingResult(version, r.level, r.reference)],
    ...(r.latencyMs === undefined ? [] : ([[`${at}.latency`, sessionTime(version, r.latencyMs)]] as CmiValues)),
  ];
}
