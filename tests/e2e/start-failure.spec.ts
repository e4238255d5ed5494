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

test('the header paints before storage opens; if storage’s chunk cannot load, the page says so and a reload recovers', async ({ page }) => {
  page.on('console', () => {});
  const stores = /\/assets\/stores-[\w-]+\.js$/;
  // Held until the header is seen: the shell does not wait for storage.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(stores, async (route) => {
    await held;
    await route.abort();
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Interview roleplay' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading…');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');
  await expect(page.getByRole('alert')).toContainText('What you saved in this browser could not be opened');
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The page's own button reloads it, by keyboard too.
  await page.unroute(stores);
  await page.getByRole('button', { name: 'Reload the page' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
