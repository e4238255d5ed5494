import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCalibrationSet, makeRubric, text } from '../../tests/unit/fakes.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';
import { calibrationEntry, type CalibrationEntry, type CalibrationModule } from './catalog.ts';
import {
  clockLeft,
  clockMilestone,
  familyOf,
  lastPlacedBySet,
  levelFromTicks,
  pickVoice,
  practiceList,
  practiceOutcome,
  practiceQuestion,
  practiceStep,
  startPractice,
  suggestedSeconds,
  type PracticeEvent,
  type PracticeState,
} from './question-practice.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const shippedEntries = content.calibration.map((f) => calibrationEntry(f.value, rubrics));
const shippedModules = content.calibration.map((f): CalibrationModule => ({ set: f.value, rubric: rubrics.get(f.value.competency)!, contentHash: 'h' }));

const entry = (id: string, competency: string, pack = false): CalibrationEntry => ({
  id,
  title: text(id),
  competency: { id: competency, name: text(competency) },
  question: text(`${id}?`),
  samples: 10,
  ...(pack ? { pack: { id: 'p', title: text('P') } } : {}),
});

const module = (set = makeCalibrationSet(), rubric = makeRubric()): CalibrationModule => ({ set, rubric, contentHash: 'h' });

describe('the questions to practise', () => {
  it('holds the seven S08 questions, then one per ICF set, then one per guanxi set, from the shipped content', () => {
    const list = practiceList(shippedEntries);
    expect(list.filter((i) => i.family === 'networking').map((i) => i.setId)).toEqual(['cal-s08-q1', 'cal-s08-q2', 'cal-s08-q3', 'cal-s08-q4', 'cal-s08-q5', 'cal-s08-q6', 'cal-s08-q7']);
    expect(list.filter((i) => i.family === 'coaching')).toHaveLength(8);
    expect(list.filter((i) => i.family === 'guanxi')).toHaveLength(4);
    expect(list.map((i) => i.family)).toEqual([...Array(7).fill('networking'), ...Array(8).fill('coaching'), ...Array(4).fill('guanxi')]);
  });

  it('gives each S08 item the seed question of the same number, word for word', () => {
    const s08 = rubrics.get('s08')!;
    const list = practiceList(shippedEntries).filter((i) => i.family === 'networking');
    expect(list.map((i) => i.question)).toEqual(s08.questions.map((q) => q.text));
  });

  it('leaves out a trainer pack’s sets and sets of no known family, and orders by family', () => {
    const list = practiceList([entry('g', 'gx1'), entry('own', 'team'), entry('p', 's08', true), entry('n', 's08'), entry('c', 'icf3')]);
    expect(list.map((i) => i.setId)).toEqual(['n', 'c', 'g']);
  });

  it.each([
    ['s08', 'networking'],
    ['icf8', 'coaching'],
    ['gx4', 'guanxi'],
    ['icf', undefined],
    ['s081', undefined],
  ])('puts %s in %s', (id, family) => {
    expect(familyOf(id)).toBe(family);
  });
});

