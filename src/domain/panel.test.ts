import { describe, expect, it } from 'vitest';
import type { CalibrationSet } from './calibration.ts';
import { combinePanelFiles, panelCsv, panelGrid, panelJson, panelStats, parsePanelCsv, parsePanelJson, toPanelCsv, toPanelJson, type PanelRating } from './panel.ts';

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
    ['rater,item,level\nLan,zz,3\n', { code: 'unknown-item', line: 2, item: 'zz', ids: ['a', 'b', 'c', 'd'] }],
    ['rater,item,level\nLan,a,6\n', { code: 'level', line: 2, level: '6' }],
    ['rater,item,level\nLan,a,2\nLan,b\n', { code: 'columns', line: 3, found: 2 }],
    ['rater,item,level\nLan,a,2\nLan,a,3\n', { code: 'duplicate', line: 3, rater: 'Lan', item: 'a' }],
    ['rater,item,level\nLan,1,2\nLan,a,3\n', { code: 'duplicate', line: 3, rater: 'Lan', item: 'a' }],
    ['rater,item,level\n,a,2\n', { code: 'no-rater', line: 2 }],
    ['who,what\nLan,a,2\n', { code: 'header', line: 1 }],
  ])('refuses bad CSV with file and line: %j', (csv, problem) => {
    expect(parsePanelCsv(csv, 'p.csv', set)).toEqual({ ok: false, problems: [{ file: 'p.csv', ...problem }] });
  });

  it.each([
    ['c', 'c'],
    ['3', 'c'],
    ['3 · c', 'c'],
    ['Answer 3 · c', 'c'],
    ['Câu trả lời 3 · c', 'c'],
  ])('reads item %j as the sample the rating sheet numbers (%s)', (item, id) => {
    expect(parsePanelCsv(`rater,item,level\nLan,${item},2\n`, 'p.csv', set)).toEqual({ ok: true, ratings: [{ rater: 'Lan', item: id, level: 2 }] });
  });

  it.each(['5', '0', '3 · d', 'e'])('refuses item %j, which names no sample of the set', (item) => {
    const parsed = parsePanelCsv(`rater,item,level\nLan,${item},2\n`, 'p.csv', set);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual(['unknown-item']);
  });

  it('reads a file that starts with a byte order mark (as spreadsheets save CSV)', () => {
    expect(parsePanelCsv('\uFEFFrater,item,level\nLan,a,2\n', 'p.csv', set).ok).toBe(true);
  });

  it('names the line of a bad JSON rating', () => {
    const json = toPanelJson('cal-x', 'Lan', { a: { level: 1 }, b: { level: 3 } }).replace('"level": 3', '"level": 9');
    expect(parsePanelJson(json, 'p.json', set)).toEqual({ ok: false, problems: [{ code: 'level', file: 'p.json', line: 9, level: '9' }] });
    expect(parsePanelJson('{ "set": "other", "ratings": [] }', 'o.json', set)).toEqual({
      ok: false,
      problems: [{ code: 'wrong-set', file: 'o.json', line: 1, set: 'other', expected: 'cal-x' }],
    });
    expect(parsePanelJson('{ nope', 'n.json', set)).toMatchObject({ ok: false, problems: [{ code: 'json', file: 'n.json' }] });
    expect(parsePanelJson('[1]', 'l.json', set)).toEqual({ ok: false, problems: [{ code: 'not-object', file: 'l.json', line: 1 }] });
  });
});

describe('combinePanelFiles', () => {
  const lan: PanelRating[] = [{ rater: 'Lan', item: 'a', level: 1 }, { rater: 'Lan', item: 'b', level: 3 }];
  const minh: PanelRating[] = [{ rater: 'Minh', item: 'a', level: 2 }];

  it('counts a rater loaded twice with the same levels once, and says so once', () => {
    const combined = combinePanelFiles([
      { file: 'lan.csv', ratings: lan },
      { file: 'minh.csv', ratings: minh },
      { file: 'lan.json', ratings: lan },
    ]);
    expect(combined).toEqual({ ratings: [...lan, ...minh], repeated: [{ rater: 'Lan', files: ['lan.csv', 'lan.json'] }], problems: [] });
  });

  it('adds the samples only the later file has', () => {
    const more = [...lan, { rater: 'Lan', item: 'c', level: 5 }];
    expect(combinePanelFiles([{ file: 'lan.csv', ratings: lan }, { file: 'lan-all.csv', ratings: more }]).ratings).toEqual(more);
  });

  it('refuses, in one problem, the same rater with different levels in two files', () => {
    const changed = lan.map((r) => ({ ...r, level: r.level + 1 }));
    expect(combinePanelFiles([{ file: 'lan.csv', ratings: lan }, { file: 'lan2.csv', ratings: changed }]).problems).toEqual([
      { code: 'rater-conflict', file: 'lan2.csv', line: 1, rater: 'Lan', first: 'lan.csv', items: ['a', 'b'] },
    ]);
  });
});

describe('a panel as one file', () => {
  const rows: PanelRating[] = [{ rater: 'Lan', item: 'a', level: 1 }, { rater: 'Minh, T.', item: 'b', level: 4 }];

  it('writes a rater named like a formula as text, and reads the name back as it was typed', () => {
    const hostile: PanelRating[] = [{ rater: '=HYPERLINK("http://example.invalid")', item: 'a', level: 2 }, { rater: '@Lan', item: 'b', level: 3 }];
    const csv = panelCsv(hostile);
    expect(csv.split('\n').slice(1, 3).every((line) => line.startsWith("'"))).toBe(true);
    expect(parsePanelCsv(csv, 'panel.csv', set)).toEqual({ ok: true, ratings: hostile });
  });

  it('round-trips every rater through CSV and JSON', () => {
    expect(parsePanelCsv(panelCsv(rows), 'panel.csv', set)).toEqual({ ok: true, ratings: [rows[0], { rater: 'Minh  T.', item: 'b', level: 4 }] });
    expect(parsePanelJson(panelJson('cal-x', rows), 'panel.json', set)).toEqual({ ok: true, ratings: rows });
  });

  it('lays the levels out as raters by samples, in the sheet order, with the reference', () => {
    expect(panelGrid(set, rows)).toEqual({
      raters: ['Lan', 'Minh, T.'],
      rows: [
        { sample: 'a', number: 1, reference: 1, levels: [1, null] },
        { sample: 'b', number: 2, reference: 2, levels: [null, 4] },
        { sample: 'c', number: 3, reference: 3, levels: [null, null] },
        { sample: 'd', number: 4, reference: 4, levels: [null, null] },
      ],
    });
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
