import { describe, expect, it } from 'vitest';
import { levelColour } from './level-colour.ts';

describe('levelColour', () => {
  it.each([1, 2, 3, 4, 5])('level %i is its custom property', (level) => {
    expect(levelColour(level)).toBe(`var(--level-${level})`);
  });

  it.each([undefined, null, 0, 6, 2.5, Number.NaN])('%s has none', (level) => {
    expect(levelColour(level)).toBeUndefined();
  });
});
