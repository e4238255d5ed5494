import { describe, expect, it } from 'vitest';
import { makeCalibrationSet, makeRubric } from '../../tests/unit/fakes.ts';
import type { CalibrationModule } from '../domain/catalog.ts';
import type { AudienceView, WorkshopContent } from '../domain/workshop.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { WorkshopSession } from './workshop-session.ts';

const set = makeCalibrationSet();
const content = (hash = 'h1'): WorkshopContent => ({ kind: 'calibration', module: { set, rubric: makeRubric(), contentHash: hash } satisfies CalibrationModule });
const source = { kind: 'calibration', id: 'cal-x' };

function rateOne(session: WorkshopSession, level: string, count: number) {
  session.actor.send({ type: 'TALLY' });
  session.actor.send({ type: 'COUNT', choiceId: level, count });
  session.actor.send({ type: 'REVEAL' });
  session.actor.send({ type: 'DISCUSS' });
  session.actor.send({ type: 'NEXT' });
}

describe('WorkshopSession', () => {
  it('saves after every step with the audience view, and a reload of the presenter resumes mid-step', async () => {
    const repository = new Repository(memoryBackend());
    const views: AudienceView[] = [];
    const first = await WorkshopSession.open(content(), { repository, onView: (v) => views.push(v) });
    rateOne(first, '2', 4);
    first.actor.send({ type: 'TALLY' });
    first.actor.send({ type: 'COUNT', choiceId: '3', count: 6 });
    await first.settled();
    first.stop();
    expect(views.at(-1)).toMatchObject({ phase: 'tally', stepNumber: 2, tally: { '3': 6 } });

    const live = await repository.loadLiveWorkshop(source);
    expect(live?.view).toEqual(views.at(-1));
    const again = await WorkshopSession.open(content(), { repository });
    expect(again.actor.getSnapshot().value).toBe('tally');
    expect(again.actor.getSnapshot().context).toMatchObject({ stepId: 's1', tally: { '3': 6 }, steps: [{ stepId: 's0', tally: { '2': 4 } }] });
    expect(again.view.stepNumber).toBe(2);
  });

  it('keeps the finished workshop as a record, shows its end to a reloaded projector, and opening again starts anew', async () => {
    const repository = new Repository(memoryBackend());
    const session = await WorkshopSession.open(content(), { repository, now: () => 50, newId: () => 'w1' });
    for (const s of set.samples) rateOne(session, String(s.level), 3);
    await session.settled();
    const [record] = await repository.listWorkshops();
    expect(record).toMatchObject({ id: 'w1', source: { kind: 'calibration', id: 'cal-x' }, finishedAt: 50 });
    expect(record!.steps.map((s) => s.levels.reference)).toEqual(set.samples.map((s) => s.level));
    expect((await repository.listLiveWorkshops())[0]!.view).toMatchObject({ phase: 'done', stepNumber: 10 });
    const fresh = await WorkshopSession.open(content(), { repository });
    expect(fresh.actor.getSnapshot()).toMatchObject({ value: 'present', context: { stepId: 's0', steps: [] } });
  });

  it('sets an unfinished workshop aside when its content has changed, and says so', async () => {
    const repository = new Repository(memoryBackend());
    const first = await WorkshopSession.open(content('h1'), { repository });
    rateOne(first, '1', 1);
    await first.settled();
    first.stop();
    const again = await WorkshopSession.open(content('h2'), { repository });
    expect(again.actor.getSnapshot().context.steps).toEqual([]);
    expect(repository.notices).toEqual([{ code: 'content-changed', contentId: 'cal-x' }]);
  });

  it('sets aside a saved workshop whose step the content no longer has', async () => {
    const repository = new Repository(memoryBackend());
    const first = await WorkshopSession.open(content(), { repository });
    first.actor.send({ type: 'TALLY' });
    await first.settled();
    const saved = (await repository.loadLiveWorkshop(source))!;
    await repository.saveLiveWorkshop({ ...saved, snapshot: { ...saved.snapshot, context: { ...saved.snapshot.context, stepId: 'gone' } } });
    const again = await WorkshopSession.open(content(), { repository });
    expect(again.actor.getSnapshot().context.stepId).toBe('s0');
    expect(repository.notices).toEqual([expect.objectContaining({ code: 'corrupt-record', key: 'live-workshop/calibration/cal-x' })]);
  });

  it('discards an unfinished workshop when asked', async () => {
    const repository = new Repository(memoryBackend());
    const session = await WorkshopSession.open(content(), { repository });
    rateOne(session, '1', 1);
    await session.discard();
    expect(await repository.listLiveWorkshops()).toEqual([]);
  });
});
