// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { scoreOf } from '../../src/domain/report.ts';
import type { Answer } from '../../src/domain/score.ts';
import { en } from '../../src/i18n/en.ts';
import { vi as viMessages } from '../../src/i18n/vi.ts';
import type { ResultRecord } from '../../src/storage/records.ts';
import ReportScreen from '../../src/ui/report/ReportScreen.svelte';
import { makeAnswer, makeModule, makeResultRecord, makeScenario, text } from '../unit/fakes.ts';
import { axeViolations } from './axe.ts';

const messages = { en, vi: viMessages };

/** open a (level 1, the deficit s08.1.2), follow b (level 5, s08.5.1): a mixed run. */
const mixed: Answer[] = [
  makeAnswer({ nodeId: 'open', optionId: 'a', evidence: [{ competency: 's08', level: 1, indicators: ['s08.1.2'] }] }),
  makeAnswer({ nodeId: 'follow', optionId: 'b', evidence: [{ competency: 's08', level: 5, indicators: ['s08.5.1'] }] }),
];

/** A stored result as RunSession writes it: the levels scored when the run ended. */
function setup(locale: 'en' | 'vi' = 'en', answers: Answer[] = mixed, overrides: Partial<ResultRecord> = {}, module = makeModule()) {
  const onretry = vi.fn<(decision: number) => void>();
  const onplayagain = vi.fn();
  const levels = Object.fromEntries(scoreOf(makeModule(), answers).map((c) => [c.competency, c.result?.level ?? null]));
  const view = render(ReportScreen, {
    module,
    result: makeResultRecord({ answers, levels, ...overrides }),
    locale,
    t: messages[locale],
    onplayagain,
    onretry,
  });
  return { view, onretry, onplayagain, user: userEvent.setup() };
}

const listUnder = (heading: string) => {
  const h = screen.getByRole('heading', { name: heading });
  let el = h.nextElementSibling;
  while (el && el.tagName !== 'UL') el = el.nextElementSibling;
  return within(el as HTMLElement).getAllByRole('listitem').map((li) => li.textContent?.trim());
};

