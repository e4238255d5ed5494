import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import type { ChoiceNode } from './scenario.ts';
import { applyRule, guidanceCap, indicatorToAimFor, lowerMedian, score, selfRating, type Answer, type Shown } from './score.ts';
import type { Level } from './text.ts';

/**
 * "5@3" → level 5 shown at a node of difficulty 3, as DESIGN.md writes the worked
 * examples; "1@3!" marks a red-flag response.
 */
const at = (...items: string[]): Shown[] =>
  items.map((s) => {
    const [level, difficulty] = s.replace('!', '').split('@').map(Number) as [Level, Level];
    return s.endsWith('!') ? { level, difficulty, redFlag: true } : { level, difficulty };
  });

describe('lowerMedian', () => {
  it.each<[Level[], Level]>([
    [[3], 3],
    [[2, 5], 2],
    [[5, 2, 4], 4],
    [[1, 5, 5, 2], 2],
    [[4, 4, 3, 4], 4],
    [[1, 1, 5, 5, 5], 5],
  ])('of %j is %i', (levels, expected) => {
    expect(lowerMedian(levels)).toBe(expected);
  });

  it('refuses no levels rather than invent one', () => {
    expect(() => lowerMedian([])).toThrow();
  });
});

describe('guidanceCap follows S08\'s guidance words', () => {
  it.each([
    [0, 4, 5], // no hint: no cap
    [1, 4, 4], // a quarter: "almost no guidance"
    [1, 5, 4],
    [2, 7, 3], // just over a quarter: "sometimes"
    [2, 4, 3], // a half
    [3, 5, 2], // just over a half: "often"
    [3, 4, 2], // three quarters
    [4, 5, 1], // over three quarters: "much guidance"
    [4, 4, 1],
  ])('%i hinted of %i decisions caps at %i', (hinted, decisions, cap) => {
    expect(guidanceCap(hinted, decisions)).toBe(cap);
  });
});

describe('applyRule', () => {
  it.each<[string, Shown[], number, number, Partial<ReturnType<typeof applyRule>>]>([
    // The three worked examples of DESIGN.md.
    ['holds level 5 in hard situations', at('5@3', '5@3', '5@5', '5@5'), 0, 4, { level: 5, evidenceLevel: 5, bound: 'evidence' }],
    ['level 5 only in easy situations proves 3', at('5@3', '5@3', '5@3', '2@5'), 0, 4, { level: 3, evidenceLevel: 5, situationLevel: 3, bound: 'situation' }],
    ['hints on 2 of 4 cap a 4 at 3', at('4@4', '4@4', '3@3', '4@5'), 2, 4, { level: 3, evidenceLevel: 4, situationLevel: 4, guidanceCap: 3, bound: 'guidance' }],
    // Situation boundaries: level L needs L or above in a situation of L or above.
    ['5 at difficulty 5 once is enough', at('5@2', '5@5', '5@2'), 0, 3, { level: 5, bound: 'evidence' }],
    ['5 at difficulty 4 proves only 4', at('5@4', '5@4', '5@4'), 0, 3, { level: 4, bound: 'situation' }],
    ['4 at difficulty 4 proves 4', at('4@4', '4@1'), 0, 2, { level: 4, bound: 'evidence' }],
    ['4 at difficulty 3 proves 3', at('4@3', '4@3'), 0, 2, { level: 3, bound: 'situation' }],
    ['a scenario never above difficulty 3 shows at most 3', at('5@3', '5@3', '5@3'), 0, 3, { level: 3, bound: 'situation' }],
    ['2 in a situation of 1 still proves 1', at('2@1', '2@1'), 0, 2, { level: 1, bound: 'situation' }],
    ['level 1 is never capped below 1', at('1@1'), 4, 4, { level: 1, bound: 'evidence' }],
    // Guidance boundaries.
    ['one hint in four leaves a 4 alone', at('4@4', '4@4', '4@4', '4@4'), 1, 4, { level: 4, guidanceCap: 4, bound: 'evidence' }],
    ['one hint in four caps a 5 at 4', at('5@5', '5@5', '5@5', '5@5'), 1, 4, { level: 4, bound: 'guidance' }],
    ['a cap equal to the level does not bind', at('3@3', '3@3'), 1, 2, { level: 3, guidanceCap: 3, bound: 'evidence' }],
    ['guidance binds over situation when lower', at('5@3', '5@3'), 2, 2, { level: 1, situationLevel: 3, bound: 'guidance' }],
    // Red flags: DESIGN.md's fifth example, then each boundary of the cap.
    ['a red flag caps a 4 at 2', at('4@4', '4@4', '1@3!', '4@5'), 0, 4, { level: 2, evidenceLevel: 4, situationLevel: 4, redFlags: 1, redFlagCap: 2, bound: 'redFlag' }],
    ['no red flag, no cap', at('4@4', '4@4', '1@3', '4@5'), 0, 4, { level: 4, redFlags: 0, redFlagCap: 5, bound: 'evidence' }],
    ['two red flags cap at 1', at('5@5', '5@5', '5@5', '1@3!', '1@3!'), 0, 5, { level: 1, redFlags: 2, redFlagCap: 1, bound: 'redFlag' }],
    ['three red flags still cap at 1', at('5@5', '5@5', '5@5', '5@5', '1@3!', '1@3!', '1@3!'), 0, 7, { level: 1, redFlags: 3, redFlagCap: 1, bound: 'redFlag' }],
    ['a red-flag cap equal to the level does not bind', at('2@2', '2@2', '1@1!'), 0, 3, { level: 2, redFlagCap: 2, bound: 'evidence' }],
    ['a red flag binds over the situation when lower', at('5@3', '5@3', '1@3!'), 0, 3, { level: 2, situationLevel: 3, bound: 'redFlag' }],
    ['the red flag is named when it and the hints cap alike', at('4@4', '4@4', '1@4!', '4@4'), 3, 4, { level: 2, guidanceCap: 2, redFlagCap: 2, bound: 'redFlag' }],
    ['hints are named when they cap lower than the red flag', at('4@4', '4@4', '1@4!', '4@4'), 4, 4, { level: 1, guidanceCap: 1, redFlagCap: 2, bound: 'guidance' }],
  ])('%s', (_, shown, hinted, decisions, expected) => {
    expect(applyRule(shown, hinted, decisions)).toMatchObject(expected);
  });

  it('uses the lower median, not the mean', () => {
    // mean 3, lower median 1
    expect(applyRule(at('1@5', '1@5', '5@5', '5@5'), 0, 4).evidenceLevel).toBe(1);
  });
});

