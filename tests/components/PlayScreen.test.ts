// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { compile, type RunEvent, type RunMode } from '../../src/domain/compile.ts';
import type { ChoiceNode, Scenario } from '../../src/domain/scenario.ts';
import { optionOrder } from '../../src/domain/shuffle.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import PlayScreen from '../../src/ui/play/PlayScreen.svelte';
import { axeViolations } from './axe.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const messages = { en, vi: viMessages };

const fixture = loadFixture();
const { rubrics } = fixture;
const MODEL = { vi: 'Hỏi từng bên cần gì rồi tự xếp lịch.', en: 'Ask each party what they need, then rank them myself.' };
// The fixture, its first decision given a model answer (as every shipped decision point has).
const scenario: Scenario = { ...fixture.scenario, nodes: fixture.scenario.nodes.map((n) => (n.id === 'first' ? { ...n, modelAnswer: MODEL } : n)) };

function setup(events: RunEvent[] = [], locale: 'en' | 'vi' = 'en', seed = 0, mode: RunMode = 'assessment') {
  const actor = createActor(compile(scenario), { input: { seed, mode } }).start();
  events.forEach((e) => actor.send(e));
  const send = vi.fn<(e: RunEvent) => void>();
  const user = userEvent.setup();
  const view = render(PlayScreen, { scenario, snapshot: actor.getSnapshot(), locale, t: messages[locale], send, rubrics: [...rubrics.values()] });
  /** Sends to the run and shows its new snapshot, as the app does. */
  const step = async (event: RunEvent) => {
    actor.send(event);
    await view.rerender({ snapshot: actor.getSnapshot() });
    await tick();
  };
  return { send, user, view, actor, step };
}

const OWN: RunEvent = { type: 'OWN_ANSWER', text: 'I would call each of them.', indicators: ['mini.4.1'] };

describe('PlayScreen', () => {
  it('shows who speaks and the numbered responses', () => {
    setup();
    expect(screen.getByText('Ms Ha')).toBeInTheDocument();
    expect(screen.getByText('What would you do?')).toBeInTheDocument();
    const options = within(screen.getByRole('list', { name: 'Your answer' })).getAllByRole('button');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['1 Wait for them', '2 Ask each one', '3 Ask my manager']);
  });

  it('sends CHOOSE with the option id and the time on a click (the time sets the next deadline)', async () => {
    const { send, user } = setup();
    await user.click(screen.getByRole('button', { name: /Ask each one/ }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: 'b', at: expect.any(Number) });
  });

  it('sends CHOOSE for the second option on the key 2', async () => {
    const { send, user } = setup();
    await user.keyboard('2');
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: 'b', at: expect.any(Number) });
  });

  it('ignores keys beyond the options and with modifiers', async () => {
    const { send, user } = setup();
    await user.keyboard('4');
    await user.keyboard('{Control>}1{/Control}');
    expect(send).not.toHaveBeenCalled();
  });

  it('sends HINT from the hint button, and shows the hint once given', async () => {
    const { send, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(send).toHaveBeenCalledWith({ type: 'HINT' });

    setup([{ type: 'HINT' }]);
    expect(screen.getByRole('complementary', { name: 'Hint' })).toHaveTextContent('Who needs what?');
    // The hint also names the behaviour worth aiming for (the strongest response's indicator), not the response.
    expect(screen.getByRole('complementary', { name: 'Hint' })).toHaveTextContent('Worth aiming for: Four');
  });

  it('rebuilds the transcript from the answers', () => {
    setup([{ type: 'CHOOSE', optionId: 'b', at: 0 }]);
    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(conversation).toHaveTextContent('What would you do?');
    expect(conversation).toHaveTextContent('Ask each one');
    expect(screen.getByText('Harder now.')).toBeInTheDocument();
  });

  it('speaks Vietnamese when asked', () => {
    setup([], 'vi');
    expect(screen.getByText('Em sẽ làm gì?')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeInTheDocument();
  });

  it('shows the options in the run\'s shuffled order, and number keys follow what is shown', async () => {
    const first = scenario.nodes[0] as ChoiceNode;
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((s) => optionOrder(first, s)[0]!.id !== 'a')!;
    const shown = optionOrder(first, seed);
    const { send, user } = setup([], 'en', seed);
    const buttons = within(screen.getByRole('list', { name: 'Your answer' })).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/^\s*\d+\s*/, '').trim())).toEqual(shown.map((o) => o.text.en));
    await user.keyboard('1');
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: shown[0]!.id, at: expect.any(Number) });
  });

  it('is accessible, with and without the hint', async () => {
    const { view } = setup();
    expect(await axeViolations(view.container)).toEqual([]);
    view.unmount();
    const hinted = setup([{ type: 'HINT' }]);
    expect(await axeViolations(hinted.view.container)).toEqual([]);
  });
});

