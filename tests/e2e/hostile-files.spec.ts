import type { FileChooser, Locator, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { LIMITS as PACK_LIMITS } from '../../src/domain/text.ts';
import { LIMITS } from '../../src/storage/records.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/storage/transfer.ts';
import { packJson, shippedPack } from '../fixtures/packs.ts';
import { makeResultRecord } from '../unit/fakes.ts';
import { axeViolations, expect, test, waitUntilOfflineReady } from './fixtures.ts';
import { readAll } from './idb.ts';

// Issue 14: files past the limits are refused, saying the limit, and leave what is stored as it
// was; the workers that check packs and data files work offline like the rest of the app.

const OWN_TITLE = 'Three meetings at once (own pack)';
const MB = 1024 * 1024;

/** A file of `bytes` bytes on disk (Chromium reads a path faster than a buffer handed over). */
function bigFile(name: string, bytes: number): string {
  const path = test.info().outputPath(name);
  writeFileSync(path, Buffer.alloc(bytes, ' '));
  return path;
}

/** A pack past the pack file limit that is otherwise a valid pack: padded with spaces at the end. */
function oversizedPack(): string {
  const path = test.info().outputPath('big.pack.json');
  const text = packJson(shippedPack());
  writeFileSync(path, text + ' '.repeat(PACK_LIMITS.fileBytes + 1 - Buffer.byteLength(text)));
  return path;
}

/** Stores the shipped pack through the Trainer's import, so there is something to keep. */
async function storeAPack(page: Page) {
  await page.goto('/#/trainer');
  await page.getByLabel('Choose a pack file').setInputFiles({ name: 'team.pack.json', mimeType: 'application/json', buffer: Buffer.from(packJson(shippedPack())) });
  await page.getByRole('button', { name: 'Accept and add to the catalog' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
}

test.describe('files past the limits', () => {
  // Handing Chromium a 20 MB file takes seconds on a loaded machine.
  test.setTimeout(120_000);

  test('a data file over 20 MB is refused naming the limit, and nothing stored changes', async ({ page }) => {
    await storeAPack(page);
    const before = await readAll(page);
    await page.goto('/#/progress');
    await page.getByLabel('Import a file').setInputFiles(bigFile('huge.json', LIMITS.fileBytes + MB));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nothing was imported from huge.json; what is stored is unchanged.');
    await expect(alert).toContainText('The file is 21 MB; an import can be at most 20 MB.');
    expect(await readAll(page)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a pack over the pack file limit is refused naming the limit, and nothing stored changes', async ({ page }) => {
    await storeAPack(page);
    const before = await readAll(page);
    await page.getByLabel('Choose a pack file').setInputFiles(oversizedPack());
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('big.pack.json was not imported');
    await expect(alert).toContainText(`a pack may have at most ${PACK_LIMITS.fileBytes}`);
    await expect(page.getByRole('button', { name: 'Accept and add to the catalog' })).toHaveCount(0);
    expect(await readAll(page)).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
  });

  /**
   * Focuses a file input and presses Space until its chooser opens. Once in a fresh-clone run
   * Chromium opened none for a Space on the focused input; a person would press again, and so
   * does the test (only the one file set is taken).
   */
  async function chooseByKeyboard(page: Page, input: Locator): Promise<FileChooser> {
    await input.focus();
    await expect(input).toBeFocused();
    let chooser: FileChooser | undefined;
    await expect(async () => {
      const opened = page.waitForEvent('filechooser', { timeout: 5_000 });
      await page.keyboard.press('Space');
      chooser = await opened;
    }).toPass({ timeout: 30_000 });
    return chooser!;
  }

  test.describe('in Vietnamese, chosen by keyboard', () => {
    test.use({ locale: 'vi-VN' });

    test('both files are refused naming their limits', async ({ page }) => {
      await page.goto('/#/trainer');
      // The hub is drawn once its lists are read: focus its file input only then, or the key
      // press can land on an input the page has just replaced.
      await expect(page.getByText('Chưa có gói nào.')).toBeVisible();
      const before = await readAll(page);
      await (await chooseByKeyboard(page, page.getByLabel('Chọn tệp gói tình huống'))).setFiles(oversizedPack());
      await expect(page.getByRole('alert')).toContainText(`một gói chỉ được tối đa ${PACK_LIMITS.fileBytes} byte`);

      await page.goto('/#/progress');
      const dataInput = page.getByLabel('Nhập từ tệp');
      // The recordings' list is the page's last part drawn (a chunk of its own): focus after it.
      await expect(page.getByRole('heading', { level: 1, name: 'Tiến bộ của bạn' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Bản ghi âm' })).toBeVisible();
      await (await chooseByKeyboard(page, dataInput)).setFiles(bigFile('lon.json', LIMITS.fileBytes + MB));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Không nhập gì từ lon.json; dữ liệu đã lưu vẫn nguyên vẹn.');
      await expect(alert).toContainText('Tệp nặng 21 MB; mỗi lần nhập tối đa 20 MB.');
      expect(await readAll(page)).toEqual(before);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

test('the pack check and the data import work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('li.card').first()).toBeVisible();
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  try {
    // Both checks run in Web Workers: their chunks must come from the service worker's cache.
    await page.goto('/#/trainer');
    await page.getByLabel('Choose a pack file').setInputFiles({ name: 'team.pack.json', mimeType: 'application/json', buffer: Buffer.from(packJson(shippedPack())) });
    await page.getByRole('button', { name: 'Accept and add to the catalog' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();

    await page.goto('/#/progress');
    const record = makeResultRecord({ id: 'offline-run', startedAt: 1_700_000_000_000, finishedAt: 1_700_000_600_000 });
    const file = { format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt: 1_700_000_700_000, records: [{ key: `result/${record.id}`, value: record }] };
    await page.getByLabel('Import a file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByRole('status').filter({ hasText: 'Imported: 1 record added' })).toBeVisible();
    expect([...(await readAll(page)).keys()]).toEqual(expect.arrayContaining(['pack/team-pack', 'result/offline-run']));
    await page.goto('/#/');
    await expect(page.getByText(OWN_TITLE)).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
