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

test('an unfinished run says its mode on its card, and starting it over keeps that mode (both languages, keyboard)', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: 'Practise' }).click();
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Continue the interview' })).toBeVisible();
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  // "Continue (1 answered)" alone left a candidate guessing which mode Continue resumes.
  await expect(card(page, CLASH.en).getByRole('link', { name: 'Continue practice (1 answered)' })).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(card(page, CLASH.vi).getByRole('link', { name: 'Tiếp tục luyện tập (đã trả lời 1)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Start over, by keyboard: a practice run starts over as practice, not as an assessment.
  await card(page, CLASH.vi).getByRole('button', { name: `Làm lại từ đầu “${CLASH.vi}”` }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/play\/clashing-appointments\/practice$/);
  await expect(page.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();

  // A timed run: its card says so, and it starts over timed.
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  const other = page.locator('li.card').nth(1);
  await other.getByRole('link', { name: 'Timed' }).click();
  await expect(page.getByText(/^\d+ s left$/)).toBeVisible();
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  await expect(other.getByRole('link', { name: 'Continue timed run (0 answered)' })).toBeVisible();
  await other.getByRole('button', { name: /^Start over “.+”$/ }).click();
  await expect(page).toHaveURL(/#\/play\/[^/]+\/timed$/);
  await expect(page.getByText(/^\d+ s left$/)).toBeVisible();
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  await expect(other.getByRole('link', { name: 'Continue timed run (0 answered)' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
