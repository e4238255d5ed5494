import { expect, headerRows, test } from './fixtures.ts';

/**
 * The header keeps one row at every width, in both languages: Vietnamese's longer links once put
 * the language buttons on a row of their own on a laptop. Below 56rem the languages show their
 * codes, below 48rem the links fold into a menu; each language button is still named in its own
 * language for a screen reader.
 */
const WIDTHS = [1440, 1280, 1024, 800, 700, 390];

for (const locale of ['vi-VN', 'en-GB'] as const) {
  test.describe(`the header in ${locale === 'vi-VN' ? 'Vietnamese' : 'English'}`, () => {
    test.use({ locale });

    test('takes one row at every width, and names each language in its own', async ({ page }) => {
      await page.goto('/#/');
      await expect(page.locator('li.card').first()).toBeVisible();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        expect(await headerRows(page), `${width} px`).toBe(1);
        const languages = page.locator('header .language');
        await expect(languages.getByRole('button', { name: 'Tiếng Việt' }), `${width} px`).toBeVisible();
        await expect(languages.getByRole('button', { name: 'English' }), `${width} px`).toBeVisible();
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth), `${width} px`).toBe(0);
      }
    });
  });
}

test.describe('the header on a phone, in English', () => {
  test.use({ locale: 'en-GB', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('starts the app’s name where the page’s text starts, not centred in the room the menu leaves', async ({ page }) => {
    await page.goto('/#/');
    await expect(page.locator('li.card').first()).toBeVisible();
    const textLeft = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return Math.round(range.getBoundingClientRect().left);
      });
    expect(await textLeft('header .brand')).toBe(await textLeft('main h1'));
  });
});
