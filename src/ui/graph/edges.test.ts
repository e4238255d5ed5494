import { describe, expect, it } from 'vitest';
import { branchLabel, edgePath, labelAt, takenWidth } from './edges.ts';

describe('edgePath', () => {
  it('moves to the first point and draws a line to each next, one decimal each', () => {
    expect(edgePath([{ x: 1, y: 2 }, { x: 10.26, y: 20.04 }, { x: 3, y: 4.55 }])).toBe('M1.0,2.0 L10.3,20.0 L3.0,4.5');
  });

  it('is empty for no points', () => {
    expect(edgePath([])).toBe('');
  });
});

describe('labelAt', () => {
  it.each([
    [[{ x: 0, y: 0 }, { x: 10, y: 20 }, { x: 30, y: 40 }], { x: 14, y: 20 }],
    [[{ x: 0, y: 0 }, { x: 10, y: 20 }], { x: 14, y: 20 }],
    [[{ x: 5, y: 6 }], { x: 9, y: 6 }],
    [[], { x: 4, y: 0 }],
  ])('beside the middle point of %j', (points, at) => {
    expect(labelAt(points, 4)).toEqual(at);
  });
});

describe('takenWidth', () => {
  it.each([
    [0, 10, 1],
    [10, 10, 12],
    [5, 10, 7],
    [1, 0, 12],
  ])('%i of the most %i is %d wide', (count, most, width) => {
    expect(takenWidth(count, most)).toBe(width);
  });
});

describe('branchLabel', () => {
  it.each([
    [{}, 'otherwise'],
    [{ if: { atLeast: 4 } }, '≥ 4'],
    [{ if: { atMost: 2 } }, '≤ 2'],
    [{ if: { atLeast: 2, atMost: 3 } }, '≥ 2 ≤ 3'],
  ])('%j reads %s', (branch, label) => {
    expect(branchLabel(branch)).toBe(label);
  });
});