describe('a question’s reference answers', () => {
  it.each(shippedModules.map((m) => [m.set.id, m] as const))('%s: has its question, levels 1–5 with references, every shown indicator resolved', (_, m) => {
    const q = practiceQuestion(m)!;
    expect(q.text.vi).not.toBe('');
    expect(q.referenceLevels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    for (const l of q.referenceLevels) {
      expect(l.references.length).toBeGreaterThan(0);
      for (const r of l.references) {
        expect(r.sample.level).toBe(l.level);
        expect(r.shows.map((i) => i.id)).toEqual(r.sample.shows);
        expect(r.lacks.map((i) => i.id)).toEqual(r.sample.lacks);
      }
    }
  });

  it('says a level has no reference when the set has none there, rather than borrowing one', () => {
    const set = makeCalibrationSet();
    set.samples = set.samples.filter((s) => s.level !== 3);
    const q = practiceQuestion(module(set))!;
    expect(q.referenceLevels[2]).toMatchObject({ level: 3, references: [] });
    expect(q.referenceLevels[3]!.references).toHaveLength(2);
  });

  it('resolves indicator ids to the rubric’s indicators, dropping none that exist', () => {
    const set = makeCalibrationSet();
    set.samples[1] = { ...set.samples[1]!, shows: ['s08.2.1'], lacks: ['s08.3.1', 's08.3.2'] };
    const ref = practiceQuestion(module(set))!.referenceLevels[1]!.references[0]!;
    expect(ref.shows.map((i) => i.text.en)).toEqual(['Indicator s08.2.1']);
    expect(ref.lacks.map((i) => i.id)).toEqual(['s08.3.1', 's08.3.2']);
  });

  it('has no question when the set’s question is not in its rubric', () => {
    const set = { ...makeCalibrationSet(), question: { rubric: 's08', id: 's08.q9' } };
    expect(practiceQuestion(module(set))).toBeUndefined();
  });
});

describe('the suggested length', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  const sample = (level: 1 | 2 | 3 | 4 | 5, n: number) => ({ level, answer: { vi: words(n), en: words(n) } });

  it('is the median strong answer spoken at the language’s rate, to 15 s', () => {
    // Level 4–5 answers of 130, 195 and 260 words: median 195 at 130 a minute = 90 s.
    expect(suggestedSeconds([sample(1, 900), sample(4, 130), sample(5, 195), sample(5, 260)], 'en')).toBe(90);
    // The same in Vietnamese syllables at 160 a minute: 73 s → 75 s.
    expect(suggestedSeconds([sample(4, 195)], 'vi')).toBe(75);
  });

  it.each([
    [20, 60],
    [1000, 180],
  ])('stays within the range: %i words → %i s', (n, seconds) => {
    expect(suggestedSeconds([sample(5, n)], 'en')).toBe(seconds);
  });

  it('is two minutes when there is no strong answer to go by', () => {
    expect(suggestedSeconds([sample(2, 100)], 'en')).toBe(120);
  });

  it('is between one and three minutes for every shipped question, in both languages', () => {
    for (const m of shippedModules) {
      const q = practiceQuestion(m)!;
      for (const s of Object.values(q.suggestedSeconds)) expect(s).toBeGreaterThanOrEqual(60), expect(s).toBeLessThanOrEqual(180);
    }
  });
});

describe('the level the ticks point to', () => {
  const levels = makeRubric().levels;
  it.each([
    [[], null],
    [['s08.1.2'], 1],
    [['s08.2.1', 's08.1.2'], 2],
    [['s08.2.1', 's08.4.2'], 4],
    [['s08.5.3'], 5],
  ])('%j → %s', (ticked, level) => {
    expect(levelFromTicks(levels, new Set(ticked))).toBe(level);
  });
});

describe('a round', () => {
  const run = (events: PracticeEvent[], from: PracticeState = startPractice(1000)) => events.reduce(practiceStep, from);

  it('goes answer → rate → compare → done, with the answer, ticks and level', () => {
    const s = run([
      { type: 'WRITE', text: 'I asked each of them what they needed.' },
      { type: 'SUBMIT' },
      { type: 'TICK', id: 's08.4.1', on: true },
      { type: 'TICK', id: 's08.3.1', on: true },
      { type: 'TICK', id: 's08.3.1', on: false },
      { type: 'REVEAL' },
      { type: 'PLACE', level: 3 },
      { type: 'PLACE', level: 4 },
      { type: 'SAVE' },
    ]);
    expect(s).toMatchObject({ phase: 'done', answer: 'I asked each of them what they needed.', ticked: ['s08.4.1'], placed: 4 });
  });

  it('does not go on to rating with nothing written or recorded', () => {
    expect(run([{ type: 'WRITE', text: '   ' }, { type: 'SUBMIT' }]).phase).toBe('answer');
    expect(run([{ type: 'RECORDED', kept: true }, { type: 'SUBMIT' }]).phase).toBe('rate');
  });

  it('never reaches the references without rating first', () => {
    const s = run([{ type: 'WRITE', text: 'x' }, { type: 'REVEAL' }, { type: 'PLACE', level: 5 }, { type: 'SAVE' }]);
    expect(s).toMatchObject({ phase: 'answer', placed: null });
  });

  it('keeps the answer and ticks as they were once the references are shown', () => {
    const s = run([{ type: 'WRITE', text: 'x' }, { type: 'SUBMIT' }, { type: 'REVEAL' }, { type: 'WRITE', text: 'better' }, { type: 'TICK', id: 's08.5.1', on: true }]);
    expect(s).toMatchObject({ phase: 'compare', answer: 'x', ticked: [] });
  });

  it('does not save before the answer is placed', () => {
    expect(run([{ type: 'WRITE', text: 'x' }, { type: 'SUBMIT' }, { type: 'REVEAL' }, { type: 'SAVE' }]).phase).toBe('compare');
  });

  it('starts and stops the interview clock only while answering', () => {
    const s = run([{ type: 'START_CLOCK', at: 2000, seconds: 120 }]);
    expect(s.clock).toEqual({ startedAt: 2000, seconds: 120 });
    expect(run([{ type: 'STOP_CLOCK' }], s).clock).toBeNull();
    const rating = run([{ type: 'WRITE', text: 'x' }, { type: 'SUBMIT' }, { type: 'START_CLOCK', at: 1, seconds: 60 }]);
    expect(rating.clock).toBeNull();
  });

  it('is not changed in place', () => {
    const before = startPractice(1);
    const frozen = structuredClone(before);
    practiceStep(before, { type: 'WRITE', text: 'x' });
    expect(before).toEqual(frozen);
  });
});

