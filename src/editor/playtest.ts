import { createActor, type Actor } from 'xstate';
import type { ScenarioModule } from '../domain/catalog.ts';
import { compile, type RunMachine, type RunSnapshot } from '../domain/compile.ts';
import { contentHash } from '../domain/hash.ts';
import { checkPack, type Pack } from '../domain/pack.ts';
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
  const checked = checkPack(pack);
  const index = start.scenario;
  const written = pack.scenarios[index];
  if (!written) return { ok: false, reason: 'no-scenario', detail: `the draft has no scenario ${index}` };
  // The checked value (defaults applied), found by position: the check keeps the pack's order.
  const scenario = checked.ok ? checked.value.scenarios[index] : undefined;
  if (!checked.ok || !scenario) return { ok: false, reason: 'not-checked', detail: 'fix the errors the checker shows first' };
  const module = moduleOf(checked.value, scenario);
  const machine = compile(scenario);
  const at = start.at ?? scenario.start;
  const node = findNode(scenario, at);
  if (node?.type !== 'choice') return { ok: false, reason: 'not-a-decision', detail: `"${at}" is not a decision point` };
  const answers = priorAnswers(scenario, start.prior ?? []);
  if (!answers) return { ok: false, reason: 'unknown-choice', detail: 'a prior choice names no option of this scenario' };
  const initial = createActor(machine, { input: { mode: start.mode ?? 'practice' } }).getSnapshot();
  const snapshot = machine.resolveState({ value: at, context: { ...initial.context, answers } });
  const actor = createActor(machine, { snapshot });
  return { ok: true, module, machine, actor };
}

/**
 * A path of choices from the start to decision `at`, for the play-test's default
 * evidence so far: the first way there found (breadth first), taking each branch's
 * "otherwise". Undefined when `at` cannot be reached that way.
 */
export function pathTo(scenario: Scenario, at: string): PriorChoice[] | undefined {
  const queue: { id: string; prior: PriorChoice[] }[] = [{ id: scenario.start, prior: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { id, prior } = queue.shift()!;
    if (id === at) return prior;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = findNode(scenario, id);
    if (node?.type === 'choice') for (const o of node.options) queue.push({ id: o.next, prior: [...prior, { nodeId: id, optionId: o.id }] });
    else if (node?.type === 'branch') for (const b of node.branches) queue.push({ id: b.next, prior });
  }
  return undefined;
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
