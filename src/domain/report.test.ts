import { describe, expect, it } from 'vitest';
import { makeAnswer, makeRubric } from '../../tests/unit/fakes.ts';
import { redFlagsOf, splitShown } from './report.ts';
import { score } from './score.ts';

describe('splitShown', () => {
  const rubric = makeRubric();

  it('keeps deficits out of the behaviours shown, each list in the order first shown', () => {
    const { behaviours, deficits } = splitShown(rubric, ['s08.4.1', 's08.1.2', 's08.2.1']);
    expect(behaviours.map((i) => i.id)).toEqual(['s08.4.1', 's08.2.1']);
    expect(deficits.map((i) => i.id)).toEqual(['s08.1.2']);
  });

  it('drops ids the rubric does not have', () => {
    expect(splitShown(rubric, ['nope', 's08.1.1'])).toMatchObject({ behaviours: [{ id: 's08.1.1' }], deficits: [] });
  });
});

describe('redFlagsOf', () => {
  it('names the decisions whose response was a red flag (DESIGN.md, the fifth example)', () => {
    const at = (level: 1 | 4, difficulty: 3 | 4 | 5, redFlag = false) =>
      makeAnswer({ difficulty, redFlag, evidence: [{ competency: 's08', level, indicators: [] }] });
    const [s08] = score([at(4, 4), at(4, 4), at(1, 3, true), at(4, 5)], new Map([['s08', makeRubric()]]), ['s08']);
    expect(s08!.result).toMatchObject({ level: 2, bound: 'redFlag' });
    expect(redFlagsOf(s08!).map((e) => e.decision)).toEqual([2]);
  });
});
