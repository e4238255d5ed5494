import { describe, expect, it } from 'vitest';
import { clampZoom, directionOf, fitZoom, nextNode, stepZoom } from './map-nav.ts';

//      a
//   b     c
//  d        e
const points = [
  { id: 'a', x: 100, y: 0 },
  { id: 'b', x: 50, y: 100 },
  { id: 'c', x: 150, y: 100 },
  { id: 'd', x: 0, y: 200 },
  { id: 'e', x: 220, y: 200 },
];

describe('nextNode', () => {
  it.each([
    ['a', 'down', 'b'],
    ['b', 'right', 'c'],
    ['c', 'left', 'b'],
    ['b', 'up', 'a'],
    ['c', 'down', 'e'],
    ['b', 'down', 'd'],
    ['a', 'up', undefined],
    ['e', 'right', undefined],
  ] as const)('from %s going %s reaches %s', (from, direction, to) => {
    expect(nextNode(points, from, direction)).toBe(to);
  });

  it('starts at the first node when the current one is gone', () => {
    expect(nextNode(points, 'gone', 'down')).toBe('a');
  });

  it('maps only the arrow keys', () => {
    expect(directionOf('ArrowLeft')).toBe('left');
    expect(directionOf('Enter')).toBeUndefined();
  });
});

describe('zoom', () => {
  it.each([
    [1, 1, 1.25],
    [1, -1, 0.8],
    [2, 1, 2],
    [0.25, -1, 0.25],
    [0.9, -1, 0.8],
  ] as const)('from %s by %s is %s', (zoom, by, expected) => {
    expect(stepZoom(zoom, by)).toBe(expected);
  });

  it('keeps a pinch within range and fits a map to its view', () => {
    expect(clampZoom(9)).toBe(2);
    expect(clampZoom(0.01)).toBe(0.25);
    expect(fitZoom(2000, 500, 1000, 1000)).toBe(0.5);
    expect(fitZoom(100, 100, 1000, 1000)).toBe(1);
  });
});
