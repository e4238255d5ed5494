import { describe, expect, it } from 'vitest';
import { makeAnswer, makeModule, makeResultRecord, makeRubric, makeScenario, text } from '../../tests/unit/fakes.ts';
import { progressByScenario } from './progress.ts';
import { quotedChoice, redFlagsOf, reportOf, scoreOf, splitShown } from './report.ts';
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

describe('reportOf: a run finished before a content change', () => {
  // Stored when it ended at level 4 (its rule then); today the scenario reads differently,
  // scores a second competency, and the same answers would score 2 (lower median of 4 and 2).
  const answers = [makeAnswer({ nodeId: 'open', optionId: 'b' }), makeAnswer({ nodeId: 'follow', optionId: 'a', evidence: [{ competency: 's08', level: 2, indicators: ['s08.2.1'] }] })];
  const result = makeResultRecord({ answers, levels: { s08: 4 } });
  const today = makeModule(makeScenario({ title: text('Coffee chat, revised'), competencies: ['s08', 's12'] }));

  it('gives the levels the progress page shows for the same run, not a re-score', () => {
    expect(scoreOf(today, answers)[0]!.result!.level).toBe(2);
    const report = reportOf(today, result);
    const levels = Object.fromEntries(report.competencies.map((c) => [c.competency, c.result?.level ?? null]));
    expect(levels).toEqual(progressByScenario([result]).get(result.scenarioId)!.last);
    expect(levels).toEqual({ s08: 4 });
  });

  it('says the content changed, and that the stored level is not today\'s rule\'s to explain', () => {
    const [s08] = reportOf(today, result).competencies;
    expect(reportOf(today, result).contentChanged).toBe(true);
    expect(s08).toMatchObject({ explained: false, label: text('Good'), missed: ['s08.5.1', 's08.5.2', 's08.5.3'] });
  });

  it('on unchanged content and rule, is the score itself', () => {
    const module = makeModule();
    const levels = { s08: scoreOf(module, answers)[0]!.result!.level };
    const report = reportOf(module, makeResultRecord({ answers, levels }));
    expect(report).toEqual({ contentChanged: false, competencies: scoreOf(module, answers).map((s) => ({ ...s, explained: true })) });
  });
});

describe('quotedChoice', () => {
  const answer = makeAnswer({ nodeId: 'open', optionId: 'b' });
  const rekeyed = makeScenario();
  const open = rekeyed.nodes[0]!;
  if (open.type === 'choice') open.options.reverse().forEach((o, i) => (o.id = 'ab'[i]!));

  it('quotes the option answered on the content played', () => {
    expect(quotedChoice(makeScenario(), answer, false)?.option?.id).toBe('b');
  });

  it('once content changed, quotes no option that now shows other evidence', () => {
    expect(quotedChoice(rekeyed, answer, true)).toBeUndefined();
    expect(quotedChoice(makeScenario({ title: text('Revised') }), answer, true)?.option?.id).toBe('b');
  });
});
