import { card, CLASH, expect, playToReport, test } from './fixtures.ts';

test('the report prints as a clean handout of at most two pages', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 2);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Play again' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Language' })).toBeHidden();
  await expect(page.locator('article.report .level')).toBeVisible();
  await expect(page.locator('article.report .evidence > li').first()).toBeVisible();

  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});
