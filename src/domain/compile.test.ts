import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { chainScenario } from '../../tests/fixtures/large-pack.ts';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { makeScenario } from '../../tests/unit/fakes.ts';
import { compile, currentNodeId, type RunEvent } from './compile.ts';
import { guardHolds } from './guards.ts';
import type { ChoiceNode, Scenario } from './scenario.ts';
import type { Answer } from './score.ts';

const { scenario } = loadFixture();

function play(...events: RunEvent[]) {
  const actor = createActor(compile(scenario)).start();
  events.forEach((e) => actor.send(e));
  return actor;
}

const choose = (optionId: string) => ({ type: 'CHOOSE', optionId, at: 0 }) as const;
const hint = { type: 'HINT' } as const;
const next = { type: 'CONTINUE', at: 0 } as const;

describe('compile', () => {
  it('starts at the start node', () => {
    expect(currentNodeId(play().getSnapshot())).toBe('first');
  });

  it('moves along the chosen option and records its evidence at the node difficulty', () => {
    const snapshot = play(choose('a')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('easy');
    expect(snapshot.context.answers).toEqual([
      { nodeId: 'first', optionId: 'a', difficulty: 3, evidence: [{ competency: 'mini', level: 1, indicators: ['mini.1.2'] }], hinted: false },
    ]);
  });

  it('branches on the evidence so far: a strong answer raises the stakes', () => {
    const snapshot = play(choose('b')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('hard');
    expect(play(choose('b'), choose('a')).getSnapshot().context.answers[1]).toMatchObject({ nodeId: 'hard', difficulty: 5 });
  });

  it('ignores an unknown option', () => {
    const snapshot = play(choose('zzz')).getSnapshot();
    expect(currentNodeId(snapshot)).toBe('first');
    expect(snapshot.context.answers).toEqual([]);
  });

  it('marks the answer given after a hint, once per decision', () => {
    const snapshot = play(hint, hint, choose('b'), choose('a'), hint, choose('c')).getSnapshot();
    expect(snapshot.context.answers.map((a) => a.hinted)).toEqual([true, false, true]);
    expect(snapshot.context.hintsShown).toEqual([]);
  });

  it('ends in a final state whose output is the answers', () => {
    const snapshot = play(choose('b'), choose('a'), choose('c'), choose('b')).getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output?.answers.map((a) => `${a.nodeId}:${a.optionId}`)).toEqual(['first:b', 'hard:a', 'third:c', 'fourth:b']);
  });

  it('round-trips a persisted snapshot mid-run', () => {
    const actor = play(hint);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(compile(scenario), { snapshot: saved }).start();
    expect(currentNodeId(restored.getSnapshot())).toBe('first');
    restored.send(choose('b'));
    expect(restored.getSnapshot().context.answers[0]?.hinted).toBe(true);
  });
});

describe('guardHolds reads the lower median of the evidence so far', () => {
  const answer = (level: 1 | 2 | 3 | 4 | 5): Answer => ({
    nodeId: 'n',
    optionId: 'o',
    difficulty: 3,
    hinted: false,
    evidence: [{ competency: 'mini', level, indicators: [] }],
  });

  it.each([
    [[4, 5], { atLeast: 4 }, true],
    [[3, 5], { atLeast: 4 }, false],
    [[2, 2], { atMost: 2 }, true],
    [[3], { atMost: 2 }, false],
    [[3], { atLeast: 3, atMost: 3 }, true],
  ] as const)('%j with %j → %s', (levels, guard, expected) => {
    expect(guardHolds(levels.map(answer), { competency: 'mini', ...guard })).toBe(expected);
  });

  it('holds for nobody before any evidence', () => {
    expect(guardHolds([], { competency: 'mini', atMost: 5 })).toBe(false);
  });
});

describe('BACK (practice mode)', () => {
  const practice = () => createActor(compile(scenario), { input: { mode: 'practice' } }).start();

  it('takes the last decision back, returning to where it was made', () => {
    const actor = practice();
    for (const e of [choose('b'), next, choose('a')]) actor.send(e);
    expect(currentNodeId(actor.getSnapshot())).toBe('third');
    actor.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe('hard');
    expect(actor.getSnapshot().context).toMatchObject({ stepsBack: 1, answers: [{ nodeId: 'first', optionId: 'b' }] });
    actor.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe('first');
    actor.send({ type: 'BACK', at: 0 });
    expect(actor.getSnapshot().context).toMatchObject({ stepsBack: 2, answers: [] });
  });

  it('keeps a hint that was given, so the retaken answer still counts it', () => {
    const actor = practice();
    actor.send(hint);
    actor.send(choose('a'));
    actor.send({ type: 'BACK', at: 0 });
    actor.send(choose('b'));
    expect(actor.getSnapshot().context.answers[0]).toMatchObject({ optionId: 'b', hinted: true });
  });

  it('is refused in assessment mode', () => {
    const actor = play(choose('b'));
    expect(actor.getSnapshot().can({ type: 'BACK', at: 0 })).toBe(false);
    actor.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe('hard');
  });

  it('carries mode and steps back into the output', () => {
    const actor = practice();
    for (const e of [choose('b'), { type: 'BACK', at: 0 } as const, choose('b'), next, choose('a'), next, choose('c'), next, choose('b')]) actor.send(e);
    expect(actor.getSnapshot().output).toMatchObject({ mode: 'practice', stepsBack: 1, timeLimit: 0 });
  });
});

describe('practice: each answer is reviewed before the next decision opens', () => {
  const practice = () => createActor(compile(scenario), { input: { mode: 'practice' } }).start();

  it('holds the answer under review: the next decision takes no choice, hint or own answer until CONTINUE', () => {
    const actor = practice();
    actor.send(choose('b'));
    expect(actor.getSnapshot().context.reviewing).toBe(true);
    for (const e of [choose('a'), hint, { type: 'OWN_ANSWER', text: 'x', indicators: [] }] as RunEvent[]) {
      expect(actor.getSnapshot().can(e)).toBe(false);
      actor.send(e);
    }
    expect(actor.getSnapshot().context).toMatchObject({ answers: [{ optionId: 'b' }], hintsShown: [], ownAnswer: null });
    actor.send(next);
    expect(actor.getSnapshot().context.reviewing).toBe(false);
    actor.send(choose('a'));
    expect(actor.getSnapshot().context.answers.map((a) => a.optionId)).toEqual(['b', 'a']);
  });

  it('lets the answer under review be taken back, closing the review', () => {
    const actor = practice();
    actor.send(choose('a'));
    actor.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe('first');
    expect(actor.getSnapshot().context).toMatchObject({ reviewing: false, answers: [], stepsBack: 1 });
  });

  it('survives a restore', () => {
    const actor = practice();
    actor.send(choose('b'));
    const restored = createActor(compile(scenario), { snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) }).start();
    expect(restored.getSnapshot().context.reviewing).toBe(true);
    expect(restored.getSnapshot().can(choose('a'))).toBe(false);
  });

  it('never happens in assessment, where feedback waits for the report', () => {
    const actor = play(choose('b'));
    expect(actor.getSnapshot().context.reviewing).toBe(false);
    expect(actor.getSnapshot().can(next)).toBe(false);
  });
});

