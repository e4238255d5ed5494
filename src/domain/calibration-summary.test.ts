import { describe, expect, it } from 'vitest';
import { sampleOfItem, sheetNumber, type CalibrationSet } from './calibration.ts';
import { missedSamples } from './calibration-summary.ts';

const text = (en: string) => ({ vi: en, en });
const set: CalibrationSet = {
  id: 'cal-x',
  title: text('X'),
  competency: 'mini',
  question: { rubric: 'mini', id: 'mini.q1' },
  samples: ['a', 'b', 'c', 'd', '7'].map((id, i) => ({ id, answer: text(id), level: (i + 1) as 1 | 2 | 3 | 4 | 5, shows: [], lacks: [], rationale: text(id) })),
};

describe('missedSamples', () => {
  it('lists the samples rated away from the reference, the widest miss first, then in the sheet order', () => {
    const missed = missedSamples(set, { a: { level: 1 }, b: { level: 3 }, c: { level: 1 }, d: { level: 5 }, 7: { level: 5 } });
    expect(missed.map((m) => [m.sample.id, m.number, m.mine, m.by])).toEqual([
      ['c', 3, 1, -2],
      ['b', 2, 3, 1],
      ['d', 4, 5, 1],
    ]);
  });

  it('leaves out samples not rated, and gives nothing when every level agrees', () => {
    expect(missedSamples(set, { a: { level: 1 } })).toEqual([]);
  });
});

describe('the samples by their number on the rating sheet', () => {
  it('numbers samples in the set order from 1', () => {
    expect(sheetNumber(set, 'c')).toBe(3);
    expect(sheetNumber(set, 'zz')).toBe(0);
  });

  it('reads an id before a number, so a set with digit ids still finds its own', () => {
    expect(sampleOfItem(set, '7')?.id).toBe('7');
    expect(sampleOfItem(set, '5')?.id).toBe('7');
    expect(sampleOfItem(set, '2 · b')?.id).toBe('b');
    expect(sampleOfItem(set, '2 · c')).toBeUndefined();
  });
});
