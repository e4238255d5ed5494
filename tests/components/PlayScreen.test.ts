// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { compile, type RunEvent } from '../../src/domain/compile.ts';
import type { ChoiceNode } from '../../src/domain/scenario.ts';
import { optionOrder } from '../../src/domain/shuffle.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import PlayScreen from '../../src/ui/play/PlayScreen.svelte';
import { axeViolations } from './axe.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const messages = { en, vi: viMessages };

const { scenario, rubrics } = loadFixture();

function setup(events: RunEvent[] = [], locale: 'en' | 'vi' = 'en', seed = 0) {
  const actor = createActor(compile(scenario), { input: { seed } }).start();
  events.forEach((e) => actor.send(e));
  const send = vi.fn<(e: RunEvent) => void>();
  const user = userEvent.setup();
  const view = render(PlayScreen, { scenario, snapshot: actor.getSnapshot(), locale, t: messages[locale], send, rubrics: [...rubrics.values()] });
  return { send, user, view };
}

describe('PlayScreen', () => {
  it('shows who speaks and the numbered responses', () => {
    setup();
    expect(screen.getByText('Ms Ha')).toBeInTheDocument();
    expect(screen.getByText('What would you do?')).toBeInTheDocument();
    const options = within(screen.getByRole('list', { name: 'Your answer' })).getAllByRole('button');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['1 Wait for them', '2 Ask each one', '3 Ask my manager']);
  });

  it('sends CHOOSE with the option id on a click', async () => {
    const { send, user } = setup();
    await user.click(screen.getByRole('button', { name: /Ask each one/ }));
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: 'b' });
  });

  it('sends CHOOSE for the second option on the key 2', async () => {
    const { send, user } = setup();
    await user.keyboard('2');
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: 'b' });
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
    setup([{ type: 'CHOOSE', optionId: 'b' }]);
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
    expect(send).toHaveBeenCalledExactlyOnceWith({ type: 'CHOOSE', optionId: shown[0]!.id });
  });

  it('is accessible, with and without the hint', async () => {
    const { view } = setup();
    expect(await axeViolations(view.container)).toEqual([]);
    view.unmount();
    const hinted = setup([{ type: 'HINT' }]);
    expect(await axeViolations(hinted.view.container)).toEqual([]);
  });
});