describe('timed mode: a deadline per decision, kept in the context and watched by an invoked clock', () => {
  afterEach(() => vi.useRealTimers());
  const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

  function timed() {
    vi.useFakeTimers({ now: T0 });
    return createActor(compile(scenario), { input: { timeLimit: 60, startedAt: T0 } }).start();
  }

  it('sets the first deadline from the start, and a new one from each choice', () => {
    const actor = timed();
    expect(actor.getSnapshot().context.deadline).toBe(T0 + 60_000);
    vi.advanceTimersByTime(20_000);
    actor.send({ type: 'CHOOSE', optionId: 'b', at: Date.now() });
    expect(actor.getSnapshot().context.deadline).toBe(T0 + 80_000);
    vi.advanceTimersByTime(59_000);
    expect(actor.getSnapshot().context.answers).toHaveLength(1);
  });

  it('records running out as level 1, shown on no indicator, and goes on as after the weakest response', () => {
    const actor = timed();
    vi.advanceTimersByTime(60_000);
    const { context } = actor.getSnapshot();
    expect(context.answers).toEqual([
      { nodeId: 'first', optionId: '', difficulty: 3, evidence: [{ competency: 'mini', level: 1, indicators: [] }], hinted: false, timedOut: true },
    ]);
    expect(currentNodeId(actor.getSnapshot())).toBe('easy');
    expect(context.deadline).toBe(T0 + 120_000);
  });

  it('goes on as after the weakest response by its highest level, on an option scored on two competencies', () => {
    vi.useFakeTimers({ now: T0 });
    // Option a is the weaker in its first competency (1) but the stronger overall (5): b is the weakest.
    const two = makeScenario({ competencies: ['s08', 's12'] });
    const open = two.nodes[0] as ChoiceNode;
    open.options[0]!.evidence = [{ competency: 's08', level: 1, indicators: [] }, { competency: 's12', level: 5, indicators: [] }];
    open.options[0]!.next = 'retry';
    const actor = createActor(compile(two), { input: { timeLimit: 60, startedAt: T0 } }).start();
    vi.advanceTimersByTime(60_000);
    expect(currentNodeId(actor.getSnapshot())).toBe(open.options[1]!.next);
  });

  it('keeps the deadline across a restore: the clock restarts with the time left, not a fresh minute', () => {
    const actor = timed();
    vi.advanceTimersByTime(45_000);
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const restored = createActor(compile(scenario), { snapshot: saved }).start();
    vi.advanceTimersByTime(14_000);
    expect(restored.getSnapshot().context.answers).toHaveLength(0);
    vi.advanceTimersByTime(1_000);
    expect(restored.getSnapshot().context.answers[0]).toMatchObject({ timedOut: true });
  });

  it('runs out at once on restore when the deadline passed while away', () => {
    const actor = timed();
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    vi.setSystemTime(T0 + 5 * 60_000);
    const restored = createActor(compile(scenario), { snapshot: saved }).start();
    vi.advanceTimersByTime(0);
    expect(restored.getSnapshot().context.answers[0]).toMatchObject({ nodeId: 'first', timedOut: true });
  });

  it('starts the next decision\'s clock at CONTINUE when an answer was under review', () => {
    vi.useFakeTimers({ now: T0 });
    const actor = createActor(compile(scenario), { input: { timeLimit: 60, startedAt: T0, mode: 'practice' } }).start();
    actor.send({ type: 'CHOOSE', optionId: 'b', at: Date.now() });
    expect(actor.getSnapshot().context.deadline).toBeNull();
    vi.advanceTimersByTime(5 * 60_000);
    expect(actor.getSnapshot().context.answers).toHaveLength(1);
    actor.send({ type: 'CONTINUE', at: Date.now() });
    expect(actor.getSnapshot().context.deadline).toBe(T0 + 6 * 60_000);
    vi.advanceTimersByTime(60_000);
    expect(actor.getSnapshot().context.answers[1]).toMatchObject({ timedOut: true });
  });

  it('carries the time limit into the output', () => {
    const actor = timed();
    for (const id of ['b', 'a', 'c', 'b']) actor.send({ type: 'CHOOSE', optionId: id, at: Date.now() });
    expect(actor.getSnapshot().output).toMatchObject({ timeLimit: 60 });
  });

  it('never runs out untimed', () => {
    vi.useFakeTimers({ now: T0 });
    const actor = createActor(compile(scenario)).start();
    vi.advanceTimersByTime(24 * 3600_000);
    expect(actor.getSnapshot().context).toMatchObject({ deadline: null, answers: [] });
  });
});

