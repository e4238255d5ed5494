import { describe, expect, it } from 'vitest';
import { makeCalibrationSet, makeRubric } from '../../tests/unit/fakes.ts';
import type { CalibrationModule } from '../domain/catalog.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { RoundSession } from './round-session.ts';

const set = makeCalibrationSet();
const module: CalibrationModule = { set, rubric: makeRubric(), contentHash: 'h1' };

describe('RoundSession', () => {
  it('saves after every step, resumes after a reload with the same order, and keeps the finished round', async () => {
    const repository = new Repository(memoryBackend());
    const first = await RoundSession.open(module, { repository, seed: () => 7 });
    const order = first.snapshot.context.order;
    expect([...order].sort()).toEqual(set.samples.map((s) => s.id).sort());
    first.actor.send({ type: 'RATE', level: 3 });
    first.actor.send({ type: 'LOCK' });
    first.actor.send({ type: 'NEXT' });
    first.actor.send({ type: 'RATE', level: 2 });
    await first.settled();
    first.stop();

    const again = await RoundSession.open(module, { repository, seed: () => 99 });
    expect(again.snapshot.context).toMatchObject({ order, index: 1, draft: { level: 2 } });
    expect(again.snapshot.context.ratings[order[0]!]?.level).toBe(3);
    again.actor.send({ type: 'LOCK' });
    for (let i = 2; i <= 10; i++) {
      again.actor.send({ type: 'NEXT' });
      if (i < 10) {
        again.actor.send({ type: 'RATE', level: 4 });
        again.actor.send({ type: 'LOCK' });
      }
    }
    await again.settled();
    expect(again.snapshot.status).toBe('done');
    const [kept] = await repository.listCalibrations();
    expect(Object.keys(kept!.ratings)).toHaveLength(10);
    // Rated 3, 2 for the first two shown, 4 for the rest: its figures are kept with it.
    expect(kept!.figures!.qwk).toBeGreaterThan(-1);
    expect(kept!.figures!.exact).toBeGreaterThanOrEqual(0);
    expect(await repository.loadRound('cal-x')).toBeUndefined();
  });
});

describe('RoundSession with a saved round it cannot resume', () => {
  async function savedRound(repository: Repository) {
    const first = await RoundSession.open(module, { repository, seed: () => 7, now: () => 1_000 });
    first.actor.send({ type: 'RATE', level: 3 });
    await first.settled();
    first.stop();
    return (await repository.loadRound('cal-x'))!;
  }

  it('sets a round of a changed set aside, says so, and starts afresh', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend, [], () => 5_000);
    const saved = await savedRound(repository);
    const again = await RoundSession.open({ ...module, contentHash: 'h2' }, { repository });
    expect(repository.notices).toEqual([{ code: 'content-changed', contentId: 'cal-x' }]);
    expect(await backend.get('quarantine/5000/round/cal-x')).toEqual(saved);
    expect(again.snapshot.context.draft.level).toBeNull();
    again.stop();
  });

  it('sets aside a snapshot that does not fit the machine, without an uncaught error', async () => {
    const backend = memoryBackend();
    const repository = new Repository(backend, [], () => 6_000);
    const saved = await savedRound(repository);
    await backend.set('round/cal-x', { ...saved, snapshot: { ...saved.snapshot, value: 'gone' } });
    const again = await RoundSession.open(module, { repository });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(repository.notices).toEqual([{ code: 'corrupt-record', key: 'round/cal-x', detail: 'the saved step does not fit this round' }]);
    expect(await backend.get('quarantine/6000/round/cal-x')).toBeDefined();
    expect(again.snapshot.value).toBe('rating');
    again.stop();
  });
});
