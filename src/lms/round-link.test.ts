import { afterEach, describe, expect, it } from 'vitest';
import { fakeLms } from '../../tests/unit/fake-lms.ts';
import { makeCalibrationSet, makeRubric } from '../../tests/unit/fakes.ts';
import type { CalibrationModule } from '../domain/catalog.ts';
import type { Level } from '../domain/text.ts';
import { RoundSession, type RoundSessionOptions } from '../machines/round-session.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { roundScore } from './round-cmi.ts';
import { linkRoundToLms } from './round-launch.ts';
import { decodeRoundSuspend } from './round-suspend.ts';

const set = makeCalibrationSet();
const module: CalibrationModule = { set, rubric: makeRubric(), contentHash: 'abcdef1234' };
const reference = (id: string) => set.samples.find((s) => s.id === id)!.level;

const sessions: RoundSession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.stop();
});

function setUp() {
  const clock = { t: 50_000 };
  const now = () => clock.t;
  const repository = new Repository(memoryBackend(), [], now);
  const options: RoundSessionOptions = { repository, now, seed: () => 7 };
  const open = async (extra: Partial<RoundSessionOptions> = {}) => {
    const s = await RoundSession.open(module, { ...options, ...extra });
    sessions.push(s);
    return s;
  };
  return { clock, now, open, repository, reopen: (order: string[]) => open({ order }) };
}

/** Rates the sample shown at `level`, locks, and goes on when `next`. */
function rate(round: RoundSession, level: Level, next = true) {
  round.actor.send({ type: 'RATE', level });
  round.actor.send({ type: 'LOCK' });
  if (next) round.actor.send({ type: 'NEXT' });
}

