import { axeViolations, expect, test } from './fixtures.ts';

test('a calibration round: rate blind, lock, see the reference, resume after a reload, get the figures', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Calibrate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your ratings' })).toBeVisible();
  await expect(page.locator('li.card')).toHaveCount(19);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('li.card').filter({ hasText: 'several partners' }).getByRole('link', { name: /^Start a round/ }).click();

  const progress = page.getByText(/^Answer \d+ of 10$/);
  await expect(progress).toHaveText('Answer 1 of 10');
  // Blind: no reference level is shown before locking.
  await expect(page.getByText(/^You: level/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lock my rating' })).toBeDisabled();
  await page.getByRole('radio', { name: /^Level 3:/ }).check();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Lock my rating' }).click();
  await expect(page.getByText(/^You: level 3 \(Competent\)\. Reference: level [1-5] \(/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next answer' }).click();
  await expect(progress).toHaveText('Answer 2 of 10');
  const secondAnswer = await page.locator('blockquote.sample').textContent();
  await page.getByRole('radio', { name: /^Level 4:/ }).check();

  await page.reload();
  await expect(progress).toHaveText('Answer 2 of 10');
  await expect(page.locator('blockquote.sample')).toHaveText(secondAnswer!);
  await expect(page.getByRole('radio', { name: /^Level 4:/ })).toBeChecked();

  for (let i = 2; i <= 10; i++) {
    if (i > 2) await page.getByRole('radio', { name: /^Level 3:/ }).check();
    await page.getByRole('button', { name: 'Lock my rating' }).click();
    await page.getByRole('button', { name: i < 10 ? 'Next answer' : 'See my figures' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your agreement with the reference' })).toBeVisible();
  await expect(page.getByText('Quadratic-weighted kappa')).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Reference');
  // Rating nearly everything 3 against references spread 1–5 shows central tendency.
  await expect(page.getByText(/bunch towards the middle/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Mức đồng thuận của bạn với tham chiếu' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
