// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { compile, type RunEvent } from '../../src/domain/compile.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import PlayScreen from '../../src/ui/play/PlayScreen.svelte';
import { axeViolations } from './axe.ts';
import { loadFixture } from '../fixtures/load-fixture.ts';

const messages = { en, vi: viMessages };
const { scenario, rubrics } = loadFixture();

function setup(events: RunEvent[], locale: 'en' | 'vi') {
  const actor = createActor(compile(scenario), { input: { seed: 0, mode: 'assessment' } }).start();
  events.forEach((e) => actor.send(e));
  const send = vi.fn<(e: RunEvent) => void>();
  const view = render(PlayScreen, { scenario, snapshot: actor.getSnapshot(), locale, t: messages[locale], send, rubrics: [...rubrics.values()] });
  return { view, send, user: userEvent.setup() };
}

const speak = { en: 'Answer aloud instead', vi: 'Trả lời bằng giọng nói' };
const about = { en: 'About your answer', vi: 'Về câu trả lời của bạn' };

describe('PlayScreen: answering aloud', () => {
  it.each(['en', 'vi'] as const)('opens the recorder in the own-answer form, with no metrics while answering (%s)', async (locale) => {
    const { view, user } = setup([], locale);
    await user.click(screen.getByRole('button', { name: messages[locale].ownStart }));
    await user.click(screen.getByRole('button', { name: speak[locale] }));
    // The recorder is its own chunk: the first import compiles it.
    const recorder = await screen.findByRole('region', { name: locale === 'en' ? 'Record your answer' : 'Ghi âm câu trả lời' }, { timeout: 10_000 });
    expect(within(recorder).getByRole('button', { name: locale === 'en' ? 'Record' : 'Ghi âm' })).toBeInTheDocument();
    // The transcript goes into the form's own box: one text box only.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: about[locale] })).toBeNull();
    expect(await axeViolations(view.container)).toEqual([]);
    // Compiling the recorder's chunk on first import is slow on a busy machine.
  }, 30_000);

  it.each([
    ['en', 'Um, I would call each of them, you know.', ['Length: 9 words', 'Filler words: 2 (“um” × 1 and “you know” × 1)']],
    ['vi', 'Ừm, em sẽ gọi cho từng người, kiểu như vậy.', ['Độ dài: 10 từ', 'Từ đệm: 2 (“ừm” × 1 và “kiểu như” × 1)']],
  ] as const)('shows length and fillers once the own answer is kept (%s)', async (locale, text, lines) => {
    const { view } = setup([{ type: 'OWN_ANSWER', text, indicators: [] }], locale);
    const aside = screen.getByRole('complementary', { name: messages[locale].ownYours });
    expect(await within(aside).findByRole('heading', { name: about[locale] })).toBeInTheDocument();
    for (const line of lines) expect(within(aside).getByText(line)).toBeInTheDocument();
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it.each([
    ['en', 'Um, I would call each of them, you know.', 'Pace: 180 words a minute over 0:03'],
    ['vi', 'Ừm, em sẽ gọi cho từng người, kiểu như vậy.', 'Tốc độ: 200 từ mỗi phút trong 0:03'],
  ] as const)('shows the pace of a spoken answer from the run itself, as after a reload (%s)', async (locale, text, pace) => {
    // The screen is drawn afresh from the run's state, as a reload draws it: nothing kept in the component.
    setup([{ type: 'OWN_ANSWER', text, indicators: [], recording: { id: 'r1', durationMs: 3_000 } }], locale);
    const aside = screen.getByRole('complementary', { name: messages[locale].ownYours });
    expect(await within(aside).findByText(pace)).toBeInTheDocument();
  });

  it('sends a typed own answer with no recording: no pace is made up for it', async () => {
    const { send, user } = setup([], 'en');
    await user.click(screen.getByRole('button', { name: en.ownStart }));
    await user.type(screen.getByRole('textbox'), 'I would ask.');
    await user.click(screen.getByRole('button', { name: en.ownSubmit }));
    expect(send).toHaveBeenCalledWith({ type: 'OWN_ANSWER', text: 'I would ask.', indicators: [] });
  });
});
