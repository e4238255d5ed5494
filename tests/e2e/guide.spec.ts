import { readFileSync } from 'node:fs';
import { axeViolations, expect, test, waitUntilOfflineReady } from './fixtures.ts';

const example = readFileSync(new URL('../../docs/example-pack.yaml', import.meta.url), 'utf8');

test('the help on packs links to the authoring guide the app serves: readable, linked within, its files downloadable, by keyboard', async ({ page }) => {
  await page.goto('/#/trainer');
  await expect(page.getByText('docs/authoring.md')).toHaveCount(0);
  const link = page.getByRole('link', { name: 'How to write a pack: the authoring guide' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/guide$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Writing a scenario pack' })).toBeVisible();
  // Markdown read, not shown raw: tables, code, no stray markers.
  await expect(page.getByRole('heading', { level: 2, name: 'Rubrics' })).toBeVisible();
  await expect(page.locator('article.guide table').first().getByRole('columnheader', { name: 'field' })).toBeVisible();
  await expect(page.locator('article.guide pre').first()).toContainText('format:');
  await expect(page.locator('article.guide p, article.guide li').filter({ hasText: /\*\*|\]\(/ })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  // An in-page link opens its heading, as a route of the app.
  await page.getByRole('link', { name: 'Ids', exact: true }).first().click();
  await expect(page).toHaveURL(/#\/guide\/ids-that-must-not-clash$/);
  await expect(page.locator('#ids-that-must-not-clash')).toBeFocused();
  await expect(page.locator('#ids-that-must-not-clash')).toBeInViewport();

  // The example it ends with downloads from the app itself.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download example-pack.yaml' }).click()]);
  expect(file.suggestedFilename()).toBe('example-pack.yaml');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(example);

  // In Vietnamese: the guide says it is in English and leads to its Vietnamese summary.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('link', { name: 'Đọc phần tóm tắt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tóm tắt' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('.crumbs').getByRole('link', { name: 'Dành cho giảng viên' }).click();
  await expect(page.getByRole('link', { name: 'Cách viết một gói: hướng dẫn soạn gói tình huống' })).toHaveAttribute('href', '#/guide');
});

test('the authoring guide reads offline', async ({ page, context }) => {
  await page.goto('/');
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  await page.goto('/#/guide/how-a-run-is-scored');
  await expect(page.getByRole('heading', { level: 2, name: 'How a run is scored' })).toBeFocused();
  await context.setOffline(false);
});
