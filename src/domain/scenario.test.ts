import { describe, expect, it } from 'vitest';
import { optionLevel } from './scenario.ts';

describe('optionLevel', () => {
  it.each([
    ['one competency', [{ competency: 's08', level: 3 }], 3],
    ['two, the first lower', [{ competency: 's08', level: 2 }, { competency: 's12', level: 4 }], 4],
    ['two, the first higher', [{ competency: 's08', level: 5 }, { competency: 's12', level: 1 }], 5],
  ] as const)('is the highest level the option shows: %s', (_, evidence, level) => {
    expect(optionLevel({ evidence: evidence.map((e) => ({ ...e, indicators: [] })) })).toBe(level);
  });
});
