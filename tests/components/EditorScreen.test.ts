// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { newDraft } from '../../src/editor/document.ts';
import { editorEn } from '../../src/i18n/editor-en.ts';
import { editorVi } from '../../src/i18n/editor-vi.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { DraftStore } from '../../src/storage/drafts.ts';
import { EditorSession } from '../../src/ui/editor/editor-session.svelte.ts';
import EditorScreen from '../../src/ui/editor/EditorScreen.svelte';
import { axeViolations } from './axe.ts';

const languages = { en: { t: en, et: editorEn }, vi: { t: vi, et: editorVi } };

/** `step`: ms between two edits (the history folds typing in one field within a second into one step). */
function setup(locale: 'en' | 'vi' = 'en', step = 2000, kind: 'scenario' | 'rubric' | 'calibration' = 'scenario') {
  const store = new DraftStore(memoryBackend());
  let clock = 0;
  const session = new EditorSession(newDraft(kind, { id: 'draft-1', now: 0, name: 'Mine' }), store, undefined, () => (clock += step));
  // With the pack's title written, the checks go on to the rubric's and the set's fields.
  if (kind !== 'scenario') session.edit({ type: 'set', path: ['title'], value: { vi: 'Gói', en: 'Pack' } });
  const user = userEvent.setup();
  const view = render(EditorScreen, { session, allSaved: true, inMemory: false, locale, ...languages[locale], onpublish: () => {}, onexport: () => {}, ontakeback: () => {} });
  return { session, store, user, view };
}