describe('score', () => {
  const { rubrics } = loadFixture();
  const answer = (nodeId: string, level: Level, difficulty: Level, indicators: string[], hinted = false): Answer => ({
    nodeId,
    optionId: 'x',
    difficulty,
    hinted,
    evidence: [{ competency: 'mini', level, indicators }],
  });

  it('returns the level with its label and meaning, what bound it, and the evidence', () => {
    const [mini] = score([answer('a', 4, 4, ['mini.4.1']), answer('b', 3, 3, ['mini.3.1']), answer('c', 4, 5, ['mini.4.1'])], rubrics, ['mini']);
    expect(mini).toMatchObject({
      competency: 'mini',
      result: { level: 4, bound: 'evidence' },
      label: { en: 'Good', vi: 'Tốt' },
      meaning: { en: 'Quite difficult.' },
      decisions: 3,
      hintedDecisions: 0,
      shown: ['mini.4.1', 'mini.3.1'],
      missed: ['mini.5.1'],
    });
    expect(mini!.evidence.map((e) => `${e.nodeId}:${e.level}@${e.difficulty}`)).toEqual(['a:4@4', 'b:3@3', 'c:4@5']);
  });

  it('lists as missed only the next level\'s indicators not shown, never a deficit', () => {
    const [low] = score([answer('a', 1, 3, ['mini.1.2'])], rubrics, ['mini']);
    expect(low!.result?.level).toBe(1);
    expect(low!.missed).toEqual(['mini.2.1']);
    const [top] = score([answer('a', 5, 5, ['mini.5.1'])], rubrics, ['mini']);
    expect(top!.missed).toEqual([]);
  });

  it('counts hints over all decisions of the run', () => {
    const run = [answer('a', 5, 5, ['mini.5.1'], true), answer('b', 5, 5, ['mini.5.1']), answer('c', 5, 5, ['mini.5.1'])];
    const [mini] = score(run, rubrics, ['mini']);
    expect(mini).toMatchObject({ result: { level: 3, guidanceCap: 3, bound: 'guidance' }, hintedDecisions: 1, decisions: 3 });
  });

  it('caps only the competency a red-flag response shows, and marks its evidence', () => {
    const flagged: Answer = { ...answer('b', 1, 3, ['mini.1.2']), redFlag: true };
    const run = [answer('a', 4, 4, ['mini.4.1']), flagged, answer('c', 4, 5, ['mini.4.1']), answer('d', 4, 4, ['mini.4.1'])];
    const [mini, other] = score(run, rubrics, ['mini', 'other']);
    expect(mini).toMatchObject({ result: { level: 2, bound: 'redFlag', redFlags: 1 } });
    expect(mini!.evidence.filter((e) => e.redFlag).map((e) => e.decision)).toEqual([1]);
    expect(other!.result).toBeNull();
  });

  it('says a competency no answer showed is not observed', () => {
    const [other] = score([answer('a', 3, 3, ['mini.3.1'])], rubrics, ['other']);
    expect(other).toMatchObject({ result: null, label: null, evidence: [], missed: [] });
  });
});

describe('selfRating', () => {
  const { rubrics } = loadFixture();
  it.each([
    [[], null],
    [['mini.2.1'], 2],
    [['mini.2.1', 'mini.4.1'], 4],
    [['mini.1.2'], 1],
    [['unknown.1'], null],
  ] as const)('%j → %s', (indicators, level) => {
    expect(selfRating(rubrics, indicators)).toBe(level);
  });
});

describe('indicatorToAimFor', () => {
  const { scenario, rubrics } = loadFixture();
  it('names the indicator of the strongest response at the decision point', () => {
    const first = scenario.nodes.find((n) => n.id === 'first') as ChoiceNode;
    expect(indicatorToAimFor(first, rubrics)?.id).toBe('mini.4.1');
    const hard = scenario.nodes.find((n) => n.id === 'hard') as ChoiceNode;
    expect(indicatorToAimFor(hard, rubrics)?.id).toBe('mini.5.1');
  });
});
