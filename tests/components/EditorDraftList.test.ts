// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi as spy } from 'vitest';
import { editorEn } from '../../src/i18n/editor-en.ts';
import { editorVi } from '../../src/i18n/editor-vi.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import type { DraftSummary } from '../../src/storage/drafts.ts';
import DraftList from '../../src/ui/editor/DraftList.svelte';
import { axeViolations } from './axe.ts';

const languages = { en: { t: en, et: editorEn }, vi: { t: vi, et: editorVi } };

const drafts: DraftSummary[] = [
  { id: 'd-1', name: 'Team pack', startedAs: 'scenario', updatedAt: Date.UTC(2026, 0, 2), title: { vi: '', en: '' } },
  { id: 'd-2', name: '', startedAs: 'rubric', updatedAt: Date.UTC(2026, 0, 1), title: { vi: 'Lắng nghe', en: 'Listening' } },
];

function setup(locale: 'en' | 'vi' = 'en') {
  const calls = { onnew: spy.fn(), oncopy: spy.fn(), onimport: spy.fn(), onrename: spy.fn(), ondelete: spy.fn() };
  const view = render(DraftList, {
    drafts,
    scenarios: [
      { id: 's1', title: { vi: 'Ba cuộc hẹn', en: 'Three meetings' } },
      { id: 's2', title: { vi: 'Cộng đồng', en: 'A community' } },
    ],
    sets: [{ id: 'c1', title: { vi: 'Bộ một', en: 'Set one' }, pack: { vi: 'Gói', en: 'Pack' } }],
    rubrics: [{ id: 'r1', title: { vi: 'Ưu tiên', en: 'Prioritising' } }],
    locale,
    ...languages[locale],
    ...calls,
  });
  return { view, calls, user: userEvent.setup() };
}

describe('DraftList', { timeout: 60_000 }, () => {
  it.each(['en', 'vi'] as const)('has no axe violations (%s)', async (locale) => {
    const { view } = setup(locale);
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('names each draft by its name, else its pack title, and opens it by its link', () => {
    setup();
    expect(screen.getByRole('link', { name: 'Edit Team pack' })).toHaveAttribute('href', '#/editor/d-1');
    expect(screen.getByRole('link', { name: 'Edit Listening' })).toHaveAttribute('href', '#/editor/d-2');
  });

  it('renames in place from the keyboard', async () => {
    const { user, calls } = setup();
    screen.getByRole('button', { name: 'Rename Team pack' }).focus();
    await user.keyboard('{Enter}');
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Sales pack{Enter}');
    expect(calls.onrename).toHaveBeenCalledWith('d-1', 'Sales pack');
  });

  it('deletes, starts new drafts and copies what is chosen', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete Listening' }));
    expect(calls.ondelete).toHaveBeenCalledWith(drafts[1]);
    await user.click(screen.getByRole('button', { name: 'New calibration set' }));
    expect(calls.onnew).toHaveBeenCalledWith('calibration');
    await user.click(screen.getByRole('button', { name: 'Copy into a new draft: Calibration set to copy' }));
    expect(calls.oncopy).toHaveBeenCalledWith('calibration', 'c1');
    expect(within(screen.getByLabelText('Calibration set to copy')).getByRole('option')).toHaveTextContent('Set one · Your own · Pack');
  });

  it('shows the item its button copies before one is chosen, then the one chosen', async () => {
    const { user, calls } = setup();
    const select = screen.getByLabelText('Scenario to copy') as HTMLSelectElement;
    // Not a blank box that copies the first item anyway.
    expect(select.value).toBe('s1');
    expect(select.selectedOptions[0]).toHaveTextContent('Three meetings');
    await user.selectOptions(select, 's2');
    await user.click(screen.getByRole('button', { name: 'Copy into a new draft: Scenario to copy' }));
    expect(calls.oncopy).toHaveBeenCalledWith('scenario', 's2');
  });
});
