import { describe, expect, it } from 'vitest';
import { makeRubric } from '../../tests/unit/fakes.ts';
import type { CalibrationSet } from '../domain/calibration.ts';
import type { CalibrationModule } from '../domain/catalog.ts';
import { memoryBackend } from '../storage/backend.ts';
import { Repository } from '../storage/repository.ts';
import { RoundSession } from './round-session.ts';

const text = (en: string) => ({ vi: `${en} (vi)`, en });
const set: CalibrationSet = {
  id: 'cal-x',
  title: text('X'),
  competency: 's08',
  question: { rubric: 's08', id: 's08.q2' },
  samples: ([1, 2, 3, 4, 5, 1, 2, 3, 4, 5] as const).map((level, i) => ({ id: `s${i}`, answer: text(`a${i}`), level, shows: [], lacks: [], rationale: text(`r${i}`) })),
};
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
