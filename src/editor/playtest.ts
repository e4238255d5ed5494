import { createActor, type Actor } from 'xstate';
import type { ScenarioModule } from '../domain/catalog.ts';
import { compile, type RunMachine, type RunSnapshot } from '../domain/compile.ts';
import { contentHash } from '../domain/hash.ts';
import type { Pack } from '../domain/pack.ts';
import { reportOf, scoreOf, type RunReport } from '../domain/report.ts';
import { findNode, nodeDifficulty, type Scenario } from '../domain/scenario.ts';
import type { Answer } from '../domain/score.ts';

/** One earlier decision as the trainer sets it up: at this decision point, this option. */
export interface PriorChoice {
  nodeId: string;
  optionId: string;
}

export interface PlaytestStart {
  /** Which scenario of the draft (its index in `pack.scenarios`). */
  scenario: number;
  /** The decision point to start at; the scenario's start when absent. */
  at?: string;
  /** The evidence so far: decisions taken before `at`, in order (they need not form a path). */
  prior?: readonly PriorChoice[];
  mode?: 'assessment' | 'practice';
}

export type Playtest =
  | { ok: true; module: ScenarioModule; machine: RunMachine; actor: Actor<RunMachine> }
  | { ok: false; reason: 'not-checked' | 'no-scenario' | 'not-a-decision' | 'unknown-choice'; detail: string };

/**
 * A play-test of a draft's scenario, started (not yet subscribed) at a decision point with
 * the evidence so far the trainer chose: the same compiled machine a candidate plays, so
 * PlayScreen drives it with `actor.send` and renders `actor.getSnapshot()`. The scenario
 * must pass the checker (`checkDraft` without errors on it): an unchecked one may not compile.
 */
export function startPlaytest(pack: Pack, start: PlaytestStart): Playtest {
  void pack;
  void start;
  void createActor;
  // TODO: filled in after the API commit.
  return { ok: false, reason: 'not-checked', detail: 'not implemented yet' };
}

/** The answers the prior choices stand for, as the machine would have recorded them. */
export function priorAnswers(scenario: Scenario, prior: readonly PriorChoice[]): Answer[] | undefined {
  const answers: Answer[] = [];
  for (const { nodeId, optionId } of prior) {
    const node = findNode(scenario, nodeId);
    const option = node?.type === 'choice' ? node.options.find((o) => o.id === optionId) : undefined;
    if (node?.type !== 'choice' || !option) return undefined;
    answers.push({ nodeId, optionId, difficulty: nodeDifficulty(scenario, node), evidence: option.evidence, hinted: false, ...(option.redFlag ? { redFlag: true } : {}) });
  }
  return answers;
}

/** The report the play-test's path gives (its snapshot done, or so far): levels scored now, as a finished run stores them. */
export function playtestReport(module: ScenarioModule, snapshot: RunSnapshot): RunReport {
  const answers = snapshot.context.answers;
  const levels = Object.fromEntries(scoreOf(module, answers).map((s) => [s.competency, s.result?.level ?? null]));
  return reportOf(module, { answers, levels, contentHash: module.contentHash });
}

/** What the play screen and the report load for a scenario of the draft. */
export function moduleOf(pack: Pack, scenario: Scenario): ScenarioModule {
  const rubrics = new Map(pack.rubrics.map((r) => [r.id, r]));
  return { scenario, rubrics: scenario.competencies.map((c) => rubrics.get(c)!), contentHash: contentHash(scenario) };
}

void compile;
