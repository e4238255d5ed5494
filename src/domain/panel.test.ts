import { describe, expect, it } from 'vitest';
import type { CalibrationSet } from './calibration.ts';
import { panelStats, parsePanelCsv, parsePanelJson, toPanelCsv, toPanelJson } from './panel.ts';

const text = (en: string) => ({ vi: en, en });
const set: CalibrationSet = {
  id: 'cal-x',
  title: text('X'),
  competency: 's08',
  question: { rubric: 's08', id: 's08.q2' },
  samples: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, answer: text(id), level: (i + 1) as 1 | 2 | 3 | 4, shows: [], lacks: [], rationale: text(id) })),
};

describe('panel files', () => {
  it('round-trips one rater through CSV and JSON', () => {
    const ratings = { a: { level: 1 }, b: { level: 3 } };
    const fromCsv = parsePanelCsv(toPanelCsv('Lan', ratings), 'lan.csv', set);
    const fromJson = parsePanelJson(toPanelJson('cal-x', 'Lan', ratings), 'lan.json', set);
    const expected = [{ rater: 'Lan', item: 'a', level: 1 }, { rater: 'Lan', item: 'b', level: 3 }];
    expect(fromCsv).toEqual({ ok: true, ratings: expected });
    expect(fromJson).toEqual({ ok: true, ratings: expected });
  });

  it.each([
    ['rater,item,level\nLan,zz,3\n', 'p.csv:2: unknown item "zz"'],
    ['rater,item,level\nLan,a,6\n', 'p.csv:2: level "6" is not a whole number from 1 to 5'],
    ['rater,item,level\nLan,a,2\nLan,b\n', 'p.csv:3: expected 3 values (rater,item,level), found 2'],
    ['rater,item,level\nLan,a,2\nLan,a,3\n', 'p.csv:3: duplicate row: Lan already rated a'],
    ['who,what\nLan,a,2\n', 'p.csv:1: the first line must be the header rater,item,level'],
  ])('refuses bad CSV with file and line: %j', (csv, message) => {
    const parsed = parsePanelCsv(csv, 'p.csv', set);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toContain(message);
  });

  it('names the line of a bad JSON rating', () => {
    const json = toPanelJson('cal-x', 'Lan', { a: { level: 1 }, b: { level: 3 } }).replace('"level": 3', '"level": 9');
    const parsed = parsePanelJson(json, 'p.json', set);
    expect(parsed.ok ? [] : parsed.problems).toEqual(['p.json:9: level "9" is not a whole number from 1 to 5']);
    expect(parsePanelJson('{ "set": "other", "ratings": [] }', 'o.json', set)).toEqual({ ok: false, problems: ['o.json:1: these ratings are for set "other", not "cal-x"'] });
    expect(parsePanelJson('{ nope', 'n.json', set).ok).toBe(false);
  });
});

describe('panelStats', () => {
  const rows = (rater: string, levels: number[]) => levels.map((level, i) => ({ rater, item: set.samples[i]!.id, level }));

  it('finds perfect agreement, pairwise kappa and no disagreement when raters agree', () => {
    const stats = panelStats(set, [...rows('A', [1, 2, 3, 4]), ...rows('B', [1, 2, 3, 4])]);
    expect(stats.alpha.ordinal).toBe(1);
    expect(stats.pairs).toEqual([{ a: 'A', b: 'B', qwk: 1, items: 4 }]);
    expect(stats.disagreements[0]!.range).toBe(0);
  });

  it('ranks the widest disagreement first, and allows missing ratings', () => {
    const stats = panelStats(set, [...rows('A', [1, 2, 3, 4]), ...rows('B', [1, 2, 5]), ...rows('C', [2, 2, 1, 4])]);
    expect(stats.raters).toEqual(['A', 'B', 'C']);
    expect(stats.disagreements[0]).toEqual({ item: 'c', range: 4, levels: [3, 5, 1] });
    expect(stats.pairs.find((p) => p.a === 'A' && p.b === 'B')!.items).toBe(3);
    expect(stats.alpha.ordinal).toBeLessThan(1);
  });
});
