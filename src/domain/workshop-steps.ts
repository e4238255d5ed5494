import type { CalibrationModule, ScenarioModule } from './catalog.ts';
import { guardHolds } from './guards.ts';
import { rationaleText } from './calibration-rationale.ts';
import type { Answer } from './score.ts';
import { findNode, nodeDifficulty, optionLevel, type ChoiceNode, type Evidence, type Scenario, type ScenarioNode } from './scenario.ts';
import { LEVELS, type Level, type Text } from './text.ts';

// A workshop's records and its steps: what it runs on, which step follows which (a
// scenario follows the room's choice through its branches), and what each step shows.
// The room's vote is workshop-room.ts, the end's table and CSV workshop-summary.ts, the
// projector's view workshop.ts (which re-exports all of them).

/** What a workshop is run on: a scenario (the room picks options) or a calibration set (the room rates samples). */
export interface WorkshopSource {
  kind: 'scenario' | 'calibration';
  id: string;
  title: Text;
}

/** One step the room went through: a decision point of a scenario, or one sample of a calibration set. */
export interface WorkshopStep {
  /** The node id (scenario) or the sample id (calibration). */
  stepId: string;
  /** How many people chose each option id (scenario), or gave each level "1"–"5" (calibration). */
  tally: Record<string, number>;
  /** Scenario only: the option the room went on with. */
  followed?: string;
  /** Each choice's level (scenario: the option's level, `optionLevel`; calibration: the reference level under "reference"). */
  levels: Record<string, Level>;
}

/** A finished workshop, as saved and exported. */
export interface WorkshopRecord {
  v: 1;
  kind: 'workshop';
  id: string;
  source: WorkshopSource;
  contentHash: string;
  startedAt: number;
  finishedAt: number;
  steps: WorkshopStep[];
  /** Scenario only: the room's path scored by the same rule as a run, per competency. */
  levels?: Record<string, Level | null>;
}

export type WorkshopContent = { kind: 'scenario'; module: ScenarioModule } | { kind: 'calibration'; module: CalibrationModule };

export const sourceOf = (content: WorkshopContent): WorkshopSource =>
  content.kind === 'scenario'
    ? { kind: 'scenario', id: content.module.scenario.id, title: content.module.scenario.title }
    : { kind: 'calibration', id: content.module.set.id, title: content.module.set.title };

/** One thing the room can choose at a step: an option, or a level when rating a sample. */
export interface StepChoice {
  id: string;
  /** What the room calls it out by: A, B, C… for options, 1–5 for levels. */
  letter: string;
  text: Text;
  level: Level;
  /** Scenario only: the option's evidence, shown on reveal. */
  evidence: Evidence[];
  /** Shown on reveal: the option's feedback (scenario). */
  feedback?: Text;
}

export interface StepContent {
  stepId: string;
  lines: { speaker: Text | null; text: Text }[];
  choices: StepChoice[];
  /** Calibration only: the reference level and why, shown on reveal. */
  reference?: { level: Level; rationale: Text };
}

const LETTERS = 'ABCDEFGHI';

/** The node reached from `nodeId` after `answers`, past any branches (which route on the evidence so far). */
function routeFrom(scenario: Scenario, nodeId: string, answers: readonly Answer[]): ScenarioNode | undefined {
  let node = findNode(scenario, nodeId);
  // The linter refuses loops of branches; the bound keeps a bad file from hanging the page anyway.
  for (let hops = 0; node?.type === 'branch' && hops <= scenario.nodes.length; hops++) {
    const way = node.branches.find((b) => !b.if || guardHolds(answers, b.if))!;
    node = findNode(scenario, way.next);
  }
  return node;
}

/** The decision point reached from `nodeId` after `answers`; undefined at an end. */
function decisionFrom(scenario: Scenario, nodeId: string, answers: readonly Answer[]): ChoiceNode | undefined {
  const node = routeFrom(scenario, nodeId, answers);
  return node?.type === 'choice' ? node : undefined;
}

/** Where the room's path ends: the end node's closing lines, for the last screen. */
export function closingLines(content: WorkshopContent, lastStepId: string | undefined, answers: readonly Answer[]): StepContent['lines'] {
  if (content.kind !== 'scenario' || !lastStepId) return [];
  const { scenario } = content.module;
  const last = answers.at(-1);
  const option = (findNode(scenario, lastStepId) as ChoiceNode | undefined)?.options.find((o) => o.id === last?.optionId);
  const node = option ? routeFrom(scenario, option.next, answers) : undefined;
  if (node?.type !== 'end') return [];
  const names = new Map(scenario.characters.map((c) => [c.id, c.name]));
  return node.lines.map((l) => ({ speaker: names.get(l.speaker) ?? null, text: l.text }));
}

export function firstStepId(content: WorkshopContent): string | undefined {
  if (content.kind === 'calibration') return content.module.set.samples[0]?.id;
  return decisionFrom(content.module.scenario, content.module.scenario.start, [])?.id;
}

/** The step after `stepId`: the next sample, or the decision point the followed option leads to. */
export function followingStepId(content: WorkshopContent, stepId: string, answers: readonly Answer[], followed?: string): string | undefined {
  if (content.kind === 'calibration') {
    const samples = content.module.set.samples;
    return samples[samples.findIndex((s) => s.id === stepId) + 1]?.id;
  }
  const { scenario } = content.module;
  const node = findNode(scenario, stepId);
  const option = node?.type === 'choice' ? node.options.find((o) => o.id === followed) : undefined;
  return option ? decisionFrom(scenario, option.next, answers)?.id : undefined;
}

/** The answer the room gives by following an option, as a candidate's run would record it. */
export function roomAnswer(content: WorkshopContent, stepId: string, optionId: string): Answer | undefined {
  if (content.kind !== 'scenario') return undefined;
  const { scenario } = content.module;
  const node = findNode(scenario, stepId);
  const option = node?.type === 'choice' ? node.options.find((o) => o.id === optionId) : undefined;
  if (node?.type !== 'choice' || !option) return undefined;
  return { nodeId: node.id, optionId, difficulty: nodeDifficulty(scenario, node), evidence: option.evidence, hinted: false, ...(option.redFlag ? { redFlag: true } : {}) };
}

export function stepContent(content: WorkshopContent, stepId: string): StepContent | undefined {
  if (content.kind === 'calibration') {
    const { set, rubric } = content.module;
    const sample = set.samples.find((s) => s.id === stepId);
    if (!sample) return undefined;
    return {
      stepId,
      lines: [{ speaker: null, text: sample.answer }],
      choices: rubric.levels.map((l) => ({ id: String(l.level), letter: String(l.level), text: l.label, level: l.level, evidence: [] })),
      // The reveal names indicators by their words, never by id (`s08.3.1`).
      reference: { level: sample.level, rationale: rationaleText(sample.rationale, rubric) },
    };
  }
  const { scenario } = content.module;
  const node = findNode(scenario, stepId);
  if (node?.type !== 'choice') return undefined;
  const names = new Map(scenario.characters.map((c) => [c.id, c.name]));
  return {
    stepId,
    lines: node.lines.map((l) => ({ speaker: names.get(l.speaker) ?? null, text: l.text })),
    // Authored order: the projector and the printed sheet letter options the same way.
    choices: node.options.map((o, i) => ({ id: o.id, letter: LETTERS[i]!, text: o.text, level: optionLevel(o), evidence: o.evidence, feedback: o.feedback })),
  };
}

export function levelsOf(step: StepContent): Record<string, Level> {
  return step.reference ? { reference: step.reference.level } : Object.fromEntries(step.choices.map((c) => [c.id, c.level]));
}
