import { axeViolations, card, CLASH, expect, playToReport, test } from './fixtures.ts';

/**
 * "How your level is worked out": opened from a finished run's report with the keyboard,
 * in both languages, axe clean, nothing sideways on a phone, and back to the same report.
 */
const LANGUAGES = [
  { locale: 'en-GB', scenario: CLASH.en, start: /^Start/, link: 'How your level is worked out', inputs: /^1\. Your answers/, back: 'Back to your report' },
  { locale: 'vi-VN', scenario: CLASH.vi, start: /^Bắt đầu/, link: 'Mức của bạn được tính thế nào', inputs: /^1\. Câu trả lời của bạn/, back: 'Quay lại báo cáo' },
] as const;

for (const lang of LANGUAGES) {
  test.describe(lang.locale, () => {
    test.use({ locale: lang.locale });

    test('the report leads to how the level is worked out, and back', async ({ page }) => {
      await page.goto('/');
      await card(page, lang.scenario).getByRole('link', { name: lang.start }).click();
      await playToReport(page, 2);
      const reportUrl = page.url();
      const report = page.locator('article.report');
      await expect(report.locator('.level').first()).toBeVisible();

      // Beside the level and what bound it, reached and followed with the keyboard.
      const link = report.getByRole('link', { name: lang.link }).first();
      await expect(report.locator('.competency').first().locator('.bound + .how-levels-link, .red-flags + .how-levels-link')).toHaveCount(1);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1, name: lang.link })).toBeVisible();
      await expect(page).toHaveURL(/#\/how-levels\/[^/]+$/);
      await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(lang.inputs);
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
      expect(await axeViolations(page)).toEqual([]);

      // On a phone: nothing scrolls sideways, and axe is still clean.
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Back to the same report, by the keyboard.
      await page.getByRole('link', { name: lang.back }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(reportUrl);
      await expect(page.locator('article.report .level').first()).toBeVisible();
    });
  });
}
