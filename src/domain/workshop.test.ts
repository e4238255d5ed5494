import { describe, expect, it } from 'vitest';
import { makeModule } from '../../tests/unit/fakes.ts';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import { discussionPrompt } from '../ui/workshop/prompt.ts';
import { audienceView, choiceForKey, roomVote, stepContent, type WorkshopContent, type WorkshopState } from './workshop.ts';

// "open": A (level 1), B (level 4). The calibration fake's choices are the levels 1–5.
const onScenario: WorkshopContent = { kind: 'scenario', module: makeModule() };
const step = stepContent(onScenario, 'open')!;

describe('roomVote', () => {
  it.each<{ tally: Record<string, number>; leaders: string[]; votes: number; total: number; majority: boolean }>([
    { tally: { a: 7, b: 6 }, leaders: ['A'], votes: 7, total: 13, majority: true },
    { tally: { a: 1, b: 0 }, leaders: ['A'], votes: 1, total: 1, majority: true },
    // Half is not most of the room.
    { tally: { a: 3, b: 3 }, leaders: ['A', 'B'], votes: 3, total: 6, majority: false },
    { tally: { a: 4, b: 2 }, leaders: ['A'], votes: 4, total: 6, majority: true },
    { tally: {}, leaders: ['A', 'B'], votes: 0, total: 0, majority: false },
  ])('$tally → $leaders, $votes of $total, majority $majority', ({ tally, leaders, votes, total, majority }) => {
    const vote = roomVote(step, tally);
    expect({ leaders: vote.leaders.map((c) => c.letter), votes: vote.votes, total: vote.total, majority: vote.majority }).toEqual({ leaders, votes, total, majority });
  });

  it('is no majority when the most chosen has fewer than half, with more choices than two', () => {
    // Five options as on the projector: E has 4 of 13.
    const five = { ...step, choices: 'ABCDE'.split('').map((letter, i) => ({ ...step.choices[0]!, id: `o${i}`, letter })) };
    const vote = roomVote(five, { o0: 3, o1: 2, o2: 2, o3: 2, o4: 4 });
    expect(vote).toMatchObject({ votes: 4, total: 13, majority: false });
    expect(vote.leaders.map((c) => c.letter)).toEqual(['E']);
  });
});

describe('the reveal on an option scored on two competencies', () => {
  it('shows the option\'s level as everywhere else: the highest it shows, not the first competency\'s', () => {
    const module = makeModule();
    module.scenario.competencies = ['s08', 's12'];
    const open = module.scenario.nodes[0]!;
    if (open.type !== 'choice') throw new Error('open is a decision point');
    open.options[0]!.evidence = [{ competency: 's08', level: 2, indicators: [] }, { competency: 's12', level: 4, indicators: [] }];
    const reveal = stepContent({ kind: 'scenario', module }, 'open')!;
    expect(reveal.choices.map((c) => c.level)).toEqual([4, 4]);
  });
});

describe('choiceForKey', () => {
  it.each([
    ['a', 'A'],
    ['B', 'B'],
    ['1', 'A'],
    ['2', 'B'],
    ['3', undefined],
    ['c', undefined],
    ['Enter', undefined],
  ])('on a scenario step, %s counts for %s', (key, letter) => {
    expect(choiceForKey(step, key)?.letter).toBe(letter);
  });
});

describe('the discussion prompt', () => {
  const discuss = (tally: Record<string, number>): WorkshopState => ({ phase: 'discuss', stepId: 'open', tally, steps: [], answers: [], discussUntil: null });
  const prompt = (tally: Record<string, number>, t = en) => discussionPrompt(audienceView(onScenario, discuss(tally)), t);

  it('says "most of the room" only for a majority', () => {
    expect(prompt({ a: 7, b: 6 })).toBe('Most of the room chose A (level 1). What would it take to answer like B (level 4)?');
    expect(prompt({ a: 7, b: 6 }, vi)).toBe('Đa số lớp chọn A (mức 1). Cần làm gì để trả lời được như B (mức 4)?');
    expect(prompt({ a: 2, b: 9 })).toBe('Most of the room chose B, the strongest response here (level 4). What in it shows that level?');
  });

  it('gives the most votes with the count otherwise', () => {
    const five = makeModule();
    const open = five.scenario.nodes[0]!;
    if (open.type !== 'choice') throw new Error('fake changed');
    const option = open.options[0]!;
    open.options = [...open.options, { ...option, id: 'c' }, { ...option, id: 'd' }, { ...option, id: 'e' }];
    const content: WorkshopContent = { kind: 'scenario', module: five };
    const view = audienceView(content, discuss({ a: 3, b: 2, c: 2, d: 2, e: 4 }));
    expect(view.focus!.vote).toEqual({ letters: ['E'], votes: 4, total: 13, majority: false });
    expect(discussionPrompt(view, en)).toBe('Most votes: E (4 of 13), level 1. What would it take to answer like B (level 4)?');
    expect(discussionPrompt(view, vi)).toBe('Nhiều phiếu nhất: E (4/13 phiếu), mức 1. Cần làm gì để trả lời được như B (mức 4)?');
    expect(discussionPrompt(audienceView(content, discuss({ b: 4, a: 3, c: 3, d: 3 })), en)).toBe(
      'Most votes: B (4 of 13), the strongest response here (level 4). What in it shows that level?',
    );
  });

  it('names every choice in a tie', () => {
    expect(prompt({ a: 3, b: 3 })).toBe('Most votes: A and B (3 each of 6). B is the strongest response here (level 4). What sets it apart?');
    expect(prompt({ a: 3, b: 3 }, vi)).toBe('Nhiều phiếu nhất: A và B (mỗi phương án 3/6 phiếu). B là phương án mạnh nhất ở đây (mức 4). Điều gì làm nó khác đi?');
  });
});
