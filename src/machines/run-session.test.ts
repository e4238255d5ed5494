import { afterEach, describe, expect, it, vi } from 'vitest';
import { failingBackend, makeAnswer, makeModule, makeRunRecord, makeScenario, text } from '../../tests/unit/fakes.ts';
import type { ScenarioModule } from '../domain/catalog.ts';
import { memoryBackend, type Backend } from '../storage/backend.ts';
import type { RunRecord } from '../storage/records.ts';
import { Repository } from '../storage/repository.ts';
import { scoreOf } from '../domain/report.ts';
import { RunSession } from './run-session.ts';

const sessions: RunSession[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
  vi.useRealTimers();
});

/** A repository over a fresh in-memory store, a clock the test sets, fixed result ids. */
function setUp(backend: Backend = memoryBackend()) {
  const clock = { t: 1_000 };
  const now = () => clock.t;
  const repository = new Repository(backend, [], now);
  const open = async (module: ScenarioModule = makeModule()) => {
    const session = await RunSession.open(module, { repository, now, newId: () => 'result-1' });
    sessions.push(session);
    return session;
  };
  return { backend, clock, repository, open };
}

/** Sends the events a candidate would: an option id to CHOOSE, or 'hint'. */
async function play(session: RunSession, steps: readonly string[]) {
  for (const step of steps) session.actor.send(step === 'hint' ? { type: 'HINT' } : { type: 'CHOOSE', optionId: step, at: 0 });
  await session.settled();
}

const savedRun = (backend: Backend) => backend.get('run/coffee-chat') as Promise<RunRecord | undefined>;
const chosen = (record: RunRecord | undefined) => record?.snapshot.context.answers.map((a) => `${a.nodeId}:${a.optionId}`);

describe('RunSession saves after every step', () => {
  it.each<[string[], string, string[]]>([
    [[], 'open', []],
    [['b'], 'follow', ['open:b']],
    [['b', 'b'], 'stakes', ['open:b', 'follow:b']], // 4, 5: lower median 4 → the harder node
    [['b', 'a'], 'retry', ['open:b', 'follow:a']], // 4, 2: lower median 2
    [['a', 'b'], 'retry', ['open:a', 'follow:b']], // 1, 5: lower median 1
    [['hint'], 'open', []],
  ])('after %j the saved run is at %s with answers %j', async (steps, node, answers) => {
    const { backend, open } = setUp();
    const session = await open();
    await play(session, steps);

    const saved = await savedRun(backend);
    expect(saved?.snapshot.value).toBe(node);
    expect(chosen(saved)).toEqual(answers);
    expect(saved?.snapshot.value).toBe(session.snapshot.value);
  });

  it('writes once on start and once per event', async () => {
    const { repository, open } = setUp();
    const journaled = vi.spyOn(repository, 'journaled');
    const session = await open();
    await play(session, ['b', 'hint', 'b']);
    expect(journaled).toHaveBeenCalledTimes(4);
    expect(journaled.mock.calls.map(([, [op]]) => (op && 'set' in op ? (op.value as RunRecord).snapshot.value : op))).toEqual(['open', 'follow', 'follow', 'stakes']);
  });

  it('stamps the record with the scenario, its content hash and the version', async () => {
    const { backend, clock, open } = setUp();
    const session = await open();
    clock.t = 2_000;
    await play(session, ['b']);
    expect(await savedRun(backend)).toMatchObject({
      v: 1,
      kind: 'run',
      scenarioId: 'coffee-chat',
      contentHash: makeModule().contentHash,
      startedAt: 1_000,
      updatedAt: 2_000,
    });
  });

  it('records the difficulty and evidence of each answer', async () => {
    const { backend, open } = setUp();
    const session = await open();
    await play(session, ['b', 'b', 'hint']);
    expect((await savedRun(backend))?.snapshot.context.answers).toEqual([
      { nodeId: 'open', optionId: 'b', difficulty: 3, evidence: [{ competency: 's08', level: 4, indicators: ['s08.4.1'] }], hinted: false },
      { nodeId: 'follow', optionId: 'b', difficulty: 3, evidence: [{ competency: 's08', level: 5, indicators: ['s08.5.1'] }], hinted: false },
    ]);
  });
});

