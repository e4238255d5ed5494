import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import { decisionFeedback } from './feedback.ts';
import type { Scenario } from './scenario.ts';
import type { Answer } from './score.ts';
import type { Level } from './text.ts';

const fixture = loadFixture();
const model = { vi: 'Mẫu', en: 'Model' };
// The fixture's first decision, given a model answer.
const scenario: Scenario = { ...fixture.scenario, nodes: fixture.scenario.nodes.map((n) => (n.id === 'first' ? { ...n, modelAnswer: model } : n)) };

const answer = (optionId: string, level: Level, extra: Partial<Answer> = {}): Answer => ({
  nodeId: 'first',
  optionId,
  difficulty: 3,
  evidence: [{ competency: 'mini', level, indicators: [] }],
  hinted: false,
  ...extra,
});

describe('decisionFeedback', () => {
  it('gives the last answer\'s response, its level per competency and its decision number', () => {
    const fb = decisionFeedback(scenario, [answer('a', 1), answer('b', 4)], fixture.rubrics);
    expect(fb).toMatchObject({ decision: 2, timedOut: false, option: { id: 'b' }, levels: [{ competency: 'mini', level: 4 }] });
    expect(fb?.option?.feedback.en).toBe('Found needs unaided.');
  });

  it.each<[string, Answer, boolean]>([
    ['below 5, no own answer', answer('b', 4), true],
    ['at 5, no own answer', answer('b', 5), false],
    ['at 5 with an own answer, for the comparison', answer('b', 5, { own: { text: 'mine', indicators: [] } }), true],
  ])('gives the model answer %s: %s', (_, a, shown) => {
    expect(decisionFeedback(scenario, [a], fixture.rubrics)?.modelAnswer).toEqual(shown ? model : undefined);
  });

  it('calls the model answer stronger only when the response chosen fell short of 5', () => {
    expect(decisionFeedback(scenario, [answer('b', 4)], fixture.rubrics)?.modelIsStronger).toBe(true);
    expect(decisionFeedback(scenario, [answer('b', 5, { own: { text: 'mine', indicators: [] } })], fixture.rubrics)?.modelIsStronger).toBe(false);
  });

  it('compares an own answer: the self-rating from the behaviours ticked, the level of the response chosen', () => {
    const fb = decisionFeedback(scenario, [answer('c', 2, { own: { text: 'mine', indicators: ['mini.4.1', 'mini.2.1'] } })], fixture.rubrics);
    expect(fb?.own).toEqual({ text: 'mine', self: 4, chosen: 2 });
    expect(decisionFeedback(scenario, [answer('c', 2, { own: { text: 'mine', indicators: [] } })], fixture.rubrics)?.own?.self).toBeNull();
  });

  it('says when time ran out, with no response', () => {
    const fb = decisionFeedback(scenario, [answer('', 1, { timedOut: true })], fixture.rubrics);
    expect(fb).toMatchObject({ timedOut: true, levels: [{ level: 1 }] });
    expect(fb?.option).toBeUndefined();
  });

  it('has nothing to say before the first answer', () => {
    expect(decisionFeedback(scenario, [], fixture.rubrics)).toBeUndefined();
  });
});
