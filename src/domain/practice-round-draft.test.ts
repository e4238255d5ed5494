import { describe, expect, it } from 'vitest';
import { readRoundDraft, roundDraft } from './practice-round-draft.ts';
import { practiceStep, startPractice } from './question-practice.ts';

describe('a practice round kept as a draft', () => {
  const rated = practiceStep(practiceStep(practiceStep(startPractice(1_000), { type: 'WRITE', text: 'Em sẽ hỏi lại' }), { type: 'SUBMIT' }), { type: 'TICK', id: 's08.3.1', on: true });

  it('reads back what was kept: phase, answer, ticks, recording', () => {
    const draft = roundDraft('r1', 'cal-s08-q2', rated, 'Em sẽ hỏi lại', { owner: 'practice/r1', id: 'a1', durationMs: 3_000 });
    expect(readRoundDraft(JSON.stringify(draft), 'cal-s08-q2')).toEqual(draft);
    expect(draft?.state.phase).toBe('rate');
  });

  it('is none for a finished round, another set, or anything that is not a draft', () => {
    const done = { ...rated, phase: 'done' as const };
    expect(roundDraft('r1', 'cal-s08-q2', done, '', null)).toBeUndefined();
    const draft = JSON.stringify(roundDraft('r1', 'cal-s08-q2', rated, '', null));
    expect(readRoundDraft(draft, 'cal-icf1')).toBeUndefined();
    expect(readRoundDraft('{not json', 'cal-s08-q2')).toBeUndefined();
    expect(readRoundDraft(JSON.stringify({ v: 1, id: 'r1', setId: 'cal-s08-q2', text: 1 }), 'cal-s08-q2')).toBeUndefined();
    expect(readRoundDraft(draft.replace('"startedAt":1000', '"startedAt":1e300'), 'cal-s08-q2')).toBeUndefined();
    expect(readRoundDraft(null, 'cal-s08-q2')).toBeUndefined();
  });
});
