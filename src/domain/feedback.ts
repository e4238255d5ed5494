import type { Rubric } from './rubric.ts';
import { findNode, type Scenario, type ScenarioOption } from './scenario.ts';
import { selfRating, type Answer } from './score.ts';
import type { Level, Text } from './text.ts';

/** What a candidate learns about one decision once it is taken (never before: DESIGN.md). */
export interface DecisionFeedback {
  /** 1-based, as the screen counts decisions. */
  decision: number;
  timedOut: boolean;
  /** The response chosen (absent when time ran out). */
  option?: ScenarioOption;
  /** The level shown per competency. */
  levels: { competency: string; level: Level }[];
  /** The own answer written first, with its self-rating and the level of the response chosen. */
  own?: { text: string; self: Level | null; chosen: Level };
  /** The decision point's model answer, given where the response fell short of 5 or an own answer asks for the comparison. */
  modelAnswer?: Text;
  /** The model answer is stronger than the response chosen (below 5); at 5 it is only another way to say it. */
  modelIsStronger: boolean;
}

/** The feedback on the `index`-th answer of a run (the last by default). */
export function decisionFeedback(
  scenario: Scenario,
  answers: readonly Answer[],
  rubrics: ReadonlyMap<string, Rubric>,
  index = answers.length - 1,
): DecisionFeedback | undefined {
  const answer = answers[index];
  if (!answer) return undefined;
  const node = findNode(scenario, answer.nodeId);
  if (node?.type !== 'choice') return undefined;
  const levels = answer.evidence.map((e) => ({ competency: e.competency, level: e.level }));
  const chosen = Math.max(...levels.map((l) => l.level)) as Level;
  const own = answer.own ? { text: answer.own.text, self: selfRating(rubrics, answer.own.indicators), chosen } : undefined;
  return {
    decision: index + 1,
    timedOut: answer.timedOut === true,
    ...(answer.timedOut ? {} : { option: node.options.find((o) => o.id === answer.optionId) }),
    levels,
    ...(own ? { own } : {}),
    ...(node.modelAnswer && (chosen < 5 || own) ? { modelAnswer: node.modelAnswer } : {}),
    modelIsStronger: chosen < 5,
  };
}