describe('RunSession resumes after a reload', () => {
  async function reload(steps: string[]) {
    const env = setUp();
    const first = await env.open();
    await play(first, steps);
    first.stop();
    const second = await env.open();
    await second.settled();
    return { ...env, first, second };
  }

  it('at the same node with the same answers', async () => {
    const { first, second } = await reload(['b', 'b']);
    expect(second.snapshot.value).toBe('stakes');
    expect(second.snapshot.context.answers).toEqual(first.snapshot.context.answers);
    expect(second.snapshot.context.answers).toHaveLength(2);
  });

  it('with the hint still shown', async () => {
    const { second } = await reload(['b', 'hint']);
    expect(second.snapshot.value).toBe('follow');
    expect(second.snapshot.context.hintsShown).toEqual(['follow']);
  });

  it('and the next answer counts the hint shown before the reload', async () => {
    const { second } = await reload(['b', 'hint']);
    await play(second, ['b']);
    expect(second.snapshot.context.answers.map((a) => [a.nodeId, a.hinted])).toEqual([
      ['open', false],
      ['follow', true],
    ]);
    expect(second.snapshot.context.hintsShown).toEqual([]);
  });

  it('keeps the start time of the first session', async () => {
    const { backend, clock, second } = await reload(['b']);
    clock.t = 5_000;
    await play(second, ['a']);
    expect(await savedRun(backend)).toMatchObject({ startedAt: 1_000, updatedAt: 5_000 });
  });

  it('without any notice', async () => {
    const { repository } = await reload(['b']);
    expect(repository.notices).toEqual([]);
  });
});

describe('RunSession at the end of a run', () => {
  it.each<[string[], number, string]>([
    [['b', 'b', 'a'], 5, '4@3, 5@3, 5@5: holds 5 in the hard situation'],
    [['b', 'b', 'b'], 3, '4@3, 5@3, 3@5: evidence 4, but 4+ never shown at difficulty 4+'],
    [['a', 'b', 'a'], 3, '1@3, 5@3, 3@3: lower median 3'],
    [['a', 'a', 'b'], 1, '1@3, 2@3, 1@3'],
    [['hint', 'b', 'b', 'a'], 3, 'a hint on 1 of 3 decisions caps 5 at 3'],
  ])('after %j stores a result at level %i (%s)', async (steps, level, _why) => {
    const { repository, open } = setUp();
    const session = await open();
    await play(session, steps);

    const result = await repository.getResult('result-1');
    expect(result?.levels).toEqual({ s08: level });
    expect(result?.levels).toEqual({ s08: scoreOf(makeModule(), result!.answers)[0]!.result!.level });
  });

  it('stores the answers and times of the run', async () => {
    const { clock, repository, open } = setUp();
    const session = await open();
    clock.t = 9_000;
    await play(session, ['b', 'b', 'a']);
    expect(session.snapshot.status).toBe('done');
    expect(session.resultId).toBe('result-1');
    expect(await repository.getResult('result-1')).toMatchObject({
      v: 1,
      kind: 'result',
      id: 'result-1',
      scenarioId: 'coffee-chat',
      contentHash: makeModule().contentHash,
      startedAt: 1_000,
      finishedAt: 9_000,
      answers: session.snapshot.context.answers,
    });
  });

  it('clears the saved run', async () => {
    const { backend, open } = setUp();
    const session = await open();
    await play(session, ['b', 'b', 'a']);
    expect(await savedRun(backend)).toBeUndefined();
    expect((await backend.entries()).map(([k]) => k)).toEqual(['result/result-1']);
  });

  it('so the next session starts afresh', async () => {
    const { open } = setUp();
    await play(await open(), ['b', 'b', 'a']);
    const next = await open();
    expect(next.snapshot.value).toBe('open');
    expect(next.snapshot.context.answers).toEqual([]);
  });
});

describe('RunSession sets aside a saved run it cannot resume', () => {
  it('when the scenario has changed since: content-changed, and a fresh start', async () => {
    const { backend, clock, repository, open } = setUp();
    await play(await open(), ['b']);
    const old = await savedRun(backend);
    clock.t = 7_000;

    const changed = makeModule(makeScenario({ title: text('Coffee chat, revised') }));
    const session = await open(changed);
    await session.settled();

    expect(repository.notices).toEqual([{ code: 'content-changed', contentId: 'coffee-chat' }]);
    expect(await backend.get('quarantine/7000/run/coffee-chat')).toEqual(old);
    expect(session.snapshot.value).toBe('open');
    expect(session.snapshot.context.answers).toEqual([]);
    expect((await savedRun(backend))?.contentHash).toBe(changed.contentHash);
  });

  it('when the record is corrupt: corrupt-record, and a fresh start', async () => {
    const record = makeRunRecord();
    const raw = { ...record, snapshot: { ...record.snapshot, context: { answers: 'b', hintsShown: [] } } };
    const { backend, repository, open } = setUp(memoryBackend([['run/coffee-chat', raw]]));
    const session = await open();

    expect(repository.notices).toEqual([{ code: 'corrupt-record', key: 'run/coffee-chat', detail: expect.stringContaining('answers') }]);
    expect(await backend.get('quarantine/1000/run/coffee-chat')).toEqual(raw);
    expect(session.snapshot.value).toBe('open');
  });

  it('when its node no longer exists in the machine: corrupt-record, and a fresh start', async () => {
    const { backend, clock, repository, open } = setUp();
    await play(await open(), ['b']);
    const saved = (await savedRun(backend))!;
    clock.t = 7_000;
    const moved = { ...saved, snapshot: { ...saved.snapshot, value: 'gone' } };
    await backend.set('run/coffee-chat', moved);

    // XState does not throw here: the restored actor's status is 'error'. Nothing may
    // be reported as uncaught either: a real timer tick lets any such throw surface.
    const session = await open();
    await session.settled();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(repository.notices).toEqual([
      { code: 'corrupt-record', key: 'run/coffee-chat', detail: 'the saved step does not fit this scenario' },
    ]);
    expect(await backend.get('quarantine/7000/run/coffee-chat')).toEqual(moved);
    expect(session.snapshot.status).toBe('active');
    expect(session.snapshot.value).toBe('open');
    expect(session.snapshot.context.answers).toEqual([]);
    expect((await savedRun(backend))?.snapshot.value).toBe('open');
  });
});

