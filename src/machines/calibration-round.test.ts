import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CalibrationSet } from '../domain/calibration.ts';
import { summariseRound } from '../domain/calibration-summary.ts';
import { roundMachine } from './calibration-round.ts';

const text = (en: string) => ({ vi: `${en} (vi)`, en });
const set: CalibrationSet = {
  id: 'cal-x',
  title: text('X'),
  competency: 's08',
  question: { rubric: 's08', id: 's08.q3' },
  samples: ([1, 2, 3, 4, 5, 1, 2, 3, 4, 5] as const).map((level, i) => ({
    id: String.fromCharCode(97 + i),
    answer: text(`answer ${i}`),
    level,
    shows: [],
    lacks: [],
    rationale: text(`why ${i}`),
  })),
};
const order = ['c', 'a', 'j', 'b', 'e', 'd', 'g', 'f', 'i', 'h'];

describe('a calibration round', () => {
  it('rates blind, locks, reveals, goes on in the given order, and ends in a summary', () => {
    const actor = createActor(roundMachine, { input: { set, order } }).start();
    expect(actor.getSnapshot().value).toBe('rating');
    actor.send({ type: 'LOCK' }); // nothing rated yet: refused
    expect(actor.getSnapshot().value).toBe('rating');
    actor.send({ type: 'RATE', level: 3 });
    actor.send({ type: 'TICK', indicator: 's08.3.1' });
    actor.send({ type: 'NOTE', text: 'widened the network' });
    actor.send({ type: 'LOCK' });
    expect(actor.getSnapshot().value).toBe('revealed');
    expect(actor.getSnapshot().context.ratings.c).toEqual({ level: 3, indicators: ['s08.3.1'], note: 'widened the network' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().context.index).toBe(1);
    for (let i = 1; i < order.length; i++) {
      if (i > 1) actor.send({ type: 'NEXT' });
      actor.send({ type: 'RATE', level: 4 });
      actor.send({ type: 'LOCK' });
    }
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(Object.keys(actor.getSnapshot().output!)).toHaveLength(10);
  });

  it('resumes from a saved snapshot mid-round with its draft', () => {
    const actor = createActor(roundMachine, { input: { set, order } }).start();
    actor.send({ type: 'RATE', level: 2 });
    actor.send({ type: 'LOCK' });
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'RATE', level: 5 });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(roundMachine, { snapshot: saved, input: { set, order } }).start();
    expect(restored.getSnapshot().context).toMatchObject({ index: 1, draft: { level: 5 }, ratings: { c: { level: 2 } } });
  });

  it('summarises agreement with the reference', () => {
    const ratings = Object.fromEntries(set.samples.map((s) => [s.id, { level: s.level }]));
    expect(summariseRound(set, ratings)).toMatchObject({ rated: 10, exact: 1, withinOne: 1, qwk: 1, bias: { meanDifference: 0 } });
    const lenient = Object.fromEntries(set.samples.map((s) => [s.id, { level: Math.min(5, s.level + 1) }]));
    const summary = summariseRound(set, lenient);
    expect(summary.bias.meanDifference).toBeCloseTo(0.8);
    expect(summary.exact).toBeCloseTo(0.2);
    expect(summary.qwk).toBeLessThan(1);
  });
});