describe.each(['1.2', '2004'] as const)('a calibration round reported to a SCORM %s LMS', (version) => {
  const el = version === '1.2'
    ? { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', time: 'cmi.core.session_time', response: 'student_response', exit: 'cmi.core.exit', location: 'cmi.core.lesson_location', threshold: 'cmi.student_data.mastery_score', mode: 'cmi.core.lesson_mode', wrong: 'wrong' }
    : { status: 'cmi.completion_status', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', time: 'cmi.session_time', response: 'learner_response', exit: 'cmi.exit', location: 'cmi.location', threshold: 'cmi.scaled_passing_score', mode: 'cmi.mode', wrong: 'incorrect' };

  it('is incomplete while rating, records a likert interaction per sample, and ends completed with the exact-agreement score', async () => {
    const { clock, now, open, reopen } = setUp();
    const lms = fakeLms(version);
    const { session } = await linkRoundToLms(lms.win, version, await open(), reopen, now);
    const order = session.snapshot.context.order;
    expect(lms.values.get(el.status)).toBe('incomplete');
    expect(lms.values.get(el.exit)).toBe('suspend');
    expect(lms.values.get(el.location)).toBe(order[0]);

    // The reference, one level off, two levels off, then the reference for the rest.
    const given = order.map((id, i): Level => (i === 1 ? (reference(id) === 5 ? 4 : ((reference(id) + 1) as Level)) : i === 2 ? (reference(id) <= 2 ? ((reference(id) + 2) as Level) : ((reference(id) - 2) as Level)) : reference(id)));
    clock.t += 3_000;
    rate(session, given[0]!, false);
    expect(lms.values.get('cmi.interactions.0.id')).toBe(order[0]);
    expect(lms.values.get('cmi.interactions.0.type')).toBe('likert');
    expect(lms.values.get(`cmi.interactions.0.${el.response}`)).toBe(String(given[0]));
    expect(lms.values.get('cmi.interactions.0.correct_responses.0.pattern')).toBe(String(reference(order[0]!)));
    expect(lms.values.get('cmi.interactions.0.result')).toBe('correct');
    expect(lms.values.get('cmi.interactions.0.latency')).toBe(version === '1.2' ? '0000:00:03.00' : 'PT3S');
    expect(decodeRoundSuspend(lms.values.get('cmi.suspend_data')!)).toMatchObject({ levels: [given[0]], revealed: true });

    clock.t += 10_000; // reading the reference: not part of the next sample's latency
    session.actor.send({ type: 'NEXT' });
    expect(lms.values.get(el.location)).toBe(order[1]);
    clock.t += 2_500;
    rate(session, given[1]!);
    expect(lms.values.get('cmi.interactions.1.result')).toBe('neutral');
    expect(lms.values.get('cmi.interactions.1.latency')).toBe(version === '1.2' ? '0000:00:02.50' : 'PT2.5S');
    rate(session, given[2]!);
    expect(lms.values.get('cmi.interactions.2.result')).toBe(el.wrong);
    for (const level of given.slice(3)) rate(session, level);
    expect(session.snapshot.status).toBe('done');

    expect(lms.values.get('cmi.interactions.9.id')).toBe(order[9]);
    expect(lms.values.get(el.status)).toBe('completed');
    expect([lms.values.get(el.raw), lms.values.get(el.min), lms.values.get(el.max)]).toEqual(['80', '0', '100']);
    if (version === '2004') {
      expect(lms.values.get('cmi.score.scaled')).toBe('0.8');
      expect(lms.values.get('cmi.success_status')).toBe('unknown');
    }
    expect(lms.values.get(el.time)).toBe(version === '1.2' ? '0000:00:15.50' : 'PT15.5S');
    expect(lms.values.get('cmi.suspend_data')).toBe('');
    expect(lms.calls.at(-1)).toBe('terminate');
  });

  it.each([[70, 'passed'], [90, 'failed']])('with a pass mark of %i%% exact agreement, 80%% is %s', async (mark, status) => {
    const { now, open, reopen } = setUp();
    const lms = fakeLms(version, { [el.threshold]: version === '1.2' ? String(mark) : String(mark / 100) });
    const { session } = await linkRoundToLms(lms.win, version, await open(), reopen, now);
    session.snapshot.context.order.forEach((id, i) => rate(session, i < 2 ? (reference(id) === 1 ? 2 : 1) : reference(id)));
    expect(lms.values.get(el.raw)).toBe('80');
    expect(lms.values.get(version === '1.2' ? el.status : 'cmi.success_status')).toBe(status);
  });

  it('resumes from the LMS\'s resume data on a machine with no saved round, in the order shown and at the reference shown', async () => {
    const first = setUp();
    const lms = fakeLms(version);
    const { session } = await linkRoundToLms(lms.win, version, await first.open(), first.reopen, first.now);
    rate(session, 2);
    rate(session, 4, false);
    lms.leave();
    expect(lms.calls.at(-1)).toBe('terminate');
    const suspend = lms.values.get('cmi.suspend_data')!;

    const elsewhere = setUp();
    const again = fakeLms(version, { 'cmi.suspend_data': suspend, [el.status]: 'incomplete' });
    const fresh = await elsewhere.open({ seed: () => 12345 });
    const resumed = await linkRoundToLms(again.win, version, fresh, elsewhere.reopen, elsewhere.now);
    expect(resumed.session).not.toBe(fresh);
    const { context, value } = resumed.session.snapshot;
    expect(context.order).toEqual(session.snapshot.context.order);
    expect(context.index).toBe(1);
    expect(value).toBe('revealed');
    expect(Object.fromEntries(Object.entries(context.ratings).map(([id, r]) => [id, r.level]))).toEqual({ [context.order[0]!]: 2, [context.order[1]!]: 4 });
    // Nothing is recorded twice: the next sample rated is the third interaction.
    resumed.session.actor.send({ type: 'NEXT' });
    rate(resumed.session, 3, false);
    expect(again.values.get('cmi.interactions.0.id')).toBeUndefined();
    expect(again.values.get('cmi.interactions.2.id')).toBe(context.order[2]);
  });

  it('keeps the browser\'s saved round (notes and ticks too) when it is the state the LMS holds, and replaces it when it is not', async () => {
    const { now, open, reopen, repository } = setUp();
    const lms = fakeLms(version);
    const first = (await linkRoundToLms(lms.win, version, await open(), reopen, now)).session;
    first.actor.send({ type: 'NOTE', text: 'between 2 and 3' });
    rate(first, 3);
    lms.leave();
    await first.settled();
    first.stop();

    const same = await open();
    const linked = await linkRoundToLms(fakeLms(version, { 'cmi.suspend_data': lms.values.get('cmi.suspend_data')! }).win, version, same, reopen, now);
    expect(linked.session).toBe(same);
    expect(same.snapshot.context.ratings[same.snapshot.context.order[0]!]?.note).toBe('between 2 and 3');
    rate(same, 5);
    await same.settled();
    same.stop();

    // The LMS holds the round as it was after the first sample; the browser has gone further.
    const behind = await open();
    const relinked = await linkRoundToLms(fakeLms(version, { 'cmi.suspend_data': lms.values.get('cmi.suspend_data')! }).win, version, behind, reopen, now);
    expect(relinked.session).not.toBe(behind);
    expect(Object.keys(relinked.session.snapshot.context.ratings)).toHaveLength(1);
    await relinked.session.settled();
    const saved = await repository.loadRound(set.id);
    expect(Object.keys((saved!.snapshot as unknown as { context: { ratings: object } }).context.ratings)).toHaveLength(1);
  });

  it('writes nothing in review mode', async () => {
    const { now, open, reopen } = setUp();
    const lms = fakeLms(version, { [el.mode]: 'review' });
    const { session } = await linkRoundToLms(lms.win, version, await open(), reopen, now);
    rate(session, 3);
    expect([...lms.values.keys()]).toEqual([el.mode]);
  });
});

it('without an LMS the round is left as it is', async () => {
  const { open, reopen, now } = setUp();
  const session = await open();
  const linked = await linkRoundToLms({ addEventListener: () => {}, removeEventListener: () => {} }, '2004', session, reopen, now);
  expect(linked.session).toBe(session);
});

describe('the round score', () => {
  it('is the exact-agreement share, scaled 0–1 and raw 0–100; none before a sample is rated', () => {
    expect(roundScore([])).toBeUndefined();
    expect(roundScore([{ level: 3, reference: 3 }, { level: 4, reference: 3 }, { level: 1, reference: 1 }])).toEqual({ raw: 67, min: 0, max: 100, scaled: 2 / 3 });
  });
});
