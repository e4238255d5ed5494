import { card, CLASH, expect, playToReport, test, waitUntilOfflineReady } from './fixtures.ts';

test('installable, and fully usable offline after the first load', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('li.card').first()).toBeVisible();

  // The manifest names the app and its icons; the service worker takes control.
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Interview roleplay', display: 'standalone' });
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  await waitUntilOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a roleplay' })).toBeVisible();
  // A scenario never opened before plays to its report with the network cut.
  await card(page, 'Tears mid-session').getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 2);
  await expect(page.locator('article.report .level').first()).toHaveText(/^Level [1-5] of 5/);
  // The map's own chunk and its layout library come from the cache too.
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Scenario map: ${CLASH.en}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Scenario map: ${CLASH.en}` })).toBeVisible();
  await context.setOffline(false);
});