describe('EditorScreen', { timeout: 120_000 }, () => {
  it.each(['en', 'vi'] as const)('has no axe violations (%s)', async (locale) => {
    const { view } = setup(locale);
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('marks a text written in one language only, in words, beside the language still to write', async () => {
    const { user } = setup();
    const title = screen.getByRole('group', { name: 'Pack title' });
    expect(within(title).queryByText('Not translated yet')).toBeNull();
    await user.type(within(title).getByLabelText('English'), 'Our pack');
    const vietnamese = within(title).getByLabelText('Vietnamese');
    expect(vietnamese).toHaveAccessibleDescription(/Not translated yet/);
    expect(within(title).getByLabelText('English')).not.toHaveAccessibleDescription();
  });

  it('undoes a run of typing with Ctrl+Z and redoes it with Ctrl+Shift+Z, inside the text field too', async () => {
    const { user, session } = setup('en', 100);
    const title = screen.getByRole('group', { name: 'Pack title' });
    await user.type(within(title).getByLabelText('English'), 'Our pack');
    await user.type(within(title).getByLabelText('Vietnamese'), 'Gói');
    expect(session.pack.title).toEqual({ vi: 'Gói', en: 'Our pack' });
    await user.keyboard('{Control>}z{/Control}');
    await tick();
    expect(session.pack.title).toEqual({ vi: '', en: 'Our pack' });
    expect(within(title).getByLabelText('Vietnamese')).toHaveValue('');
    await user.keyboard('{Control>}z{/Control}');
    await tick();
    expect(within(title).getByLabelText('English')).toHaveValue('');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await tick();
    expect(within(title).getByLabelText('English')).toHaveValue('Our pack');
    expect(within(title).getByLabelText('Vietnamese')).toHaveValue('');
  });

  it('undoes and redoes with the buttons, and saves every change', async () => {
    const { user, session, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a decision' }));
    expect(session.pack.scenarios[0]!.nodes.map((n) => n.id)).toEqual(['d1', 'end', 'd2']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(session.pack.scenarios[0]!.nodes.map((n) => n.id)).toEqual(['d1', 'end']);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(session.pack.scenarios[0]!.nodes.map((n) => n.id)).toEqual(['d1', 'end', 'd2']);
    expect((await store.load('draft-1'))?.pack.scenarios[0]!.nodes).toHaveLength(3);
  });

  it('lists the checks, and a check takes the trainer to its field', async () => {
    const { user } = setup();
    const checks = screen.getByRole('region', { name: 'Checks' });
    const first = within(checks).getAllByRole('button')[0]!;
    await user.click(first);
    expect(document.activeElement?.tagName).toMatch(/INPUT|TEXTAREA|SELECT|BUTTON/);
    expect(document.activeElement?.id).toMatch(/^f-/);
  });

  it('keeps Publish off with the reason while there are errors', () => {
    setup();
    const publish = screen.getByRole('button', { name: 'Publish' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription(/Publish is off until the \d+ errors are fixed/);
  });

  it('edits the node chosen on the map, and moves between nodes with the arrow keys', async () => {
    const { user } = setup();
    const map = screen.getByRole('group', { name: 'Map' });
    const start = within(map).getByRole('button', { name: /^d1 Decision/ });
    expect(start).toHaveAttribute('tabindex', '0');
    start.focus();
    await user.keyboard('{ArrowDown}');
    const end = within(map).getByRole('button', { name: /^end End/ });
    expect(end).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Node end · End' })).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-current', 'true');
  });

  it('zooms with its buttons and with Ctrl and the wheel (a trackpad pinch); a plain wheel is left to scroll', async () => {
    const { user } = setup();
    const map = screen.getByRole('region', { name: 'Map' });
    expect(within(map).getByText('100%')).toBeInTheDocument();
    await user.click(within(map).getByRole('button', { name: 'Zoom out' }));
    expect(within(map).getByText('80%')).toBeInTheDocument();
    await user.click(within(map).getByRole('button', { name: 'Zoom in' }));
    await user.click(within(map).getByRole('button', { name: 'Zoom in' }));
    expect(within(map).getByText('125%')).toBeInTheDocument();
    const canvas = within(map).getByRole('group', { name: 'Map' });
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 300, bubbles: true, cancelable: true }));
    await tick();
    expect(within(map).getByText('125%')).toBeInTheDocument();
    const pinch = new WheelEvent('wheel', { deltaY: 300, ctrlKey: true, bubbles: true, cancelable: true });
    canvas.dispatchEvent(pinch);
    await tick();
    expect(pinch.defaultPrevented).toBe(true);
    expect(within(map).getByText('46%')).toBeInTheDocument();
  });

  it('adds a response to the chosen decision from the map', async () => {
    const { user, session } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a response to d1' }));
    expect(session.pack.scenarios[0]!.nodes[0]).toMatchObject({ options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    expect(screen.getByRole('group', { name: 'Response 3 (c)' })).toBeInTheDocument();
  });

  describe.each(['en', 'vi'] as const)('folds in %s', (locale) => {
    const et = languages[locale].et;
    const fold = (path: string) => document.querySelector<HTMLDetailsElement>(`details[id="f-${path}"]`)!;
    const summary = (path: string) => fold(path).querySelector('summary')!;
    const errors = (n: number) => et.foldProblems(n, 0);
    const text = (vi: string, en: string) => ({ vi, en });

    it('folds a rubric’s levels: the first with a problem open, the others closed with their problems in the summary; a summary opens its level', async () => {
      const { user, session, view } = setup(locale, 2000, 'rubric');
      expect(await axeViolations(view.container)).toEqual([]);
      expect([0, 1, 2, 3, 4].map((i) => fold(`rubrics.0.levels.${i}`).open)).toEqual([true, false, false, false, false]);
      // Level 2 written in full: its summary names it by its label and says it is clean.
      const level = ['rubrics', 0, 'levels', 1];
      session.edit({ type: 'set', path: [...level, 'label'], value: text('Cơ bản', 'Basic') });
      session.edit({ type: 'set', path: [...level, 'meaning'], value: text('Làm được việc đơn giản', 'Does simple things') });
      session.edit({ type: 'set', path: [...level, 'indicators', 0, 'text'], value: text('Hỏi lại', 'Asks back') });
      await tick();
      expect(summary('rubrics.0.levels.1')).toHaveTextContent(et.foldLevel(2, locale === 'vi' ? 'Cơ bản' : 'Basic'));
      expect(summary('rubrics.0.levels.1')).toHaveTextContent(et.foldProblems(0, 0));
      // Level 4, closed, says how many errors it holds (label, meaning, indicator: each in two languages).
      expect(fold('rubrics.0.levels.3').open).toBe(false);
      expect(summary('rubrics.0.levels.3')).toHaveTextContent(et.foldLevel(4, ''));
      expect(summary('rubrics.0.levels.3')).toHaveTextContent(errors(6));
      await user.click(summary('rubrics.0.levels.3'));
      expect(fold('rubrics.0.levels.3').open).toBe(true);
      expect(within(fold('rubrics.0.levels.3')).getByRole('group', { name: `${et.levelLabel} (4)` })).toBeVisible();
      // Level 1 written in full stays open, and the next with a problem (level 3) opens.
      const first = ['rubrics', 0, 'levels', 0];
      session.edit({ type: 'set', path: [...first, 'label'], value: text('Yếu', 'Weak') });
      session.edit({ type: 'set', path: [...first, 'meaning'], value: text('Chưa làm được', 'Cannot yet') });
      session.edit({ type: 'set', path: [...first, 'indicators', 0, 'text'], value: text('Im lặng', 'Stays silent') });
      await tick();
      expect([0, 1, 2, 3, 4].map((i) => fold(`rubrics.0.levels.${i}`).open)).toEqual([true, false, true, true, false]);
    });

    it('a check on a field in a closed fold opens it and focuses the field', async () => {
      const { user } = setup(locale, 2000, 'rubric');
      expect(fold('rubrics.0.levels.2').open).toBe(false);
      const check = within(screen.getByRole('region', { name: et.diagnostics })).getAllByRole('listitem').find((li) => li.textContent!.includes('rubrics.0.levels.2.label'))!;
      await user.click(within(check).getByRole('button'));
      expect(fold('rubrics.0.levels.2').open).toBe(true);
      expect(document.activeElement?.id).toMatch(/^f-rubrics\.0\.levels\.2\.label\./);
    });

    it('folds a set’s samples; one added opens with its answer focused', async () => {
      const { user, session, view } = setup(locale, 2000, 'calibration');
      expect(await axeViolations(view.container)).toEqual([]);
      const samples = session.pack.calibration[0]!.samples;
      expect(samples.map((_, i) => fold(`calibration.0.samples.${i}`).open)).toEqual(samples.map((_, i) => i === 0));
      expect(summary('calibration.0.samples.2')).toHaveTextContent(et.foldSample(3, 's3', 3));
      expect(summary('calibration.0.samples.2')).toHaveTextContent(errors(4));
      await user.click(screen.getByRole('button', { name: et.addSample }));
      const added = fold(`calibration.0.samples.${samples.length}`);
      expect(added.open).toBe(true);
      expect(document.activeElement).toBe(added.querySelector(`[id="f-calibration.0.samples.${samples.length}.answer.${locale}"]`));
      expect(fold('calibration.0.samples.2').open).toBe(false);
    });
  });
});
