import { findIndicator, levelOf, type Indicator, type Rubric } from './rubric.ts';
import type { ChoiceNode, Evidence } from './scenario.ts';
import type { Level, Text } from './text.ts';

// What the candidate did at each decision: one schema, in run-state.ts, for the machine and for storage.
import type { Answer, OwnAnswer } from './run-state.ts';
export type { Answer, OwnAnswer };

/** A self-rating from the indicators someone ticked: the highest level among them (null when none). */
export function selfRating(rubrics: ReadonlyMap<string, Rubric>, indicators: readonly string[]): Level | null {
  let best: Level | null = null;
  for (const rubric of rubrics.values()) {
    for (const level of rubric.levels) {
      if (level.indicators.some((i) => indicators.includes(i.id)) && (best === null || level.level > best)) best = level.level;
    }
  }
  return best;
}

export interface Shown {
  level: Level;
  difficulty: Level;
  /** Shown by a red-flag option (DESIGN.md step 4). */
  redFlag?: boolean;
}

export type Bound = 'evidence' | 'situation' | 'guidance' | 'redFlag';

export interface RuleResult {
  level: Level;
  /** Step 1: the lower median of the levels shown. */
  evidenceLevel: Level;
  /** Step 2: the highest level also shown in a situation at least that hard. */
  situationLevel: Level;
  /** Step 3: the cap from the share of decisions taken with a hint (5 = no cap). */
  guidanceCap: Level;
  /** Step 4: how many red-flag responses showed this competency, and the cap they set (5 = no cap). */
  redFlags: number;
  redFlagCap: Level;
  bound: Bound;
}

/** Levels are ordinal: of an even count, take the lower of the two middle values, never a mean. */
export function lowerMedian(levels: readonly Level[]): Level {
  if (levels.length === 0) throw new Error('lowerMedian of no levels');
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * S08's "chỉ dẫn" words as a cap: none → none; up to a quarter → 4 ("almost no
 * guidance"); up to a half → 3 ("sometimes"); up to three quarters → 2 ("often");
 * more → 1 ("much guidance").
 */
export function guidanceCap(hinted: number, decisions: number): Level {
  if (hinted <= 0 || decisions <= 0) return 5;
  const share = hinted / decisions;
  if (share <= 1 / 4) return 4;
  if (share <= 1 / 2) return 3;
  if (share <= 3 / 4) return 2;
  return 1;
}

/** Step 4: one red flag caps the competency at 2; two or more at 1. */
export function redFlagCap(redFlags: number): Level {
  return redFlags <= 0 ? 5 : redFlags === 1 ? 2 : 1;
}

/** The scoring rule of DESIGN.md, written once. `shown` must not be empty. */
export function applyRule(shown: readonly Shown[], hinted: number, decisions: number): RuleResult {
  const evidenceLevel = lowerMedian(shown.map((s) => s.level));
  let situationLevel: Level = 1;
  for (let l = evidenceLevel; l >= 1; l--) {
    if (shown.some((s) => s.level >= l && s.difficulty >= l)) {
      situationLevel = l as Level;
      break;
    }
  }
  const cap = guidanceCap(hinted, decisions);
  const redFlags = shown.filter((s) => s.redFlag).length;
  const flagCap = redFlagCap(redFlags);
  const level = Math.min(situationLevel, cap, flagCap) as Level;
  // Step 5: the red flag is named when it binds at least as hard as the hints do.
  const bound: Bound =
    flagCap < situationLevel && flagCap <= cap
      ? 'redFlag'
      : cap < situationLevel
        ? 'guidance'
        : situationLevel < evidenceLevel
          ? 'situation'
          : 'evidence';
  return { level, evidenceLevel, situationLevel, guidanceCap: cap, redFlags, redFlagCap: flagCap, bound };
}

export interface EvidenceItem {
  /** The decision's position in the run, from 0. */
  decision: number;
  nodeId: string;
  optionId: string;
  level: Level;
  difficulty: Level;
  indicators: string[];
  hinted: boolean;
  redFlag: boolean;
}

export interface CompetencyScore {
  competency: string;
  /** null when no decision on this path showed this competency. */
  result: RuleResult | null;
  /** The rubric's label and meaning of the level reached. */
  label: Text | null;
  meaning: Text | null;
  evidence: EvidenceItem[];
  decisions: number;
  hintedDecisions: number;
  /** Indicator ids shown, in the order first shown. */
  shown: string[];
  /** Indicators of the next level up that were not shown: what to aim for next. Empty at level 5. */
  missed: string[];
}

export function score(answers: readonly Answer[], rubrics: ReadonlyMap<string, Rubric>, competencies: readonly string[]): CompetencyScore[] {
  const decisions = answers.length;
  const hintedDecisions = answers.filter((a) => a.hinted).length;
  return competencies.map((competency) => {
    const evidence: EvidenceItem[] = answers.flatMap((a, decision) =>
      a.evidence
        .filter((e) => e.competency === competency)
        .map((e) => ({
          decision,
          nodeId: a.nodeId,
          optionId: a.optionId,
          level: e.level as Level,
          difficulty: a.difficulty,
          indicators: e.indicators,
          hinted: a.hinted,
          redFlag: a.redFlag === true,
        })),
    );
    const shown = [...new Set(evidence.flatMap((e) => e.indicators))];
    const result = evidence.length ? applyRule(evidence, hintedDecisions, decisions) : null;
    return { competency, result, ...atLevel(rubrics.get(competency), result?.level ?? null, shown), evidence, decisions, hintedDecisions, shown };
  });
}

/** What the report says of a level: the rubric's label and meaning, and the next level's indicators not yet shown. */
export function atLevel(rubric: Rubric | undefined, level: Level | null, shown: readonly string[]): Pick<CompetencyScore, 'label' | 'meaning' | 'missed'> {
  const next = level !== null && level < 5 ? ((level + 1) as Level) : null;
  const missed = rubric && next
    ? levelOf(rubric, next).indicators.filter((i) => !i.deficit && !shown.includes(i.id)).map((i) => i.id)
    : [];
  const reached = rubric && level !== null ? levelOf(rubric, level) : undefined;
  return { label: reached?.label ?? null, meaning: reached?.meaning ?? null, missed };
}

/** Shown indicators that exist in the rubric, deficits last: for the report's "what you showed". */
export function describeShown(rubric: Rubric, ids: readonly string[]) {
  return ids
    .map((id) => findIndicator(rubric, id))
    .filter((i) => i !== undefined)
    .sort((a, b) => Number(a.deficit) - Number(b.deficit));
}

/**
 * What a hint points at: the indicator shown by the strongest response at this
 * decision point. It names a behaviour to aim for, not which response shows it.
 */
export function indicatorToAimFor(node: ChoiceNode, rubrics: ReadonlyMap<string, Rubric>): Indicator | undefined {
  let best: { level: number; id: string } | undefined;
  for (const option of node.options)
    for (const e of option.evidence)
      for (const id of e.indicators) if (!best || e.level > best.level) best = { level: e.level, id };
  if (!best) return undefined;
  for (const rubric of rubrics.values()) {
    const found = findIndicator(rubric, best.id);
    if (found && !found.deficit) return found;
  }
  return undefined;
}
