// @vitest-environment jsdom
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalibrationModule } from '../../src/domain/catalog.ts';
import { practiceQuestion, type PracticeState } from '../../src/domain/question-practice.ts';
import type { Locale } from '../../src/domain/text.ts';
import { practiceMessages } from '../../src/ui/practice/messages.ts';
import PracticeRound from '../../src/ui/practice/PracticeRound.svelte';
import { QuestionVoice, type Synth } from '../../src/ui/practice/voices.svelte.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';
import { axeViolations } from './axe.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const set = content.calibration.find((f) => f.value.id === 'cal-s08-q2')!.value;
const module: CalibrationModule = { set, rubric: rubrics.get('s08')!, contentHash: 'h' };
const question = practiceQuestion(module)!;

/** A speechSynthesis with the voices given, which can gain voices later as Chrome's does. */
function fakeSynth(voices: { lang: string; localService: boolean }[] = []) {
  const listeners = new Set<() => void>();
  const synth = {
    voices: voices.map((v) => ({ ...v, name: v.lang, default: false, voiceURI: v.lang })),
    spoken: [] as string[],
    getVoices: () => synth.voices as unknown as SpeechSynthesisVoice[],
    speak: (u: SpeechSynthesisUtterance) => void synth.spoken.push(u.text),
    cancel: () => {},
    addEventListener: (_: string, l: () => void) => void listeners.add(l),
    removeEventListener: (_: string, l: () => void) => void listeners.delete(l),
    gain(lang: string) {
      synth.voices = [...synth.voices, { lang, localService: true, name: lang, default: false, voiceURI: lang }];
      for (const l of listeners) l();
    },
  };
  return synth;
}

