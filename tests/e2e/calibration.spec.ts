import { readFileSync } from 'node:fs';
import { axeViolations, expect, test, waitForSave } from './fixtures.ts';

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
  // By keyboard alone: into the level group, arrows to level 3, Enter locks; Tab to Next, Enter.
  await page.getByRole('radio', { name: /^Level 1:/ }).focus();
  await expect(page.getByRole('radio', { name: /^Level 1:/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Level 2:/ })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Level 3:/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Level 3:/ })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^You: level 3 \(Competent\)\. Reference: level [1-5] \(/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const next = page.getByRole('button', { name: 'Next answer' });
  for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(progress).toHaveText('Answer 2 of 10');
  const secondAnswer = await page.locator('blockquote.sample').textContent();
  await page.getByRole('radio', { name: /^Level 4:/ }).check();
  await waitForSave(page);

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
  await expect(page.getByRole('table', { name: 'Your levels (columns) against the reference (rows)' })).toContainText('Reference');
  // Rating nearly everything 3 against references spread 1–5 shows central tendency.
  await expect(page.getByText(/bunch towards the middle/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Mức đồng thuận của bạn với tham chiếu' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The round is kept in the history, with its kappa on the trend.
  await page.getByRole('link', { name: 'Hiệu chuẩn cách chấm của bạn' }).click();
  await expect(page.getByRole('table', { name: 'Các lượt đã hoàn thành' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /qua 1 lượt gần đây/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a panel: my exported ratings and a colleague\'s file give alpha and pairwise kappa; a bad file is refused with file and line', async ({ page }) => {
  await page.goto('/#/calibrate/cal-gx1');
  for (let i = 1; i <= 10; i++) {
    await page.getByRole('radio', { name: /^Level 3:/ }).check();
    await page.getByRole('button', { name: 'Lock my rating' }).click();
    await page.getByRole('button', { name: i < 10 ? 'Next answer' : 'See my figures' }).click();
  }
  await page.getByLabel('Your name in the file').fill('Minh');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my ratings (CSV)' }).click();
  const mine = readFileSync((await (await download).path())!, 'utf8');
  expect(mine.split('\n')[0]).toBe('rater,item,level');
  expect(mine.trim().split('\n')).toHaveLength(11);

  await page.getByRole('link', { name: 'Compare a panel on this set' }).click();
  const input = page.getByLabel('Load rating files');
  const colleague = mine.replace(/Minh/g, 'Lan').replace(/,3$/m, ',5');
  await input.setInputFiles([
    { name: 'minh.csv', mimeType: 'text/csv', buffer: Buffer.from(mine) },
    { name: 'lan.csv', mimeType: 'text/csv', buffer: Buffer.from(colleague) },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2 raters from 2 files.' })).toBeVisible();
  await expect(page.getByText("Krippendorff's alpha")).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quadratic-weighted kappa between each pair of raters' })).toContainText('Lan – Minh');
  await expect(page.getByText('2 levels apart').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await input.setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('rater,item,level\nLan,zz,3\nLan,a,7\n') }]);
  await expect(page.getByRole('alert')).toContainText('bad.csv:2: unknown item "zz"');
  await expect(page.getByRole('alert')).toContainText('bad.csv:3: level "7" is not a whole number from 1 to 5');
  await expect(page.getByText("Krippendorff's alpha")).toHaveCount(0);
});