describe('the saved record', () => {
  const question = practiceQuestion(module())!;
  const done = [
    { type: 'WRITE', text: 'My answer' },
    { type: 'START_CLOCK', at: 1500, seconds: 120 },
    { type: 'SUBMIT' },
    { type: 'TICK', id: 's08.2.1', on: true },
    { type: 'REVEAL' },
    { type: 'PLACE', level: 2 },
    { type: 'SAVE' },
  ] satisfies PracticeEvent[];

  it('keeps the question, answer, ticks, level, clock, recording and metrics', () => {
    const state = done.reduce(practiceStep, startPractice(1000));
    const metrics = { words: 2, seconds: 3, wordsPerMinute: 40, fillers: [], fillerTotal: 0 };
    expect(practiceOutcome(state, question, { id: 'p1', contentHash: 'h', locale: 'en', now: 9000, recording: 'practice/p1', metrics })).toEqual({
      v: 1,
      kind: 'question-practice',
      id: 'p1',
      setId: 'cal-x',
      questionId: 's08.q2',
      contentHash: 'h',
      competency: 's08',
      question: text('Tell us about a contact you built up.'),
      locale: 'en',
      answer: 'My answer',
      recording: 'practice/p1',
      ticked: ['s08.2.1'],
      placed: 2,
      clock: 120,
      metrics,
      startedAt: 1000,
      finishedAt: 9000,
    });
  });

  it('is nothing before the round is saved', () => {
    const state = done.slice(0, -1).reduce(practiceStep, startPractice(1000));
    expect(practiceOutcome(state, question, { id: 'p1', contentHash: 'h', locale: 'en', now: 9000 })).toBeUndefined();
  });
});

describe('the interview clock', () => {
  it('counts whole seconds down, past zero', () => {
    const clock = { startedAt: 10_000, seconds: 120 };
    expect(clockLeft(clock, 10_000)).toBe(120);
    expect(clockLeft(clock, 10_999)).toBe(120);
    expect(clockLeft(clock, 71_000)).toBe(59);
    expect(clockLeft(clock, 140_000)).toBe(-10);
  });

  it.each([
    [61, 60, 120, 60],
    [60, 59, 120, null],
    [31, 30, 120, 30],
    [1, 0, 120, 0],
    [90, -5, 120, 0],
    [60, 59, 60, null],
    [31, 29, 60, 30],
    [5, 4, 120, null],
  ])('from %i to %i s left on a %i s clock says %s', (before, after, seconds, said) => {
    expect(clockMilestone(before, after, seconds)).toBe(said);
  });
});

describe('a voice for the question', () => {
  const voice = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: `${lang}${localService ? '' : ' (network)'}` });

  it('takes a voice on the device for the language, the default first', () => {
    expect(pickVoice([voice('en-US'), voice('vi-VN'), voice('vi_VN', true, true)], 'vi')?.lang).toBe('vi_VN');
    expect(pickVoice([voice('EN-gb')], 'en')?.lang).toBe('EN-gb');
  });

  it('never takes a network voice, nor one of another language', () => {
    expect(pickVoice([voice('vi-VN', false), voice('en-US')], 'vi')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});

describe('the level last placed per question', () => {
  it('takes the latest practice of each set, whatever the order', () => {
    const last = lastPlacedBySet([
      { setId: 'a', placed: 2, finishedAt: 10 },
      { setId: 'a', placed: 4, finishedAt: 30 },
      { setId: 'b', placed: 3, finishedAt: 5 },
      { setId: 'a', placed: 1, finishedAt: 20 },
    ]);
    expect([...last]).toEqual([
      ['a', 4],
      ['b', 3],
    ]);
  });
});