describe('ReportScreen', () => {
  it('lists behaviours under "What you showed" and deficits under a heading of their own', () => {
    setup();
    expect(listUnder('What you showed')).toEqual(['Indicator s08.5.1']);
    expect(listUnder('What held your level down')).toEqual(['Indicator s08.1.2']);
  });

  it('omits "What you showed" when only deficits were shown', () => {
    setup('en', [mixed[0]!]);
    expect(screen.queryByRole('heading', { name: 'What you showed' })).toBeNull();
    expect(listUnder('What held your level down')).toEqual(['Indicator s08.1.2']);
  });

  it('shows no indicator ids to the candidate', () => {
    const { view } = setup();
    expect(view.container.textContent).not.toMatch(/s08\.\d\.\d\)/);
    expect(view.container.textContent).not.toMatch(/\(s08\./);
  });

  it('says in Vietnamese too, with the deficit heading', () => {
    setup('vi');
    expect(listUnder('Những gì bạn đã thể hiện')).toEqual(['Indicator s08.5.1 (vi)']);
    expect(listUnder('Điều kéo mức của bạn xuống')).toEqual(['Indicator s08.1.2 (vi)']);
  });

  it('counts steps back with a plural: "1 time", not "1 time(s)"', () => {
    setup('en', mixed, { mode: 'practice', stepsBack: 1 });
    expect(screen.getByText('Practice run: you stepped back 1 time.')).toBeInTheDocument();
  });

  it('retries from a decision by keyboard', async () => {
    const { user, onretry } = setup();
    screen.getByRole('button', { name: 'Try again from this decision (decision 2)' }).focus();
    await user.keyboard('{Enter}');
    expect(onretry).toHaveBeenCalledExactlyOnceWith(1);
  });

  /** DESIGN.md's fifth example: 4@4, 4@4, 1@3 (red flag: open a), 4@5 → capped at 2. */
  const flagged: Answer[] = [
    makeAnswer({ nodeId: 'open', optionId: 'b', difficulty: 4 }),
    makeAnswer({ nodeId: 'follow', optionId: 'b', difficulty: 4, evidence: [{ competency: 's08', level: 4, indicators: ['s08.4.2'] }] }),
    makeAnswer({ nodeId: 'open', optionId: 'a', difficulty: 3, redFlag: true, evidence: [{ competency: 's08', level: 1, indicators: ['s08.1.2'] }] }),
    makeAnswer({ nodeId: 'stakes', optionId: 'b', difficulty: 5, evidence: [{ competency: 's08', level: 4, indicators: ['s08.4.1'] }] }),
  ];

  it.each([
    ['en', 'Level 2 of 5: Basic', /^Capped at 2: a red flag at decision 3\./, 'Decision 3: Feedback on a.'],
    ['vi', 'Mức 2/5: Basic (vi)', /^Giới hạn ở mức 2: có một cờ đỏ ở quyết định 3\./, 'Quyết định 3: Feedback on a. (vi)'],
  ] as const)('names a red flag as what capped the level, with its feedback (%s)', async (locale, level, reason, feedback) => {
    const { view } = setup(locale, flagged);
    expect(screen.getByText(level)).toBeInTheDocument();
    const bound = view.container.querySelector('[data-bound]')!;
    expect(bound.getAttribute('data-bound')).toBe('redFlag');
    expect(bound.textContent).toMatch(reason);
    expect([...view.container.querySelectorAll('.red-flags li')].map((li) => li.textContent?.trim())).toEqual([feedback]);
    expect(await axeViolations(view.container)).toEqual([]);
  });

  it('names two red flags by their decisions', () => {
    const twice = [...flagged, makeAnswer({ nodeId: 'retry', optionId: 'b', redFlag: true, evidence: [{ competency: 's08', level: 1, indicators: ['s08.1.1'] }] })];
    const { view } = setup('en', twice);
    expect(view.container.querySelector('[data-bound]')!.textContent).toMatch(/^Capped at 1: red flags at decisions 3 and 5\./);
  });

  describe('a run finished before the content changed', () => {
    // Stored when it ended: level 4 (its rule then); today the scenario reads differently, and
    // its option a at "open" is re-keyed to what was b. Progress shows the stored level.
    const answers = [makeAnswer({ nodeId: 'open', optionId: 'b' }), makeAnswer({ nodeId: 'follow', optionId: 'a', evidence: [{ competency: 's08', level: 2, indicators: ['s08.2.1'] }] })];
    const changed = () => {
      const scenario = makeScenario({ title: text('Coffee chat, revised') });
      const open = scenario.nodes[0]!;
      if (open.type === 'choice') open.options.reverse().forEach((o, i) => (o.id = 'ab'[i]!));
      return makeModule(scenario);
    };
    const stored = { levels: { s08: 4 as const } };

    it.each([
      ['en', 'Level 4 of 5: Good', 'Level 4 as worked out when you finished, under the rule as it was then.'],
      ['vi', 'Mức 4/5: Good (vi)', 'Mức 4 được tính khi bạn hoàn thành, theo quy tắc lúc đó.'],
    ] as const)('shows the stored level, as the progress page does, and says the content changed (%s)', async (locale, level, bound) => {
      const { view } = setup(locale, answers, stored, changed());
      // Today's rule gives these answers 2 (lower median of 4 and 2); the run stored 4.
      expect(scoreOf(changed(), answers)[0]!.result!.level).toBe(2);
      expect(screen.getByText(level)).toBeInTheDocument();
      expect(view.container.querySelector('[data-bound]')!.textContent).toBe(bound);
      expect(view.container.querySelector('.content-changed')!.textContent).toBe(messages[locale].reportContentChanged);
      // What level 5 needs, not level 3.
      expect(screen.getByRole('heading', { name: messages[locale].missedHeading(5) })).toBeInTheDocument();
      expect(await axeViolations(view.container)).toEqual([]);
    });

    it('quotes no response that now reads differently, and offers no retry on the changed scenario', () => {
      const { view } = setup('en', answers, stored, changed());
      const quotes = [...view.container.querySelectorAll('.evidence blockquote')].map((q) => q.textContent);
      // "open" b is now a different response: not quoted; "follow" a still shows level 2: quoted.
      expect(quotes).toEqual(['Option a (level 2)']);
      expect(screen.queryByRole('button', { name: /Try again from this decision/ })).toBeNull();
      expect(screen.getByRole('button', { name: 'Play again' })).toBeInTheDocument();
    });

    it('says nothing of a change when the content is the one the run was played on', () => {
      const { view } = setup('en', answers, stored);
      expect(view.container.querySelector('.content-changed')).toBeNull();
    });
  });

  it.each(['en', 'vi'] as const)('is accessible (%s)', async (locale) => {
    const { view } = setup(locale);
    expect(await axeViolations(view.container)).toEqual([]);
  });
});
