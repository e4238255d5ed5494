import { axeViolations, card, CLASH, expect, playToReport, test } from './fixtures.ts';

test('filters the catalog by competency and difficulty, and shows best and last level after a run', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('li.card');
  await expect(page.getByText(/^Showing \d+ of \d+ scenarios\.$/)).toBeVisible();
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(12);
  await expect(page.getByText(`Showing ${all} of ${all} scenarios.`)).toBeVisible();

  await page.getByLabel('Competency').selectOption({ label: 'Networking: building working relationships' });
  await expect(page.getByText(`Showing ${all} of ${all} scenarios.`)).toBeHidden();
  const networking = await cards.count();
  expect(networking).toBeGreaterThanOrEqual(2);
  expect(networking).toBeLessThan(all);
  await expect(page.getByRole('heading', { level: 2, name: 'Coaching' })).toHaveCount(0);

  await page.getByLabel('Difficulty').selectOption({ label: 'Difficulty 5 of 5' });
  await expect(page.getByText(/^Showing 0 of \d+ scenarios\.$/)).toBeVisible();
  await page.getByLabel('Difficulty').selectOption({ label: 'Any difficulty' });
  await expect(cards).toHaveCount(networking);
  expect(await axeViolations(page)).toEqual([]);

  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 1);
  const level = (await page.locator('article.report .level').first().getAttribute('data-level'))!;
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  await expect(card(page, CLASH.en)).toContainText(`best: Level ${level} · last: Level ${level}`);
});
