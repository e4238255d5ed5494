import { afterEach, describe, expect, it } from 'vitest';
import { makeModule } from '../../tests/unit/fakes.ts';
import { scoreOf } from '../domain/report.ts';
import { RunSession, type RunSessionOptions } from '../machines/run-session.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { fakeLms } from '../../tests/unit/fake-lms.ts';
import { linkToLms, lmsVersionIn } from './launch.ts';
import { decodeSuspend } from './suspend.ts';

const sessions: RunSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

function setUp() {
  const clock = { t: 10_000 };
  const now = () => clock.t;
  const repository = new Repository(memoryBackend(), [], now);
  const module = makeModule();
  const options: RunSessionOptions = { repository, now, seed: () => 7 };
  const open = async (extra: Partial<RunSessionOptions> = {}) => {
    const s = await RunSession.open(module, { ...options, ...extra });
    sessions.push(s);
    return s;
  };
  const reopen = async (setup: Partial<RunSessionOptions>) => {
    const s = await RunSession.replay(module, [], 0, { ...options, ...setup });
    sessions.push(s);
    return s;
  };
  return { clock, now, module, open, reopen, repository };
}

describe('lmsVersionIn', () => {
  it.each([['?lms=1.2', '1.2'], ['?lms=2004', '2004'], ['', undefined], ['?lms=3', undefined]])('%j → %s', (search, version) => {
    expect(lmsVersionIn(search)).toBe(version);
  });
});

describe.each(['1.2', '2004'] as const)('a run reported to a SCORM %s LMS', (version) => {
  const el = version === '1.2'
    ? { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', time: 'cmi.core.session_time', response: 'student_response', exit: 'cmi.core.exit' }
    : { status: 'cmi.completion_status', raw: 'cmi.score.raw', time: 'cmi.session_time', response: 'learner_response', exit: 'cmi.exit' };

  it('is incomplete from launch, gets an interaction per decision, and ends completed with the report\'s score', async () => {
    const { clock, now, module, open, reopen } = setUp();
    const lms = fakeLms(version);
    const { session } = await linkToLms(lms.win, version, await open(), reopen, now);
    expect(lms.values.get(el.status)).toBe('incomplete');
    expect(lms.values.get(el.exit)).toBe('suspend');

    clock.t += 4_000;
    session.actor.send({ type: 'CHOOSE', optionId: 'b', at: now() });
    expect(lms.values.get('cmi.interactions.0.id')).toBe('open');
    expect(lms.values.get(`cmi.interactions.0.${el.response}`)).toBe('b');
    expect(lms.values.get('cmi.interactions.0.result')).toBe('correct');
    expect(lms.values.get('cmi.interactions.0.latency')).toBe(version === '1.2' ? '0000:00:04.00' : 'PT4S');
    expect(decodeSuspend(lms.values.get('cmi.suspend_data')!)?.decisions).toEqual([{ option: 1, hinted: false }]);

    clock.t += 1_500;
    session.actor.send({ type: 'HINT' });
    session.actor.send({ type: 'CHOOSE', optionId: 'b', at: now() });
    clock.t += 500;
    session.actor.send({ type: 'CHOOSE', optionId: 'a', at: now() });
    expect(session.snapshot.status).toBe('done');

    const answers = session.snapshot.output!.answers;
    const levels = Object.fromEntries(scoreOf(module, answers).map((c) => [c.competency, c.result?.level ?? null]));
    expect(lms.values.get(el.status)).toBe('completed');
    expect(lms.values.get(el.raw)).toBe(String(Object.values(levels)[0]));
    expect(lms.values.get('cmi.interactions.2.id')).toBe('stakes');
    expect(lms.values.get('cmi.interactions.1.latency')).toBe(version === '1.2' ? '0000:00:01.50' : 'PT1.5S');
    expect(lms.values.get(el.time)).toBe(version === '1.2' ? '0000:00:06.00' : 'PT6S');
    expect(lms.values.get('cmi.suspend_data')).toBe('');
    expect(lms.calls.at(-1)).toBe('terminate');
  });

  it('resumes from the LMS\'s resume data on a machine that has no saved run', async () => {
    const first = setUp();
    const lms = fakeLms(version);
    const { session } = await linkToLms(lms.win, version, await first.open({ mode: 'practice' }), first.reopen, first.now);
    session.actor.send({ type: 'HINT' });
    session.actor.send({ type: 'CHOOSE', optionId: 'b', at: first.now() });
    session.actor.send({ type: 'CONTINUE', at: first.now() });
    lms.leave();
    expect(lms.calls.at(-1)).toBe('terminate');
    const suspend = lms.values.get('cmi.suspend_data')!;

    const elsewhere = setUp();
    const again = fakeLms(version, { 'cmi.suspend_data': suspend, [el.status]: 'incomplete' });
    const fresh = await elsewhere.open();
    const resumed = await linkToLms(again.win, version, fresh, elsewhere.reopen, elsewhere.now);
    expect(resumed.session).not.toBe(fresh);
    const { context } = resumed.session.snapshot;
    expect(context.mode).toBe('practice');
    expect(context.seed).toBe(session.snapshot.context.seed);
    expect(context.answers.map((a) => [a.nodeId, a.optionId, a.hinted])).toEqual([['open', 'b', true]]);
    expect(String(resumed.session.snapshot.value)).toBe('follow');
  });

  it('writes nothing in review mode', async () => {
    const { open, reopen, now } = setUp();
    const lms = fakeLms(version, { [version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']: 'review' });
    const { session } = await linkToLms(lms.win, version, await open(), reopen, now);
    session.actor.send({ type: 'CHOOSE', optionId: 'b', at: now() });
    expect([...lms.values.keys()]).toEqual([version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode']);
  });
});

it('without an LMS the run is left as it is', async () => {
  const { open, reopen, now } = setUp();
  const session = await open();
  const linked = await linkToLms({ addEventListener: () => {}, removeEventListener: () => {} }, '2004', session, reopen, now);
  expect(linked.session).toBe(session);
});