describe('PlayScreen: nothing of the model answer before a choice', () => {
  it.each(['en', 'vi'] as const)('after "own answer first" (%s), only the own answer shows above the options', (locale) => {
    const { view } = setup([OWN], locale);
    expect(screen.getByRole('complementary', { name: messages[locale].ownYours })).toHaveTextContent('I would call each of them.');
    expect(screen.getByRole('list', { name: messages[locale].yourAnswer })).toBeInTheDocument();
    expect(view.container.textContent).not.toContain(MODEL[locale]);
    expect(view.container.textContent).not.toContain(messages[locale].modelAnswer);
    // Nor any response's feedback or level.
    for (const o of (scenario.nodes[0] as ChoiceNode).options) expect(view.container.textContent).not.toContain(o.feedback[locale]);
    expect(view.container.textContent).not.toMatch(/level \d|mức \d/i);
  });
});

describe('PlayScreen in practice: the decision\'s feedback right after the choice', () => {
  it.each(['en', 'vi'] as const)('shows the response, its level, feedback, the own answer against the model answer, then Continue (%s)', async (locale) => {
    const t = messages[locale];
    const { view, send, user } = setup([OWN, { type: 'CHOOSE', optionId: 'c', at: 0 }], locale, 0, 'practice');
    const feedback = screen.getByRole('region', { name: t.feedbackHeading(1) });
    const chosen = (scenario.nodes[0] as ChoiceNode).options.find((o) => o.id === 'c')!;
    expect(feedback).toHaveTextContent(chosen.text[locale]);
    expect(feedback).toHaveTextContent(t.feedbackLevel(locale === 'en' ? 'Test competency' : 'Năng lực thử', 2, locale === 'en' ? 'Basic' : 'Cơ bản'));
    expect(feedback).toHaveTextContent(chosen.feedback[locale]);
    expect(feedback).toHaveTextContent(t.ownCompare(4, 2));
    expect(feedback).toHaveTextContent(MODEL[locale]);
    // The next decision waits: no options, and number keys do nothing.
    expect(screen.queryByRole('list', { name: t.yourAnswer })).toBeNull();
    await user.keyboard('1');
    expect(send).not.toHaveBeenCalled();
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: t.feedbackContinue }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CONTINUE', at: expect.any(Number) });
    await user.click(screen.getByRole('button', { name: t.stepBack }));
    expect(send).toHaveBeenLastCalledWith({ type: 'BACK', at: expect.any(Number) });
  });

  it('moves focus to the feedback, then to the next line once continued, announcing each', async () => {
    const { step } = setup([], 'en', 0, 'practice');
    await step({ type: 'CHOOSE', optionId: 'b', at: 0 });
    expect(screen.getByRole('region', { name: 'How decision 1 went' })).toHaveFocus();
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('How decision 1 went. Test competency: level 4 of 5 (Good)');
    await step({ type: 'CONTINUE', at: 0 });
    expect(document.querySelector('.current-lines')).toHaveFocus();
    expect(document.querySelector('.current-lines')).toHaveTextContent('Harder now.');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent('Ms Ha: Harder now.');
  });

  it('keeps feedback for the report in assessment: the next decision follows at once', async () => {
    const { step } = setup();
    await step({ type: 'CHOOSE', optionId: 'b', at: 0 });
    expect(screen.queryByRole('region', { name: 'How decision 1 went' })).toBeNull();
    expect(document.body.textContent).not.toContain('Found needs unaided.');
    expect(screen.getByRole('list', { name: 'Your answer' })).toBeInTheDocument();
  });
});

describe('PlayScreen: focus follows the conversation', () => {
  it('after a choice, focus moves to the new line', async () => {
    const { step } = setup();
    await step({ type: 'CHOOSE', optionId: 'b', at: 0 });
    expect(document.querySelector('.current-lines')).toHaveFocus();
    expect(document.querySelector('.current-lines')).toHaveTextContent('Harder now.');
  });

  it('after a reload mid-run, focus is on the current decision', async () => {
    setup([{ type: 'CHOOSE', optionId: 'b', at: 0 }]);
    await tick();
    await tick();
    expect(document.querySelector('.current-lines')).toHaveFocus();
  });
});

