import { findIndicator, type Indicator, type Rubric } from './rubric.ts';
import type { CompetencyScore, EvidenceItem } from './score.ts';

/**
 * What a run showed of one competency, as the report lists it: the behaviours (what to
 * keep doing) apart from the deficits ("cannot yet prioritise"), which are evidence of a
 * low level and read as praise when listed under "What you showed". Ids unknown to the
 * rubric are dropped; the order is the order first shown.
 */
export function splitShown(rubric: Rubric, ids: readonly string[]): { behaviours: Indicator[]; deficits: Indicator[] } {
  const found = ids.map((id) => findIndicator(rubric, id)).filter((i) => i !== undefined);
  return { behaviours: found.filter((i) => !i.deficit), deficits: found.filter((i) => i.deficit) };
}

/** The decisions whose response was a red flag, in run order: what the report names when the red-flag cap binds. */
export function redFlagsOf(score: Pick<CompetencyScore, 'evidence'>): EvidenceItem[] {
  return score.evidence.filter((e) => e.redFlag);
}
