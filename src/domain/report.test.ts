import { describe, expect, it } from 'vitest';
import { makeRubric } from '../../tests/unit/fakes.ts';
import { splitShown } from './report.ts';

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
