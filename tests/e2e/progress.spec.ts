import { readFileSync } from 'node:fs';
import { axeViolations, card, CLASH, expect, playToReport, test } from './fixtures.ts';

test('progress shows a trend with its table; export → reset → import gives back the same history; a corrupt file changes nothing', async ({ page }) => {
  await page.goto('/');
  for (const key of [1, 3]) {
    await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
    await playToReport(page, key);
    await page.getByRole('link', { name: 'All scenarios' }).first().click();
  }

  await page.getByRole('link', { name: 'Your progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const section = page.locator('section.competency').filter({ hasText: 'Networking: building working relationships' });
  await expect(section.getByRole('img', { name: /Levels in Networking: building working relationships over your last 2 run/ })).toBeVisible();
  await expect(section.getByRole('table').locator('tbody tr')).toHaveCount(2);
  const runs = page.locator('.history li');
  await expect(runs).toHaveCount(2);
  const history = await runs.allTextContents();
  expect(await axeViolations(page)).toEqual([]);

  // Export to a file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(exported).records).toHaveLength(2);

  // Reset, after a confirmation.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(runs).toHaveCount(0);

  // A corrupt file is refused with its problem named, and nothing is stored.
  const broken = JSON.parse(exported);
  broken.records[0].value.levels = { s08: 9 };
  await page.getByLabel('Import a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from broken.json');
  await expect(page.getByRole('alert')).toContainText('record 1 (result/');
  await expect(runs).toHaveCount(0);

  // The good export brings the same history back.
  await page.getByLabel('Import a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 record(s) added, 0 already here.' })).toBeVisible();
  expect(await runs.allTextContents()).toEqual(history);

  // Importing it again adds nothing; deleting one run leaves the other.
  await page.getByLabel('Import a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 record(s) added, 2 already here.' })).toBeVisible();
  page.once('dialog', (d) => d.accept());
  await runs.first().getByRole('button', { name: /^Delete the run of/ }).click();
  await expect(runs).toHaveCount(1);
  await page.reload();
  await expect(runs).toHaveCount(1);
});
