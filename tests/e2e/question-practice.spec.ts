import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CalibrationSet } from '../../src/domain/calibration.ts';
import type { Locale } from '../../src/domain/text.ts';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';
import { practiceMessages } from '../../src/ui/practice/messages.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const set = parse(readFileSync(new URL('../../scenarios/calibration/cal-s08-q2.yaml', import.meta.url), 'utf8')) as CalibrationSet;
const s08 = parse(readFileSync(new URL('../../scenarios/competencies/s08-networking.yaml', import.meta.url), 'utf8')) as {
  questions: { id: string; text: Record<Locale, string> }[];
  levels: { label: Record<Locale, string> }[];
};
const question = s08.questions.find((q) => q.id === 's08.q2')!.text;
const messages = { en, vi };

/** Presses Enter on a control reached by keyboard focus, as a keyboard user would. */
async function press(control: Locator, key = 'Enter') {
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press(key);
}

/** No reference answer, rationale or sample block anywhere in the page, hidden or not. */
async function expectNoReferences(page: Page, locale: Locale) {
  const html = await page.content();
  for (const sample of set.samples) {
    expect(html).not.toContain(sample.answer[locale].slice(0, 50));
    expect(html).not.toContain(sample.rationale[locale].slice(0, 40));
  }
  await expect(page.locator('.sample')).toHaveCount(0);
}

const sizes = [
  ['laptop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const;

for (const locale of ['en', 'vi'] as const) {
  for (const [size, viewport] of sizes) {
    test.describe(`question practice in ${locale}, ${size}`, () => {
      test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB', viewport, ...(size === 'phone' ? { hasTouch: true, isMobile: true } : {}) });

      test('a round by keyboard: answer, self-rate, only then the references, place, and the progress page lists it apart from the scored trend', async ({ page }) => {
        test.slow();
        const p = practiceMessages(locale);
        const t = messages[locale];
        const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

        await page.goto('/');
        await press(page.getByRole('link', { name: t.practiseQuestions }));
        await expect(page.getByRole('heading', { level: 1, name: p.listHeading })).toBeVisible();
        await expect(page.getByRole('link', { name: p.practiseLabel('') })).toHaveCount(19);
        expect(await axeViolations(page)).toEqual([]);
        await fits();

        await press(page.getByRole('link', { name: p.practiseLabel(question[locale]) }));
        await expect(page.getByRole('heading', { level: 1, name: question[locale] })).toBeVisible();
        await expect(page).toHaveURL(/#\/practise\/cal-s08-q2$/);
        await expectNoReferences(page, locale);

        await press(page.getByRole('button', { name: p.clockStart(120) }));
        await expect(page.getByRole('timer')).toHaveText(/^(Time left|Còn lại): [12]:\d\d$/);
        const answer = page.getByRole('textbox', { name: p.answerLabel });
        await answer.focus();
        const mine = locale === 'vi' ? 'Dạ, em hỏi từng người cần gì, rồi hẹn anh Minh buổi chiều.' : 'I asked each of them what they needed, then met Mr Minh in the afternoon.';
        await page.keyboard.insertText(mine);
        expect(await axeViolations(page)).toEqual([]);
        await fits();
        // A reload mid-answer keeps what was written.
        await page.reload();
        await expect(page.getByRole('textbox', { name: p.answerLabel })).toHaveValue(mine);
        await press(page.getByRole('button', { name: p.submit }));

        await expect(page.getByRole('heading', { name: p.stepOf(2, p.stepRate) })).toBeFocused();
        await expectNoReferences(page, locale);
        const level4 = page.getByRole('group', { name: p.levelName(4, s08.levels[3]!.label[locale]) });
        await press(level4.getByRole('checkbox').first(), 'Space');
        await expect(level4.getByRole('checkbox').first()).toBeChecked();
        await expect(page.getByText(p.ticksPoint(4))).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
        await fits();
        // …and a reload while self-rating keeps the step and the ticks, still without the references.
        await page.reload();
        await expect(level4.getByRole('checkbox').first()).toBeChecked();
        await expectNoReferences(page, locale);
        await press(page.getByRole('button', { name: p.reveal }));

        await expect(page.getByRole('heading', { name: p.stepOf(3, p.stepCompare) })).toBeFocused();
        await expect(page.locator('blockquote.sample')).toHaveCount(set.samples.length);
        await expect(page.getByText(set.samples[0]!.answer[locale])).toBeVisible();
        await expect(page.locator('.own-compare')).toHaveText(mine);
        expect(await axeViolations(page)).toEqual([]);
        await fits();

        const placing = page.getByRole('group', { name: p.placeLegend });
        await press(placing.getByRole('radio', { name: p.levelName(3, s08.levels[2]!.label[locale]) }), 'Space');
        await press(page.getByRole('button', { name: p.save }));
        await expect(page.getByText(p.saved)).toBeVisible();

        await press(page.getByRole('link', { name: p.seeProgress }));
        await expect(page.getByRole('heading', { level: 1, name: t.progressHeading })).toBeVisible();
        const practised = page.getByRole('region', { name: p.historyHeading });
        await expect(practised.getByText(question[locale])).toBeVisible();
        await expect(practised.getByText(p.placedAt(3), { exact: false })).toBeVisible();
        // The scored trend is as it was: no run was scored, so it has no competency, and the practice is not in it.
        await expect(page.getByText(t.historyEmpty).first()).toBeVisible();
        await expect(page.getByRole('region', { name: p.historyHeading }).getByRole('table')).toHaveCount(0);
        await expect(page.locator('section.competency')).toHaveCount(0);
        expect(await axeViolations(page)).toEqual([]);
        await fits();

        // Kept: a reload still lists it.
        await page.reload();
        await expect(page.getByRole('region', { name: p.historyHeading }).getByText(question[locale])).toBeVisible();
      });
    });
  }
}

for (const locale of ['en', 'vi'] as const) {
  test.describe(`question practice without IndexedDB (${locale})`, () => {
    test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB' });

    test('a practice saved in memory is listed on the progress page and goes out with the data export', async ({ page }) => {
      test.slow();
      const p = practiceMessages(locale);
      const t = messages[locale];
      await page.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      // In-app navigation only from here: memory lasts as long as the page.
      await page.goto('/#/practise/cal-s08-q2');
      await page.getByRole('textbox', { name: p.answerLabel }).fill('I asked each of them what they needed.');
      await press(page.getByRole('button', { name: p.submit }));
      await press(page.getByRole('button', { name: p.reveal }));
      await press(page.getByRole('group', { name: p.placeLegend }).getByRole('radio').nth(2), 'Space');
      await press(page.getByRole('button', { name: p.save }));
      await expect(page.getByText(p.saved)).toBeVisible();

      await press(page.getByRole('link', { name: p.seeProgress }));
      await expect(page.getByRole('region', { name: p.historyHeading }).getByText(question[locale])).toBeVisible();
      const download = page.waitForEvent('download');
      await press(page.getByRole('button', { name: t.exportData }));
      const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { records: { key: string; value: { answer?: string } }[] };
      expect(file.records.filter((r) => r.key.startsWith('practice/')).map((r) => r.value.answer)).toEqual(['I asked each of them what they needed.']);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
