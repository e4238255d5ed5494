import type { Locator, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';

// A phone: 390 × 844 CSS pixels, touch, no fine pointer (and so no keyboard hints).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const options = (page: Page) => page.locator('.options .option');

/** Whether the whole of an element lies inside the viewport, as it is scrolled now. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}

async function buttonsSmallerThan44(page: Page): Promise<string[]> {
  return page.locator('article.play button').evaluateAll((buttons) =>
    buttons
      .map((b) => ({ text: b.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40), r: b.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ text, r }) => `${text}: ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

// Every shipped roleplay: the coaching ones open with up to three speakers and 500 characters.
const SCENARIOS = readdirSync(new URL('../../scenarios', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('competencies') && !f.startsWith('calibration'))
  .map((f) => f.replace(/^.*\//, '').replace(/\.yaml$/, ''));

for (const locale of ['en-GB', 'vi-VN'] as const) {
  test.describe(`on a phone (${locale})`, () => {
    test.use({ locale });

    test('the first option is in view without scrolling, on every roleplay', async ({ page }) => {
      for (const id of SCENARIOS) {
        await page.goto(`/#/play/${id}`);
        const first = options(page).first();
        await expect(first).toBeVisible();
        expect(await page.evaluate(() => window.scrollY), id).toBe(0);
        // At least a tap target's height of it above the fold; the whole of it on a short opening.
        expect(await first.evaluate((el) => window.innerHeight - el.getBoundingClientRect().top), `${id}: first option in view`).toBeGreaterThanOrEqual(44);
        if (id === 'clashing-appointments') expect(await inView(first)).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${id}: no sideways scroll`).toBeLessThanOrEqual(390);
      }
      expect(await axeViolations(page)).toEqual([]);
    });

    test('no keyboard hints; options and buttons are at least 44 × 44; a tap answers and brings the next line and options into view', async ({ page }) => {
      await page.goto('/#/play/clashing-appointments/practice');
      await expect(options(page).first()).toBeVisible();
      await expect(page.locator('#options-help')).toBeHidden();
      expect(await buttonsSmallerThan44(page)).toEqual([]);

      await options(page).nth(1).tap();
      // Practice: the feedback first, at the top of the view, with its Continue in reach.
      const feedback = page.locator('section.feedback');
      await expect(feedback).toBeFocused();
      // Scrolled up to the top of the view, or as far as the page goes.
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expect(feedback.getByRole('heading', { level: 2 })).toBeInViewport();
      expect(await buttonsSmallerThan44(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await feedback.getByRole('button').first().tap();

      const lines = page.locator('.current-lines');
      await expect(lines).toBeFocused();
      expect(await lines.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await expect(options(page).first()).toBeInViewport();
    });

    test('the countdown of a timed run stays in view while scrolling', async ({ page }) => {
      await page.goto('/#/play/clashing-appointments/timed');
      const timer = page.getByRole('timer');
      await expect(timer).toBeVisible();
      for (let i = 0; i < 3; i++) {
        const before = await page.locator('.transcript .answer').count();
        await options(page).first().tap();
        await expect(page.locator('.transcript .answer')).toHaveCount(before + 1);
      }
      for (const y of [0, 600, 1e6]) {
        await page.evaluate((to) => window.scrollTo(0, to), y);
        expect(await inView(timer), `timer in view at scrollY ${y}`).toBe(true);
      }
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    });
  });
}
