import type { Page } from '@playwright/test';
import { axeViolations, expect, headerRows, playToReport, test } from './fixtures.ts';

/**
 * Every screen on a phone (390 × 844, touch), in both languages: nothing scrolls
 * sideways, the header is one row, every control can be tapped (44 × 44 px, WCAG 2.5.5),
 * and axe is clean. The play screen shows its first option without scrolling, and no
 * hint about keys where there is no keyboard.
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const MIN_TAP = 44;

/** What a person on a phone would trip on, on the screen as it is now. */
async function phoneProblems(page: Page): Promise<string[]> {
  const problems = await page.evaluate((minTap) => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
    // A control is tapped on its own box, or for a radio or checkbox on its label's.
    const controls = document.querySelectorAll('button, a.button, .top a, select, summary, input:not([type=hidden]), textarea, [role=button]');
    for (const el of controls) {
      const target = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label') ?? el) : el;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (!box.width || !box.height || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden, .sr-only')) continue;
      if (el instanceof HTMLInputElement && el.type === 'file' && el.closest('label')) continue; // the label is the target
      if (box.width < minTap - 0.5 || box.height < minTap - 0.5) problems.push(`${describe(target)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
      // A field whose text is under 16 px is hard to read, and a phone zooms the page in when it is focused.
      const typed = el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'file', 'range'].includes(el.type));
      if (typed && parseFloat(style.fontSize) < 16) problems.push(`${describe(el)} has ${Math.round(parseFloat(style.fontSize))} px text`);
    }
    // Inside a box that scrolls or clips on its own (a map to pan, a wide table), width is that box's affair.
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    for (const el of document.querySelectorAll('main *')) {
      const box = el.getBoundingClientRect();
      if (box.width && box.right > root.clientWidth + 0.5 && getComputedStyle(el).position !== 'fixed' && !clipped(el)) {
        // Report the outermost culprit only.
        if (!el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 0.5) problems.push(`${describe(el)} reaches ${Math.round(box.right)} px`);
      }
    }
    return problems;
  }, MIN_TAP);
  // The projector's window and the handouts have no header.
  if (await page.locator('header.top').count()) {
    const rows = await headerRows(page);
    if (rows > 1) problems.push(`the header takes ${rows} rows`);
  }
  return problems;
}

async function checkScreen(page: Page, name: string) {
  expect(await phoneProblems(page), `${name}: phone problems`).toEqual([]);
  expect(await axeViolations(page), `${name}: axe`).toEqual([]);
}

for (const locale of ['en-GB', 'vi-VN'] as const) {
  const lang = locale.slice(0, 2) as 'en' | 'vi';
  test.describe(`on a phone, in ${lang === 'en' ? 'English' : 'Vietnamese'}`, () => {
    test.use({ locale });

    test('the candidate screens: start, play, report, progress', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/#/');
      await expect(page.locator('li.card').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await checkScreen(page, 'start');

      // The header's links fold into a menu: it opens by tap, and closes once a link is taken.
      const menu = page.locator('details.menu');
      await menu.locator('summary').tap();
      await menu.getByRole('link', { name: lang === 'en' ? 'Your progress' : 'Tiến bộ của bạn' }).tap();
      await expect(page).toHaveURL(/#\/progress$/);
      await expect(menu).not.toHaveAttribute('open');

      await page.goto('/#/play/clashing-appointments');
      const first = page.locator('.options .option').first();
      await expect(first).toBeVisible();
      expect(await first.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight), 'first option visible without scrolling').toBe(true);
      // No keyboard on a touch phone: no "press 1–9".
      await expect(page.getByText(/press 1|phím 1|1–9/i).filter({ visible: true })).toHaveCount(0);
      await checkScreen(page, 'play');

      await first.tap();
      await playToReport(page, 1).catch(() => undefined);
      await expect(page.locator('article.report')).toBeVisible({ timeout: 20_000 });
      await checkScreen(page, 'report');

      await page.goto('/#/progress');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkScreen(page, 'progress');
    });

    test('the interviewer screens: calibration list, a round, the panel', async ({ page }) => {
      await page.goto('/#/calibrate');
      await expect(page.locator('li.card').first()).toBeVisible();
      await checkScreen(page, 'calibration list');

      await page.goto('/#/calibrate/cal-s08-q2');
      await expect(page.getByRole('radio').first()).toBeVisible();
      await checkScreen(page, 'calibration round');

      await page.goto('/#/panel/cal-s08-q2');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await checkScreen(page, 'panel');
    });

    test('the trainer screens: hub, map, handouts, workshop, projector, guide', async ({ page }) => {
      test.setTimeout(90_000);
      for (const [hash, name] of [
        ['#/trainer', 'trainer'],
        ['#/graph/clashing-appointments', 'map'],
        ['#/handout/sheet/clashing-appointments', 'scenario sheet'],
        ['#/handout/key/clashing-appointments', 'answer key'],
        ['#/handout/rating/cal-s08-q2', 'rating sheet'],
        ['#/workshop/scenario/clashing-appointments', 'presenter'],
        ['#/audience', 'projector'],
        ['#/guide', 'guide'],
      ] as const) {
        await page.goto(`/${hash}`);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await checkScreen(page, name);
      }
    });
  });
}