// jsdom has no speech synthesis: an utterance is only its text here.
beforeEach(() => {
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: unknown = null;
      lang = '';
      onend: unknown = null;
      onerror: unknown = null;
      constructor(readonly text: string) {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

function renderRound(locale: Locale, synth = fakeSynth()) {
  const onsave = vi.fn<(state: PracticeState, recording: unknown) => Promise<void>>(async () => {});
  const result = render(PracticeRound, {
    question,
    rubric: module.rubric,
    locale,
    p: practiceMessages(locale),
    voice: new QuestionVoice(synth as unknown as Synth),
    owner: 'practice/t1',
    onsave,
    now: () => 1000,
  });
  return { ...result, onsave, synth };
}

/** Whether any reference answer, or any rationale, is in the page. */
const referencesIn = (container: Element, locale: Locale) =>
  set.samples.some((s) => container.textContent!.includes(s.answer[locale].slice(0, 60)) || container.textContent!.includes(s.rationale[locale].slice(0, 40)));

describe.each(['en', 'vi'] as const)('a practice round (%s)', (locale) => {
  const p = practiceMessages(locale);

  it('goes answer → self-rating → references by keyboard, and shows no reference before the self-rating is done', async () => {
    const user = userEvent.setup();
    const { container, onsave } = renderRound(locale);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(question.text[locale]);
    expect(referencesIn(container, locale)).toBe(false);
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('textbox', { name: p.answerLabel }));
    await user.paste('I asked each of them what they needed, then met the CEO.');
    screen.getByRole('button', { name: p.submit }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { name: p.stepOf(2, p.stepRate) })).toHaveFocus();
    expect(referencesIn(container, locale)).toBe(false);
    expect(container.querySelector('.sample, blockquote')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    const level4 = screen.getByRole('group', { name: p.levelName(4, module.rubric.levels[3]!.label[locale]) });
    const first = within(level4).getAllByRole('checkbox')[0]!;
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    expect(screen.getByText(p.ticksPoint(4))).toBeInTheDocument();

    screen.getByRole('button', { name: p.reveal }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: p.stepOf(3, p.stepCompare) })).toHaveFocus();
    for (const s of set.samples) expect(container.textContent).toContain(s.answer[locale]);
    expect(screen.getByText('I asked each of them what they needed, then met the CEO.')).toBeInTheDocument();
    for (const level of [1, 2, 3, 4, 5] as const) {
      expect(screen.getByRole('heading', { level: 4, name: p.levelName(level, module.rubric.levels[level - 1]!.label[locale]) })).toBeInTheDocument();
    }
    expect(await axeViolations(container)).toEqual([]);

    const placing = screen.getByRole('group', { name: p.placeLegend });
    within(placing).getAllByRole('radio')[2]!.focus();
    await user.keyboard(' ');
    screen.getByRole('button', { name: p.save }).focus();
    await user.keyboard('{Enter}');

    expect(onsave).toHaveBeenCalledOnce();
    expect(onsave.mock.calls[0]![0]).toMatchObject({ phase: 'done', placed: 3, ticked: [module.rubric.levels[3]!.indicators[0]!.id] });
    expect(await screen.findByRole('status', { name: '' })).toBeDefined();
    expect(container.textContent).toContain(p.saved);
    expect(screen.getByRole('link', { name: p.seeProgress })).toHaveAttribute('href', '#/progress');
    expect(await axeViolations(container)).toEqual([]);
  }, 60_000);

  it('does not go on without an answer, and says so', async () => {
    const user = userEvent.setup();
    renderRound(locale);
    await user.click(screen.getByRole('button', { name: p.submit }));
    expect(screen.getByRole('alert').textContent).toBe(p.needAnswer);
    expect(screen.getByRole('heading', { name: p.stepOf(1, p.stepAnswer) })).toBeInTheDocument();
  });

  it('asks for a level before saving', async () => {
    const user = userEvent.setup();
    const { onsave } = renderRound(locale);
    await user.type(screen.getByRole('textbox', { name: p.answerLabel }), 'x');
    await user.click(screen.getByRole('button', { name: p.submit }));
    await user.click(screen.getByRole('button', { name: p.reveal }));
    await user.click(screen.getByRole('button', { name: p.save }));
    expect(screen.getByRole('alert').textContent).toBe(p.placeFirst);
    expect(onsave).not.toHaveBeenCalled();
  });

  it('offers "Listen" only with a voice on the device for the language, and once the browser lists one', async () => {
    const user = userEvent.setup();
    const synth = fakeSynth([{ lang: locale === 'vi' ? 'vi-VN' : 'en-GB', localService: false }]);
    renderRound(locale, synth);
    expect(screen.queryByRole('button', { name: p.listen })).toBeNull();
    expect(screen.getByText(p.noVoice)).toBeInTheDocument();

    synth.gain(locale === 'vi' ? 'vi-VN' : 'en-US');
    flushSync();
    await user.click(screen.getByRole('button', { name: p.listen }));
    expect(synth.spoken).toEqual([question.text[locale]]);
    expect(screen.getByRole('button', { name: p.stopListening })).toHaveAttribute('aria-pressed', 'true');
  });

  it('says where a level has no reference answer', async () => {
    const user = userEvent.setup();
    const thin = practiceQuestion({ ...module, set: { ...set, samples: set.samples.filter((s) => s.level !== 5) } })!;
    render(PracticeRound, { question: thin, rubric: module.rubric, locale, p, voice: new QuestionVoice(undefined), owner: 'practice/t2', onsave: async () => {} });
    await user.type(screen.getByRole('textbox', { name: p.answerLabel }), 'x');
    await user.click(screen.getByRole('button', { name: p.submit }));
    await user.click(screen.getByRole('button', { name: p.reveal }));
    const level5 = screen.getByRole('region', { name: p.levelName(5, module.rubric.levels[4]!.label[locale]) });
    expect(within(level5).getByText(p.noReference)).toBeInTheDocument();
  });
});

describe('the interview clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the time left, says a minute, half a minute and time up politely, and lets the answer go on', async () => {
    let now = 0;
    const p = practiceMessages('en');
    render(PracticeRound, { question, rubric: module.rubric, locale: 'en', p, voice: new QuestionVoice(undefined), owner: 'o', onsave: async () => {}, now: () => now });
    screen.getByRole('button', { name: p.clockStart(120) }).click();
    flushSync();
    expect(screen.getByRole('timer').textContent).toBe(p.clockLeft(120));
    const said = () => screen.getAllByRole('status').map((s) => s.textContent).join(' ');

    now = 61_000;
    await vi.advanceTimersByTimeAsync(250);
    expect(screen.getByRole('timer').textContent).toBe(p.clockLeft(59));
    expect(said()).toContain(p.clockSaid(60));

    now = 125_000;
    await vi.advanceTimersByTimeAsync(250);
    expect(screen.getByRole('timer').textContent).toBe(p.clockOver(5));
    expect(said()).toContain(p.clockSaid(0));
    expect(screen.getByRole('textbox', { name: p.answerLabel })).toBeEnabled();
  });
});
