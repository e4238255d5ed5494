import type { CalibrationModule, ScenarioModule } from './catalog.ts';
import { guardHolds } from './guards.ts';
import { rationaleText } from './calibration-rationale.ts';
import { score, type Answer } from './score.ts';
import { findNode, nodeDifficulty, optionLevel, type ChoiceNode, type Evidence, type Scenario, type ScenarioNode } from './scenario.ts';
import { LEVELS, pick, type Level, type Locale, type Text } from './text.ts';
import { csvRows } from './csv.ts';

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
function closingLines(content: WorkshopContent, lastStepId: string | undefined, answers: readonly Answer[]): StepContent['lines'] {
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

const totalOf = (tally: Readonly<Record<string, number>>) => Object.values(tally).reduce((a, b) => a + b, 0);

/** How the room's vote went at a step: the choices with the most votes, and whether they carry the room. */
export interface RoomVote {
  /** The most chosen choices, in listed order: one, or several tied; all of them when nobody was counted. */
  leaders: StepChoice[];
  /** Votes for each leader. */
  votes: number;
  total: number;
  /**
   * More than half the room chose the one leader: only then does the room "mostly" agree.
   * 4 of 13 is the most votes, not most of the room.
   */
  majority: boolean;
}

export function roomVote(step: StepContent, tally: Readonly<Record<string, number>>): RoomVote {
  const count = (c: StepChoice) => tally[c.id] ?? 0;
  const votes = Math.max(0, ...step.choices.map(count));
  const leaders = step.choices.filter((c) => count(c) === votes);
  const total = totalOf(tally);
  return { leaders, votes, total, majority: leaders.length === 1 && votes * 2 > total };
}

/** The choice the room goes on with by default: the most chosen, a tie to the one listed first, none counted the first. */
export function mostChosen(step: StepContent, tally: Readonly<Record<string, number>>): StepChoice {
  return roomVote(step, tally).leaders[0]!;
}

/**
 * The choice a key counts for while tallying: the key of its label (A–I for options,
 * 1–5 for levels), or for options also its number (1 for A), as the room may call out either.
 */
export function choiceForKey(step: StepContent, key: string): StepChoice | undefined {
  const wanted = key.toUpperCase();
  return step.choices.find((c) => c.letter === wanted) ?? (/^[1-9]$/.test(wanted) ? step.choices[Number(wanted) - 1] : undefined);
}

/** The room's mean level at a step, weighted by how many chose each; null when nobody was counted. */
function roomMean(step: StepContent, tally: Readonly<Record<string, number>>): number | null {
  const total = totalOf(tally);
  if (!total) return null;
  return step.choices.reduce((sum, c) => sum + c.level * (tally[c.id] ?? 0), 0) / total;
}

/** What the discussion starts from: where the room went, and the strongest answer beside it. */
export interface DiscussionFocus {
  chosen: StepChoice;
  best: StepChoice;
  /** How the room voted: the leaders' letters, their votes, the room's size, and whether that is a majority. */
  vote: { letters: string[]; votes: number; total: number; majority: boolean };
  /** Calibration: the lowest and highest level the room gave. */
  spread?: { low: Level; high: Level };
}

function discussionFocus(step: StepContent, tally: Readonly<Record<string, number>>): DiscussionFocus {
  const { leaders, votes, total, majority } = roomVote(step, tally);
  const chosen = leaders[0]!;
  const vote = { letters: leaders.map((c) => c.letter), votes, total, majority };
  const best = step.reference
    ? step.choices.find((c) => c.level === step.reference!.level)!
    : step.choices.reduce((a, b) => (b.level > a.level ? b : a));
  const given = LEVELS.filter((l) => (tally[String(l)] ?? 0) > 0);
  return step.reference && given.length ? { chosen, best, vote, spread: { low: given[0]!, high: given.at(-1)! } } : { chosen, best, vote };
}

/** The room's path scored by the candidate's rule, per competency (scenario workshops only). */
export function roomLevels(content: WorkshopContent, answers: readonly Answer[]): Record<string, Level | null> | undefined {
  if (content.kind !== 'scenario') return undefined;
  const { scenario, rubrics } = content.module;
  const scores = score(answers, new Map(rubrics.map((r) => [r.id, r])), scenario.competencies);
  return Object.fromEntries(scores.map((s) => [s.competency, s.result?.level ?? null]));
}

/** One row of the end-of-workshop table: what the room chose at a step, against the levels on offer. */
export interface StepSummary {
  number: number;
  stepId: string;
  total: number;
  chosen: StepChoice;
  best: StepChoice;
  /** Share of the room that chose the best level (calibration: the reference), 0–1; null if nobody was counted. */
  atBest: number | null;
  mean: number | null;
}

function summarise(content: WorkshopContent, steps: readonly WorkshopStep[]): StepSummary[] {
  return steps.flatMap((s, i) => {
    const step = stepContent(content, s.stepId);
    if (!step) return [];
    const { chosen, best } = discussionFocus(step, s.tally);
    const total = totalOf(s.tally);
    const atBest = total ? step.choices.filter((c) => c.level === best.level).reduce((n, c) => n + (s.tally[c.id] ?? 0), 0) / total : null;
    return [{ number: i + 1, stepId: s.stepId, total, chosen, best, atBest, mean: roomMean(step, s.tally) }];
  });
}

/**
 * The workshop as CSV, one row per choice per step, for a spreadsheet: the room's
 * count beside each choice's level. Texts in the chosen language.
 */
export function workshopCsv(record: WorkshopRecord, content: WorkshopContent, locale: Locale): string {
  const header = ['workshop', 'source', 'source_id', 'step', 'step_id', 'choice', 'choice_id', 'text', 'level', 'count', 'followed_or_reference'];
  const rows = record.steps.flatMap((s, i) => {
    const step = stepContent(content, s.stepId);
    if (!step) return [];
    return step.choices.map((c) => [
      record.id,
      record.source.kind,
      record.source.id,
      i + 1,
      s.stepId,
      c.letter,
      c.id,
      pick(c.text, locale),
      c.level,
      s.tally[c.id] ?? 0,
      step.reference ? (step.reference.level === c.level ? 'reference' : '') : s.followed === c.id ? 'followed' : '',
    ]);
  });
  // Texts come from a pack: a cell that a spreadsheet would run as a formula is written as text.
  return csvRows([header, ...rows]);
}

export type WorkshopPhase = 'present' | 'tally' | 'reveal' | 'discuss' | 'done';

/** Where a workshop is: what the presenter's machine holds, in plain data. */
export interface WorkshopState {
  phase: WorkshopPhase;
  stepId: string;
  tally: Record<string, number>;
  steps: WorkshopStep[];
  answers: Answer[];
  discussUntil: number | null;
}

/**
 * What the projector shows, in both languages so the audience window can switch on
 * its own. Levels, feedback and the reference are left out until the reveal: the
 * room must not see them while it chooses.
 */
export interface AudienceView {
  source: WorkshopSource;
  phase: WorkshopPhase;
  /** 1-based number of the step on screen; the count of steps done at the end. */
  stepNumber: number;
  /** Calibration: the interview question the samples answer. */
  question?: Text;
  lines: StepContent['lines'];
  choices: { id: string; letter: string; text: Text; level?: Level; feedback?: Text }[];
  /** Shown from the tally on. */
  tally?: Record<string, number>;
  reference?: StepContent['reference'];
  focus?: DiscussionFocus;
  discussUntil: number | null;
  /** The end: each step's row, the room's levels on its path, and how the conversation closed. */
  summary?: StepSummary[];
  levels?: Record<string, Level | null>;
  competencyNames: Record<string, Text>;
}

export function audienceView(content: WorkshopContent, state: WorkshopState): AudienceView {
  const source = sourceOf(content);
  const competencyNames = Object.fromEntries(
    (content.kind === 'scenario' ? content.module.rubrics : [content.module.rubric]).map((r) => [r.id, r.name]),
  );
  const question = content.kind === 'calibration'
    ? content.module.rubric.questions.find((q) => q.id === content.module.set.question.id)?.text
    : undefined;
  const base = { source, phase: state.phase, discussUntil: state.discussUntil, competencyNames, ...(question ? { question } : {}) };
  if (state.phase === 'done') {
    return {
      ...base,
      stepNumber: state.steps.length,
      lines: closingLines(content, state.steps.at(-1)?.stepId, state.answers),
      choices: [],
      summary: summarise(content, state.steps),
      ...(content.kind === 'scenario' ? { levels: roomLevels(content, state.answers) } : {}),
    };
  }
  const step = stepContent(content, state.stepId)!;
  const revealed = state.phase === 'reveal' || state.phase === 'discuss';
  return {
    ...base,
    stepNumber: state.steps.length + 1,
    lines: step.lines,
    choices: step.choices.map((c) => ({
      id: c.id,
      letter: c.letter,
      text: c.text,
      ...(revealed && !step.reference ? { level: c.level, ...(c.feedback ? { feedback: c.feedback } : {}) } : {}),
    })),
    ...(state.phase === 'present' ? {} : { tally: state.tally }),
    ...(revealed && step.reference ? { reference: step.reference } : {}),
    ...(state.phase === 'discuss' ? { focus: discussionFocus(step, state.tally) } : {}),
  };
}
