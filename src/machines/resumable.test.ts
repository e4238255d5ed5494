import { describe, expect, it } from 'vitest';
import { makeCalibrationSet, makeModule, makeRubric, makeRunRecord } from '../../tests/unit/fakes.ts';
import type { CalibrationModule } from '../domain/catalog.ts';
import { memoryBackend } from '../storage/backend.ts';
import { liveWorkshopKey, type LiveWorkshopRecord } from '../storage/records.ts';
import { Repository } from '../storage/repository.ts';
import { resumable } from './resumable.ts';
import { WorkshopSession } from './workshop-session.ts';

describe('resumable', () => {
  const module = makeModule();
  const content = { scenario: async (id: string) => (id === module.scenario.id ? module : undefined), set: async () => undefined };

  it('a saved run at a decision the scenario has opens', async () => {
    expect(await resumable(content, 'run/coffee-chat', makeRunRecord())).toBe(true);
  });

  it.each([
    ['at a node that does not exist', makeRunRecord({ snapshot: { ...makeRunRecord().snapshot, value: 'nowhere' } })],
    ['on content that changed', makeRunRecord({ contentHash: 'other' })],
    ['of a scenario not here', makeRunRecord({ scenarioId: 'gone' })],
  ])('a saved run %s does not', async (_, record) => {
    expect(await resumable(content, `run/${record.scenarioId}`, record)).toBe(false);
  });
});

describe('resumable, a live workshop', () => {
  const set = makeCalibrationSet();
  const module: CalibrationModule = { set, rubric: makeRubric(), contentHash: 'h1' };
  const content = { scenario: async () => undefined, set: async (id: string) => (id === set.id ? module : undefined) };

  /** A workshop saved a step in, as its session stores it. */
  async function savedWorkshop(): Promise<LiveWorkshopRecord> {
    const repository = new Repository(memoryBackend());
    const session = await WorkshopSession.open({ kind: 'calibration', module }, { repository });
    session.actor.send({ type: 'TALLY' });
    await session.settled();
    session.stop();
    return (await repository.loadLiveWorkshop({ kind: 'calibration', id: set.id }))!;
  }

  it('opens when its step is in the set', async () => {
    const live = await savedWorkshop();
    expect(await resumable(content, liveWorkshopKey(live.source), live)).toBe(true);
  });

  it.each<[string, (live: LiveWorkshopRecord) => LiveWorkshopRecord]>([
    ['at a step the set does not have', (live) => ({ ...live, snapshot: { ...live.snapshot, context: { ...live.snapshot.context, stepId: 'gone' } } })],
    ['in a state the machine does not have', (live) => ({ ...live, snapshot: { ...live.snapshot, value: 'nowhere' as 'tally' } })],
    ['on content that changed', (live) => ({ ...live, contentHash: 'other' })],
    ['of a set not here', (live) => ({ ...live, source: { ...live.source, id: 'gone' } })],
  ])('does not open %s', async (_, damage) => {
    const live = damage(await savedWorkshop());
    expect(await resumable(content, liveWorkshopKey(live.source), live)).toBe(false);
  });
});
