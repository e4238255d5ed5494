import { describe, expect, it } from 'vitest';
import { makeAnswer } from '../../tests/unit/fakes.ts';
import { runScore } from '../domain/xapi.ts';
import { decisionResult, finishValues, interactionValues, progressValues, timeinterval2004, timespan12 } from './cmi.ts';

describe('time formats', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [1234, '0000:00:01.23', 'PT1.23S'],
    [61_005, '0000:01:01.01', 'PT1M1.01S'],
    [3_723_450, '0001:02:03.45', 'PT1H2M3.45S'],
    [-5, '0000:00:00.00', 'PT0S'],
  ])('%d ms is %s (1.2) and %s (2004)', (ms, v12, v2004) => {
    expect(timespan12(ms)).toBe(v12);
    expect(timeinterval2004(ms)).toBe(v2004);
  });
});

describe('a decision', () => {
  const at = (level: 1 | 2 | 3 | 4 | 5, extra = {}) => makeAnswer({ evidence: [{ competency: 's08', level, indicators: [] }], ...extra });

  it.each([
    [5, 'correct', 'correct'],
    [4, 'correct', 'correct'],
    [3, 'neutral', 'neutral'],
    [2, 'wrong', 'incorrect'],
    [1, 'wrong', 'incorrect'],
  ] as const)('at level %d is %s (1.2) / %s (2004)', (level, r12, r2004) => {
    expect(decisionResult('1.2', at(level))).toBe(r12);
    expect(decisionResult('2004', at(level))).toBe(r2004);
  });

  it('takes the lower median of what a response showed on several competencies', () => {
    const answer = makeAnswer({ evidence: [{ competency: 'a', level: 5, indicators: [] }, { competency: 'b', level: 2, indicators: [] }] });
    expect(decisionResult('2004', answer)).toBe('incorrect');
  });

  it('is one interaction: id first, choice, the response, the result, the latency', () => {
    expect(interactionValues('1.2', 2, { ...at(4, { nodeId: 'wednesday', optionId: 'c' }), latencyMs: 12_340 })).toEqual([
      ['cmi.interactions.2.id', 'wednesday'],
      ['cmi.interactions.2.type', 'choice'],
      ['cmi.interactions.2.student_response', 'c'],
      ['cmi.interactions.2.result', 'correct'],
      ['cmi.interactions.2.latency', '0000:00:12.34'],
    ]);
    expect(interactionValues('2004', 0, { ...at(2, { nodeId: 'opening', optionId: 'a' }), latencyMs: 500 })).toEqual([
      ['cmi.interactions.0.id', 'opening'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.learner_response', 'a'],
      ['cmi.interactions.0.result', 'incorrect'],
      ['cmi.interactions.0.latency', 'PT0.5S'],
    ]);
  });

  it('that ran out of time has no response and is wrong', () => {
    const values = interactionValues('2004', 1, makeAnswer({ optionId: '', timedOut: true }));
    expect(values.map(([e]) => e)).not.toContain('cmi.interactions.1.learner_response');
    expect(values).toContainEqual(['cmi.interactions.1.result', 'incorrect']);
  });
});

describe('a run under way', () => {
  it('is incomplete and suspended, with its bookmark and resume data', () => {
    expect(progressValues('1.2', { location: 'wednesday', suspend: 'r1.a.0.1.x.1', sessionMs: 2000, markIncomplete: true })).toEqual([
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.lesson_location', 'wednesday'],
      ['cmi.suspend_data', 'r1.a.0.1.x.1'],
      ['cmi.core.exit', 'suspend'],
      ['cmi.core.session_time', '0000:00:02.00'],
    ]);
  });

  it('does not take a finished status back to incomplete', () => {
    const values = progressValues('2004', { location: 'x', suspend: '', sessionMs: 0, markIncomplete: false });
    expect(values.map(([e]) => e)).not.toContain('cmi.completion_status');
  });
});

describe('a finished run', () => {
  const levels = { s08: 4, gx1: 3, gx2: 5, gx3: null } as const;

  it('scores the lower median of its levels, raw and scaled, as the xAPI export does', () => {
    expect(runScore(levels)).toEqual({ raw: 4, scaled: 0.75, min: 1, max: 5 });
    expect(finishValues('2004', { levels, sessionMs: 90_000, threshold: '' })).toEqual([
      ['cmi.score.min', '1'],
      ['cmi.score.max', '5'],
      ['cmi.score.raw', '4'],
      ['cmi.score.scaled', '0.75'],
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'unknown'],
      ['cmi.suspend_data', ''],
      ['cmi.exit', 'normal'],
      ['cmi.session_time', 'PT1M30S'],
    ]);
  });

  it.each([
    ['1.2', '', 'cmi.core.lesson_status', 'completed'],
    ['1.2', '4', 'cmi.core.lesson_status', 'passed'],
    ['1.2', '5', 'cmi.core.lesson_status', 'failed'],
    ['2004', '0.75', 'cmi.success_status', 'passed'],
    ['2004', '0.76', 'cmi.success_status', 'failed'],
  ] as const)('SCORM %s with threshold %j: %s is %s', (version, threshold, element, status) => {
    expect(finishValues(version, { levels, sessionMs: 0, threshold })).toContainEqual([element, status]);
  });

  it('with no level shown sets no score', () => {
    const values = finishValues('1.2', { levels: { s08: null }, sessionMs: 0, threshold: '3' });
    expect(values.map(([e]) => e)).not.toContain('cmi.core.score.raw');
    expect(values).toContainEqual(['cmi.core.lesson_status', 'completed']);
  });
});
