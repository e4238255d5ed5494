import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checkStatement } from '../fixtures/xapi-statement.ts';
import { stringify } from 'yaml';
import { chainPack } from '../fixtures/large-pack.ts';
import { packJson, packYaml, shippedPack } from '../fixtures/packs.ts';
import { axeViolations, card, expect, playToReport, test } from './fixtures.ts';

const OWN_TITLE = 'Three meetings at once (own pack)';

/** Drops a file on the pack drop zone, as dragging it from the desktop does. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(({ name, text }) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'application/yaml' }));
    return data;
  }, { name, text });
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('a pack with errors is refused with its file, line, path and what to fix, and nothing is stored', async ({ page }) => {
  await page.goto('/#/trainer');
  const broken = packYaml(shippedPack()).replace(/^(\s+start: ).*$/m, '$1nowhere').replace('level: 5\n', 'level: 6\n');
  const lines = broken.split('\n');
  const startLine = lines.findIndex((l) => /^\s+start: nowhere$/.test(l)) + 1;
  const levelLine = lines.findIndex((l) => /level: 6$/.test(l)) + 1;
  await page.getByLabel('Choose a pack file').setInputFiles({ name: 'team.pack.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken) });

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('team.pack.yaml was not imported');
  await expect(alert).toContainText('Nothing was stored.');
  await expect(alert.locator('li')).toContainText([`team.pack.yaml, line ${levelLine}`]);
  await expect(alert.locator('li').filter({ hasText: 'at rubrics.0.levels.4.level' })).toContainText('must be a whole number from 1 to 5, not 6');
  expect(await axeViolations(page)).toEqual([]);

  // The level error is in the envelope's first part; fix it and the reference error shows with its own line.
  await page.getByLabel('Choose a pack file').setInputFiles({ name: 'team.pack.yaml', mimeType: 'application/yaml', buffer: Buffer.from(broken.replace('level: 6\n', 'level: 5\n')) });
  await expect(alert.locator('li')).toHaveCount(1);
  await expect(alert.locator('li')).toContainText(`team.pack.yaml, line ${startLine}`);
  await expect(alert.locator('li')).toContainText('at scenarios.0.start');
  await expect(alert.locator('li')).toContainText('no node "nowhere"');

  await expect(page.getByText('No packs yet.')).toBeVisible();
  await page.goto('/');
  await expect(card(page, OWN_TITLE)).toHaveCount(0);
});

test('a good pack dropped on the page shows a preview with its map, and once accepted plays, exports and can be removed', async ({ page }) => {
  // A whole journey (preview, a run to its report, three axe scans, two exports, removal): 17 s alone, past 30 s on a loaded machine.
  test.slow();
  await page.goto('/#/trainer');
  const text = packJson(shippedPack());
  await dropFile(page, 'team.pack.json', text);

  await expect(page.getByRole('heading', { name: 'Preview: The training team’s pack' })).toBeVisible();
  await expect(page.getByText('1 rubric, 1 scenario, 1 calibration set.')).toBeVisible();
  // Who wrote it, as a sentence of its own.
  await expect(page.locator('.pack-preview p').first()).toHaveText(/\. Written by Training team\.\s*$/);
  await page.getByText(`Scenario map: ${OWN_TITLE}`).click();
  await expect(page.locator('.pack-preview svg')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Accept and add to the catalog' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added' })).toBeVisible();
  await expect(page.locator('.pack-list li')).toContainText('team.pack.json');

  // In the catalog, marked as the trainer's own, and it plays to a report.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Your own scenarios' })).toBeVisible();
  const own = card(page, OWN_TITLE);
  await expect(own.locator('.badge')).toHaveText('Your own · The training team’s pack');
  expect(await axeViolations(page)).toEqual([]);
  await own.getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(OWN_TITLE);

  // Its handouts print from the trainer's list, as the shipped scenarios' do.
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Answer key: ${OWN_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(OWN_TITLE);
  expect(await axeViolations(page)).toEqual([]);

  // Its calibration set is listed too, and a reload keeps everything.
  await page.goto('/#/calibrate');
  await page.reload();
  await expect(page.getByText('Your own · The training team’s pack')).toBeVisible();

  // Export gives the trainer's own file back, byte for byte.
  await page.goto('/#/trainer');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the pack “The training team’s pack”' }).click()]);
  expect(download.suggestedFilename()).toBe('team.pack.json');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(text);
  await expect(page.getByRole('status').filter({ hasText: 'Saved team.pack.json to your downloads.' })).toBeVisible();

  // Learning records: the run just played is in the xAPI file, and every statement is well formed.
  const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export xAPI statements' }).click()]);
  const statements = JSON.parse(readFileSync((await xapi.path())!, 'utf8')) as unknown[];
  expect(statements.length).toBeGreaterThan(1);
  expect(statements.flatMap((s, i) => checkStatement(s, `statement ${i}`))).toEqual([]);
  expect(JSON.stringify(statements)).toContain('own-clashing-appointments');
  await expect(page.getByRole('status').filter({ hasText: `Saved ${xapi.suggestedFilename()} to your downloads: ${statements.length} statements.` })).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Remove the pack “The training team’s pack”' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was removed' })).toBeVisible();
  await page.goto('/');
  await expect(card(page, OWN_TITLE)).toHaveCount(0);
});

test('a pack may not give a shipped competency id to a different competency', async ({ page }) => {
  await page.goto('/#/trainer');
  const pack = shippedPack() as { rubrics: { name: { vi: string; en: string } }[] };
  pack.rubrics[0]!.name = { vi: 'Góp ý trong công việc', en: 'Giving feedback at work' };
  await page.locator('#pack-file').setInputFiles({ name: 'team.pack.json', mimeType: 'application/json', buffer: Buffer.from(packJson(pack)) });
  await expect(page.getByRole('alert').locator('li')).toContainText('"s08" is the id of a shipped competency');
  await expect(page.getByRole('alert').locator('li')).toContainText('at rubrics.0.id');
});

test('the YAML parser loads only when a pack is imported', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js') || r.url().endsWith('.ts')) scripts.push(r.url());
  });
  await page.goto('/#/trainer');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainer' })).toBeVisible();
  // The parser and checker are bundled into the pack-check worker's own chunk.
  const parser = (urls: string[]) => urls.filter((u) => /yaml-source|content-file|pack-check/.test(u));
  expect(parser(scripts)).toEqual([]);
  await page.getByLabel('Choose a pack file').setInputFiles({ name: 'p.yaml', mimeType: 'application/yaml', buffer: Buffer.from('format: x\n') });
  await expect(page.getByRole('alert')).toBeVisible();
  expect(parser(scripts).length).toBeGreaterThan(0);
});

test.describe('in a Vietnamese browser', () => {
  test.use({ locale: 'vi-VN' });

  test('a refused pack is explained in Vietnamese, axe clean, and so is the preview of a good one', async ({ page }) => {
    await page.goto('/#/trainer');
    await expect(page.getByRole('heading', { level: 1, name: 'Dành cho giảng viên' })).toBeVisible();
    const broken = packJson(shippedPack()).replace('"start": "', '"start": "x-');
    await page.locator('#pack-file').setInputFiles({ name: 'bo.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect(page.getByRole('alert')).toContainText('Chưa nhập bo.json: có 1 lỗi cần sửa. Chưa có gì được lưu.');
    await expect(page.getByRole('alert').locator('li')).toContainText(/bo\.json, dòng \d+/);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#pack-file').setInputFiles({ name: 'bo.json', mimeType: 'application/json', buffer: Buffer.from(packJson(shippedPack())) });
    await expect(page.getByRole('heading', { name: /^Xem trước: / })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('hostile and huge pack files', () => {
  test('a node called `constructor` previews with its map (was "Checking…" forever)', async ({ page }) => {
    await page.goto('/#/trainer');
    const pack = JSON.parse(JSON.stringify(chainPack(1, 6)).replaceAll('"d2"', '"constructor"'));
    await dropFile(page, 'proto.pack.json', JSON.stringify(pack));
    await expect(page.getByRole('heading', { name: 'Preview: A large pack' })).toBeVisible();
    await page.getByText('Scenario map: Chain of 6').click();
    await expect(page.locator('.pack-preview svg')).toBeVisible();
    await expect(page.locator('.pack-preview svg text', { hasText: /^constructor$/ })).toHaveCount(1);
  });

  test('a 2,000-decision chain is refused by the nodes limit while the page keeps answering; a 15 MB file unread', async ({ page }) => {
    // Handing Chromium a 15 MB file takes most of a test's usual time on a loaded machine.
    test.setTimeout(90_000);
    await page.goto('/#/trainer');
    // 600 decisions: past the nodes limit, under the file size (a 2,000-decision chain is refused by its size as well).
    await dropFile(page, 'chain.pack.json', JSON.stringify(chainPack(1, 600)));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('chain.pack.json was not imported', { timeout: 10_000 });
    await expect(alert).toContainText('at most 500 nodes per scenario');
    await page.getByLabel('Choose a pack file').setInputFiles({ name: 'huge.pack.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(15_000_000, 'a') });
    await expect(alert).toContainText('huge.pack.yaml was not imported');
    await expect(alert).toContainText('at most 2000000');
  });

  test('a binary file is said to be no text file, without its bytes; in Vietnamese too', async ({ page }) => {
    await page.goto('/#/trainer');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256))]);
    await page.getByLabel('Choose a pack file').setInputFiles({ name: 'photo.pack.yaml', mimeType: 'application/yaml', buffer: png });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('this is not a text file');
    expect(await alert.textContent()).not.toMatch(/[\u0000-\u0008\u0080-\u009f]|PNG/);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a long check shows its progress and Cancel stops it; nothing is stored', async ({ page }) => {
    await page.goto('/#/trainer');
    // Seven scenarios of 99 decisions in YAML (about 0.9 MB, under the 1 MB YAML limit): seconds of
    // parsing and checking. YAML, not JSON: JSON's fast path could finish before Cancel is pressed.
    await dropFile(page, 'big.pack.yaml', stringify(chainPack(7, 99)));
    const cancel = page.getByRole('button', { name: 'Cancel the check' });
    await expect(cancel).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Checking the pack' })).toBeVisible();
    // The page answers while the worker checks: a keypress reaches the Cancel button at once.
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expect(cancel).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Checking' })).toHaveCount(0);
    await expect(page.getByText('No packs yet.')).toBeVisible();
  });
});
