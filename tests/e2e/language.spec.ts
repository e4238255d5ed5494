import { answerWithKey, axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';

test.describe('in a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN' });

  test('starts in Vietnamese, and every screen is axe clean in it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Chọn một tình huống nhập vai' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    expect(await axeViolations(page)).toEqual([]);

    await card(page, CLASH.vi).getByRole('link', { name: /^Bắt đầu/ }).click();
    await expect(page.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeVisible();
    await page.getByRole('button', { name: 'Xem gợi ý' }).click();
    await expect(page.getByRole('complementary', { name: 'Gợi ý' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await playToReport(page, 2);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Báo cáo:');
    await expect(page.locator('article.report .level')).toContainText(/^Mức [1-5]\/5: /);
    await expect(page.locator('article.report .bound')).toContainText(/^(Xác định theo câu trả lời|Giới hạn ở mức)/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Tiến bộ của bạn' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tiến bộ của bạn' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('switching language mid-scenario keeps the run and changes its content', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  const englishLine = (await page.locator('.current-lines').textContent())!.replace(/\s+/g, ' ').trim();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await expect(page.locator('.current-lines')).not.toHaveText(englishLine);
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');

  // The choice is remembered across a reload, and the run is still there.
  await waitForSave(page);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(1);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.current-lines')).toHaveText(englishLine);
});
