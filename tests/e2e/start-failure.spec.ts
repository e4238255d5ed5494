import { axeViolations, expect, test } from './fixtures.ts';

test('when the app cannot start (its strings’ chunk is missing), the page says so in both languages instead of staying blank', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route(/\/assets\/core-(en|vi)-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The app could not start. Reload the page; what you saved in this browser is kept.');
  await expect(alert.locator('p[lang="vi"]')).toHaveText(/Ứng dụng không khởi động được/);
  expect(errors.length).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);

  // Once the chunk can load, a reload starts the app as usual.
  await page.unroute(/\/assets\/core-(en|vi)-[\w-]+\.js$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
