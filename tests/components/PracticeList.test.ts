// @vitest-environment jsdom
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calibrationEntry } from '../../src/domain/catalog.ts';
import { practiceList } from '../../src/domain/question-practice.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import { makePracticeRecord } from '../unit/fakes.ts';
import { practiceMessages } from '../../src/ui/practice/messages.ts';
import PracticeHistory from '../../src/ui/practice/PracticeHistory.svelte';
import PracticeList from '../../src/ui/practice/PracticeList.svelte';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';
import { axeViolations } from './axe.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const items = practiceList(content.calibration.map((f) => calibrationEntry(f.value, rubrics)));
const t = { en, vi: viMessages };

describe.each(['en', 'vi'] as const)('the practice list (%s)', (locale) => {
  const p = practiceMessages(locale);

  it('lists the 19 questions under their families, each with a link to practise it and the level last placed', async () => {
    const { container } = render(PracticeList, { items, last: new Map([['cal-s08-q2', 4 as const]]), locale, p, familyName: t[locale].family });
    expect(screen.getByRole('heading', { level: 1, name: p.listHeading })).toBeInTheDocument();
    const networking = screen.getByRole('region', { name: t[locale].family('networking') });
    expect(within(networking).getAllByRole('link')).toHaveLength(7);
    expect(screen.getAllByRole('link')).toHaveLength(19);
    const q2 = items.find((i) => i.setId === 'cal-s08-q2')!;
    expect(screen.getByRole('link', { name: p.practiseLabel(q2.question[locale]) })).toHaveAttribute('href', '#/practise/cal-s08-q2');
    // The name a speech-input user says is the one on screen (WCAG 2.5.3).
    for (const link of screen.getAllByRole('link')) expect(link.getAttribute('aria-label')).toContain(link.textContent!.trim());
    expect(container.textContent).toContain(p.lastPlaced(4));
    expect(await axeViolations(container)).toEqual([]);
    }, 30_000);
});

const practice = (id: string, placed: 1 | 2 | 3 | 4 | 5, answer = 'Dạ, em hỏi từng người.') =>
  makePracticeRecord({ id, placed, answer, ticked: [], finishedAt: Date.UTC(2026, 0, 2) });

describe.each(['en', 'vi'] as const)('self-rated practice on the progress page (%s)', (locale) => {
  const p = practiceMessages(locale);

  it('lists each practice with its question, date, level placed and answer, and deletes one', async () => {
    const user = userEvent.setup();
    const ondelete = vi.fn();
    const { container } = render(PracticeHistory, { practices: [practice('a', 3), practice('b', 5, '')], locale, ondelete });
    expect(screen.getByRole('heading', { level: 2, name: p.historyHeading })).toBeInTheDocument();
    expect(container.textContent).toContain(p.placedAt(3));
    expect(container.textContent).toContain(p.placedAt(5));
    expect(container.textContent).toContain(p.spokenOnly);
    await user.click(screen.getAllByRole('button', { name: p.deleteLabel(locale === 'vi' ? 'Bạn làm thế nào?' : 'What do you do?') })[1]!);
    expect(ondelete).toHaveBeenCalledWith('b');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says there is none yet, with the way to start', async () => {
    const { container } = render(PracticeHistory, { practices: [], locale });
    expect(container.textContent).toContain(p.historyEmpty);
    expect(screen.getByRole('link', { name: p.listHeading })).toHaveAttribute('href', '#/practise');
    expect(await axeViolations(container)).toEqual([]);
  });
});