describe('RunSession when storage fills up mid-run', () => {
  it('goes on in memory, says so, and still resumes within the tab', async () => {
    const { repository, open } = setUp(failingBackend(memoryBackend()));
    const first = await open();
    await play(first, ['b', 'hint']);
    first.stop();

    expect(repository.kind).toBe('memory');
    expect(repository.notices).toEqual([{ code: 'storage-failed', detail: expect.stringContaining('QuotaExceededError') }]);
    const second = await open();
    expect(second.snapshot.value).toBe('follow');
    expect(second.snapshot.context.hintsShown).toEqual(['follow']);
  });
});

describe('RunSession says when every step is written', () => {
  it('reports pending on each step and saved once the queue is empty', async () => {
    const states: boolean[] = [];
    const repository = new Repository(memoryBackend());
    const session = await RunSession.open(makeModule(), { repository, onSaveState: (saved) => states.push(saved) });
    await session.settled();
    session.actor.send({ type: 'HINT' });
    session.actor.send({ type: 'CHOOSE', optionId: 'b', at: 0 });
    expect(states.at(-1)).toBe(false);
    await session.settled();
    await Promise.resolve();
    expect(states.at(-1)).toBe(true);
    // Start: pending then saved; two steps queued back to back settle into one "saved".
    expect(states).toEqual([false, true, false, false, true]);
    session.stop();
  });
});

describe('RunSession.replay', () => {
  it('starts a new run at a finished run\'s decision, with the same answers and hints before it', async () => {
    const repository = new Repository(memoryBackend());
    const module = makeModule();
    const first = await RunSession.open(module, { repository });
    first.actor.send({ type: 'HINT' });
    first.actor.send({ type: 'CHOOSE', optionId: 'b', at: 0 });
    first.actor.send({ type: 'CHOOSE', optionId: 'b', at: 0 });
    const answers = first.snapshot.context.answers;
    await first.settled();
    first.stop();

    const again = await RunSession.replay(module, answers, 1, { repository });
    await again.settled();
    expect(again.snapshot.context.answers).toEqual(answers.slice(0, 1));
    expect(again.snapshot.value).toBe(answers[1]!.nodeId);
    expect((await repository.loadRun(module.scenario.id))?.snapshot.context.answers).toHaveLength(1);
    again.stop();
  });
  it('keeps the mode and the clock it is opened with: practice waits at the decision, timed starts a fresh minute', async () => {
    const repository = new Repository(memoryBackend());
    const module = makeModule();
    const answers = [makeAnswer(), makeAnswer({ nodeId: 'follow', optionId: 'a' })];

    const practised = await RunSession.replay(module, answers, 2, { repository, mode: 'practice' });
    expect(practised.snapshot.context).toMatchObject({ mode: 'practice', reviewing: false });
    expect(practised.snapshot.value).toBe('retry');
    practised.stop();

    const timed = await RunSession.replay(module, answers, 1, { repository, timeLimit: 60, now: () => 5_000 });
    expect(timed.snapshot.context).toMatchObject({ timeLimit: 60, deadline: 65_000 });
    expect(timed.snapshot.value).toBe('follow');
    timed.stop();
  });

  it('replays a decision that ran out of time as running out, not as a choice of nothing', async () => {
    const repository = new Repository(memoryBackend());
    const answers = [makeAnswer({ optionId: '', timedOut: true, evidence: [{ competency: 's08', level: 1, indicators: [] }] })];
    const again = await RunSession.replay(makeModule(), answers, 1, { repository, timeLimit: 60 });
    expect(again.snapshot.context.answers).toEqual([expect.objectContaining({ nodeId: 'open', timedOut: true })]);
    expect(again.snapshot.value).toBe('follow');
    again.stop();
  });
});

describe('RunSession records how the run was played', () => {
  it.each<[number, number | undefined]>([
    [60, 60],
    [0, undefined],
  ])('a time limit of %i s is stored in the result as %s', async (timeLimit, expected) => {
    const repository = new Repository(memoryBackend());
    const session = await RunSession.open(makeModule(), { repository, timeLimit, newId: () => 'r' });
    await play(session, ['b', 'b', 'a']);
    const result = await repository.getResult('r');
    expect(result).toBeDefined();
    expect(result!.timeLimit).toBe(expected);
    session.stop();
  });
});