describe('own answer first', () => {
  it('keeps what was written at this decision and attaches it to the answer chosen next', () => {
    const actor = play({ type: 'OWN_ANSWER', text: 'I would ask each of them', indicators: ['mini.4.1'] } as never);
    expect(actor.getSnapshot().context.ownAnswer).toEqual({ nodeId: 'first', text: 'I would ask each of them', indicators: ['mini.4.1'] });
    actor.send(choose('c'));
    actor.send(choose('a'));
    const [first, second] = actor.getSnapshot().context.answers;
    expect(first!.own).toEqual({ text: 'I would ask each of them', indicators: ['mini.4.1'] });
    expect(second!.own).toBeUndefined();
    expect(actor.getSnapshot().context.ownAnswer).toBeNull();
  });

  it('keeps a spoken answer’s recording (id and length) with the answer, and with the one chosen next', () => {
    const recording = { id: 'r1', durationMs: 3_000 };
    const actor = play({ type: 'OWN_ANSWER', text: 'I would ask', indicators: [], recording } as never);
    expect(actor.getSnapshot().context.ownAnswer).toEqual({ nodeId: 'first', text: 'I would ask', indicators: [], recording });
    actor.send(choose('c'));
    expect(actor.getSnapshot().context.answers[0]!.own).toEqual({ text: 'I would ask', indicators: [], recording });
  });
});

describe('compile on a long scenario', () => {
  /** Every transition the machine has, counted over its states' `on` and `always`. */
  const transitions = (machine: ReturnType<typeof compile>) =>
    Object.values(machine.root.states).reduce((n, state) => n + [...state.transitions.values()].reduce((m, list) => m + list.length, 0) + (state.always?.length ?? 0), 0);

  it('grows in line with the number of decisions, not with its square (a BACK per decision to every decision was n²)', () => {
    const small = transitions(compile(chainScenario(50) as unknown as Scenario));
    const large = transitions(compile(chainScenario(400) as unknown as Scenario));
    // Eight times the decisions: eight times the transitions, give or take the fixed ones.
    expect(large / small).toBeLessThan(8.5);
  });

  it('steps back along a 400-decision chain to the start, in practice mode', () => {
    const actor = createActor(compile(chainScenario(400) as unknown as Scenario), { input: { mode: 'practice' } }).start();
    for (let i = 0; i < 400; i++) {
      actor.send(choose('b'));
      if (i < 399) actor.send(next);
    }
    expect(actor.getSnapshot().status).toBe('done');
    const back = createActor(compile(chainScenario(400) as unknown as Scenario), { input: { mode: 'practice' } }).start();
    for (const e of [choose('a'), next, choose('b'), next, choose('c')]) back.send(e);
    back.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(back.getSnapshot())).toBe('d2');
    back.send({ type: 'BACK', at: 0 });
    back.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(back.getSnapshot())).toBe('d0');
    expect(back.getSnapshot().context).toMatchObject({ stepsBack: 3, answers: [] });
  });
});
