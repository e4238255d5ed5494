import { describe, expect, it } from 'vitest';
import { competenciesOf, filterCatalog, type CatalogEntry } from './catalog.ts';

const text = (en: string) => ({ vi: en, en });
const entry = (id: string, competencies: string[], difficulty: number): CatalogEntry => ({
  id,
  family: 'networking',
  title: text(id),
  summary: text(id),
  question: text('?'),
  competencies: competencies.map((c) => ({ id: c, name: text(c) })),
  difficulty,
});
const entries = [entry('a', ['s08'], 3), entry('b', ['icf3', 'icf1'], 4), entry('c', ['s08'], 4)];

describe('filterCatalog', () => {
  it.each([
    [{ competency: '', difficulty: 0 }, ['a', 'b', 'c']],
    [{ competency: 's08', difficulty: 0 }, ['a', 'c']],
    [{ competency: 'icf1', difficulty: 0 }, ['b']],
    [{ competency: '', difficulty: 4 }, ['b', 'c']],
    [{ competency: 's08', difficulty: 4 }, ['c']],
    [{ competency: 'gx1', difficulty: 0 }, []],
  ])('%j → %j', (filter, ids) => {
    expect(filterCatalog(entries, filter).map((e) => e.id)).toEqual(ids);
  });
});

it('lists each competency once, in catalog order', () => {
  expect(competenciesOf(entries).map((c) => c.id)).toEqual(['s08', 'icf3', 'icf1']);
});
