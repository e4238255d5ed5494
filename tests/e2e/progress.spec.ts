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
  const saved = await download;
  const exported = readFileSync((await saved.path())!, 'utf8');
  expect(JSON.parse(exported).records).toHaveLength(2);
  // The screen says what was written: the file's name and what it holds.
  expect(saved.suggestedFilename()).toMatch(/^interview-roleplay-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${saved.suggestedFilename()} to your downloads: 2 records, 2 finished runs among them.` })).toBeVisible();

  // Reset, after a confirmation.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(runs).toHaveCount(0);

  // A corrupt file is refused with its problem named, and nothing is stored.
  const broken = JSON.parse(exported);
  broken.records[0].value.levels = { s08: 9 };
  await page.getByLabel('Import a file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported from broken.json');
  await expect(page.getByRole('alert')).toContainText(/Record 1 \(result\/[^)]+\) is damaged or was edited by hand\. Export again/);
  await expect(page.getByRole('alert')).not.toContainText('levels.s08');
  await expect(runs).toHaveCount(0);

  // The good export brings the same history back.
  await page.getByLabel('Import a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 records added, 0 records already here.' })).toBeVisible();
  expect(await runs.allTextContents()).toEqual(history);

  // Importing it again adds nothing; deleting one run leaves the other.
  await page.getByLabel('Import a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 records added, 2 records already here.' })).toBeVisible();
  page.once('dialog', (d) => d.accept());
  await runs.first().getByRole('button', { name: /^Delete the run of/ }).click();
  await expect(runs).toHaveCount(1);
  await page.reload();
  await expect(runs).toHaveCount(1);
});

test.describe('in Vietnamese', () => {
  test.use({ locale: 'vi-VN' });

  test('a file that is not an export is refused in Vietnamese with what to do; an export says what it wrote; by keyboard', async ({ page }) => {
    await page.goto('/#/progress');
    await expect(page.getByRole('heading', { level: 1, name: 'Tiến bộ của bạn' })).toBeVisible();

    await page.getByLabel('Nhập từ tệp').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ hello: 1 })) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Không nhập gì từ notes.json; dữ liệu đã lưu vẫn nguyên vẹn.');
    await expect(alert).toContainText('Tệp này không phải tệp xuất từ ứng dụng này. Hãy chọn tệp đã lưu bằng nút “Xuất toàn bộ”');
    await expect(alert).not.toContainText(/exportedAt|Invalid|Expected|received/);

    await page.getByLabel('Nhập từ tệp').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('{ not json') });
    await expect(alert).toContainText('Tệp này không phải JSON');
    expect(await axeViolations(page)).toEqual([]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất toàn bộ' }).focus();
    await page.keyboard.press('Enter');
    const name = (await download).suggestedFilename();
    await expect(page.getByRole('status').filter({ hasText: `Đã lưu ${name} vào thư mục tải xuống: 0 bản ghi, trong đó có 0 lượt đã hoàn thành.` })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
