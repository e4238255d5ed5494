import type { ScenarioModule } from './catalog.ts';
import { findIndicator, type Indicator, type Rubric } from './rubric.ts';
import { findNode, type ChoiceNode, type Evidence, type Scenario, type ScenarioOption } from './scenario.ts';
import { atLevel, score, type Answer, type CompetencyScore, type EvidenceItem } from './score.ts';
import type { Level } from './text.ts';

export function rubricsOf(module: Pick<ScenarioModule, 'rubrics'>): Map<string, Rubric> {
  return new Map(module.rubrics.map((r) => [r.id, r]));
}

/** The run scored now, on the module's rubrics and competencies: what a run stores as its levels when it ends. */
export function scoreOf(module: ScenarioModule, answers: readonly Answer[]): CompetencyScore[] {
  return score(answers, rubricsOf(module), module.scenario.competencies);
}

/** What the report reads of a finished run (a stored result): its answers, the levels stored when it ended, the content it was played on. */
export interface FinishedRun {
  answers: readonly Answer[];
  levels: Readonly<Record<string, Level | null>>;
  contentHash: string;
}

export interface CompetencyReport extends CompetencyScore {
  /**
   * Today's rule gives the stored answers the stored level, so `result.bound` explains it.
   * False for a run scored by an older rule: the level is still the stored one.
   */
  explained: boolean;
}

export interface RunReport {
  /** The competencies stored with the run, at the levels stored (as the progress page shows them). */
  competencies: CompetencyReport[];
  /** The scenario has changed since the run ended: quote only what `quotedChoice` still finds. */
  contentChanged: boolean;
}

/**
 * A finished run's report: the levels stored when it ended, never re-scored against
 * today's content (so it agrees with the progress page); the evidence, the bound and
 * what the next level needs are worked out from the run's own answers.
 */
export function reportOf(module: ScenarioModule, run: FinishedRun): RunReport {
  const rubrics = rubricsOf(module);
  const competencies = score(run.answers, rubrics, Object.keys(run.levels)).map((s): CompetencyReport => {
    const stored = Object.hasOwn(run.levels, s.competency) ? run.levels[s.competency]! : null;
    if (stored === (s.result?.level ?? null)) return { ...s, explained: true };
    const result = s.result && stored !== null ? { ...s.result, level: stored } : null;
    return { ...s, result, ...atLevel(rubrics.get(s.competency), result?.level ?? null, s.shown), explained: false };
  });
  return { competencies, contentChanged: run.contentHash !== module.contentHash };
}

const sameEvidence = (a: readonly Evidence[], b: readonly Evidence[]) =>
  a.length === b.length && a.every((e, i) => e.competency === b[i]!.competency && e.level === b[i]!.level);

/**
 * The decision point and option an answer was given at, as the scenario reads today,
 * for the report to quote. Once the content has changed, only where the option still
 * shows what the run recorded: a re-keyed or rescored option would quote another response.
 */
export function quotedChoice(scenario: Scenario, answer: Answer, contentChanged: boolean): { node: ChoiceNode; option: ScenarioOption | undefined } | undefined {
  const node = findNode(scenario, answer.nodeId);
  if (node?.type !== 'choice') return undefined;
  const option = node.options.find((o) => o.id === answer.optionId);
  if (!contentChanged) return { node, option };
  return option && sameEvidence(option.evidence, answer.evidence) ? { node, option } : undefined;
}

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
