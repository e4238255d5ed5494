import { readFileSync } from 'node:fs';
import { axeViolations, card, CLASH, expect, playToReport, test } from './fixtures.ts';
import { putRaw, readAll } from './idb.ts';

const T = Date.UTC(2025, 2, 3, 9, 0);
/** A finished run as the app stores it, on S08 at `level`. */
const finished = (i: number, level = 3) => ({
  v: 1,
  kind: 'result',
  id: `r${i}`,
  scenarioId: 'clashing-appointments',
  contentHash: 'h',
  startedAt: T + i * 60_000,
  finishedAt: T + i * 60_000 + 30_000,
  answers: [],
  levels: { s08: level },
});
const exportOf = (records: { key: string; value: unknown }[]) =>
  Buffer.from(JSON.stringify({ format: 'interview-roleplay/data', v: 1, exportedAt: T, records }));

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

test('a long history is shown 50 runs at a time, in the list and in each trend table, with Show more', async ({ page }) => {
  await page.goto('/');
  await putRaw(page, Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`result/r${i}`, finished(i, 1 + (i % 5))])));
  await page.goto('about:blank');
  await page.goto('/#/progress');
  const runs = page.locator('.history li');
  await expect(runs).toHaveCount(50);
  const rows = page.locator('section.competency').first().getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await page.getByRole('button', { name: 'Show more (50 of 120 shown)' }).first().click();
  await expect(rows).toHaveCount(100);
  await page.locator('.history').locator('..').getByRole('button', { name: 'Show more (50 of 120 shown)' }).focus();
  await page.keyboard.press('Enter');
  await expect(runs).toHaveCount(100);
  expect(await axeViolations(page)).toEqual([]);
});

test('imports past the stated limits are refused at once, saying the limit; nothing is stored', async ({ page }) => {
  // Handing a 26 MB file to the page takes a while on a loaded machine; the refusal itself is immediate.
  test.setTimeout(120_000);
  await page.goto('/#/progress');
  await expect(page.getByText('An import file can be up to 20 MB with 20,000 records, 5,000 finished runs and 1,000 answers per run.')).toBeVisible();
  const input = page.getByLabel('Import a file');
  const alert = page.getByRole('alert');

  // 500,000 records of an unknown kind (14 MB): refused before any is read.
  const unknown = exportOf(Array.from({ length: 500_000 }, (_, i) => ({ key: `x/${i}`, value: 1 })));
  await input.setInputFiles({ name: 'unknown.json', mimeType: 'application/json', buffer: unknown });
  await expect(alert).toContainText('The file holds 500,000 records; an import can hold at most 20,000.', { timeout: 15_000 });

  // More finished runs than the limit, in a file under the size limit.
  await input.setInputFiles({ name: 'runs.json', mimeType: 'application/json', buffer: exportOf(Array.from({ length: 5_001 }, (_, i) => ({ key: `result/r${i}`, value: finished(i) }))) });
  await expect(alert).toContainText('The file holds 5,001 finished runs; an import can hold at most 5,000.', { timeout: 15_000 });

  // Many unknown records under the limits: the first 50 are named, the rest counted.
  await input.setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: exportOf(Array.from({ length: 300 }, (_, i) => ({ key: `x/${i}`, value: 1 }))) });
  await expect(alert.locator('p')).toHaveCount(52);
  await expect(alert).toContainText('…and 250 more problems like these.');
  expect([...(await readAll(page)).keys()]).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('an import of 5,000 finished runs is checked off the page and lists them a page at a time', async ({ page }) => {
  await page.goto('/#/progress');
  await page.getByLabel('Import a file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: exportOf(Array.from({ length: 5_000 }, (_, i) => ({ key: `result/r${i}`, value: finished(i) }))) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 5,000 records added, 0 records already here.' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.history li')).toHaveCount(50);
});
