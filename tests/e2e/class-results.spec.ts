import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CalibrationSet } from '../../src/domain/calibration.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { classFiles, FOREIGN_FILE, type Expected } from '../fixtures/class-files.ts';
import { axeViolations, expect, test } from './fixtures.ts';

const scenario = parse(readFileSync(new URL('../../scenarios/networking/clashing-appointments.yaml', import.meta.url), 'utf8')) as Scenario;
const set = parse(readFileSync(new URL('../../scenarios/calibration/cal-s08-q2.yaml', import.meta.url), 'utf8')) as CalibrationSet;
// Twenty files of a class: 10 data exports, 5 xAPI statement files, 5 workshop records; 5 runs in each export and statement file.
const { files, expected } = classFiles({ scenario, set, files: 20, runsPerFile: 5, seed: 18 });
const upload = [...files, FOREIGN_FILE].map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }));

const WORDS = {
  en: {
    choose: 'Choose class files',
    summary: '20 files loaded, 1 file not loaded.',
    refused: `${FOREIGN_FILE.name}: not loaded`,
    reason: 'It is not a file of this app: it holds an object with items and owner.',
    played: `${expected.runs} runs, ${expected.workshops} workshops`,
    decision: (id: string) => `Decision ${id}`,
    reached: (n: number, t: number, h: number) => `Reached by ${n} ${n === 1 ? 'run' : 'runs'}; ran out of time: ${t}; took a hint: ${h}.`,
    title: 'Clashing appointments',
    setTitle: set.title.en,
    rounds: `${expected.rounds} rounds`,
    export: 'Export the results as CSV',
  },
  vi: {
    choose: 'Chọn các tệp của lớp',
    summary: 'Đã đọc 20 tệp, 1 tệp không đọc được.',
    refused: `${FOREIGN_FILE.name}: không đọc được`,
    reason: 'Đây không phải tệp của ứng dụng này: tệp chứa một đối tượng gồm items và owner.',
    played: `${expected.runs} lượt luyện, ${expected.workshops} buổi tập huấn`,
    decision: (id: string) => `Quyết định ${id}`,
    reached: (n: number, t: number, h: number) => `${n} lượt đi đến đây; hết giờ: ${t}; xem gợi ý: ${h}.`,
    title: 'Ba cuộc hẹn trùng giờ',
    setTitle: set.title.vi,
    rounds: `${expected.rounds} vòng`,
    export: 'Xuất kết quả ra CSV',
  },
};

/** Every figure the generator counted, read off the screen: decisions and their options, levels, ratings. */
async function checkFigures(page: Page, words: (typeof WORDS)['en'], expected: Expected) {
  const scenarioSection = page.locator('section.scenario-result').filter({ has: page.getByRole('heading', { level: 3, name: words.title }) });
  await expect(scenarioSection.locator('p').first()).toHaveText(words.played);
  for (const [nodeId, d] of expected.decisions) {
    const section = scenarioSection.getByRole('region', { name: words.decision(nodeId), exact: true });
    await expect(section.locator('p').first()).toHaveText(words.reached(d.reached, d.timedOut, d.hinted));
    const rows = section.locator('tbody tr');
    const seen = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), Number(tr.children[2]!.textContent) + Number(tr.children[3]!.textContent)] as const));
    for (const [optionId, n] of seen) expect([nodeId, optionId, n]).toEqual([nodeId, optionId, d.options.get(optionId) ?? 0]);
  }
  // One table per competency, in the scenario's order, as the generator scored them.
  const levelTables = scenarioSection.locator('.charts .chart-with-table table');
  await expect(levelTables).toHaveCount(expected.levels.size);
  for (const [i, counts] of [...expected.levels.values()].entries()) {
    const cells = await levelTables.nth(i).locator('tbody td').allTextContents();
    expect(cells.slice(0, 5).map(Number)).toEqual(counts);
  }
  const setSection = page.locator('section.set-result').filter({ has: page.getByRole('heading', { level: 3, name: words.setTitle }) });
  await expect(setSection.locator('p').first()).toHaveText(words.rounds);
  for (const [sampleId, counts] of expected.samples) {
    const cells = await setSection.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: sampleId, exact: true }) }).locator('td').allTextContents();
    expect([sampleId, ...cells.slice(1, 6).map(Number)]).toEqual([sampleId, ...counts]);
  }
}

for (const locale of ['en', 'vi'] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale: locale === 'vi' ? 'vi-VN' : 'en-GB' });

    test('twenty class files load, a foreign one is refused with its reason, and the figures are the generator’s', async ({ page }) => {
      const words = WORDS[locale];
      await page.goto('/#/class-results');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(words.choose).setInputFiles(upload);
      await expect(page.getByRole('status').filter({ hasText: words.summary })).toBeVisible({ timeout: 15_000 });
      const refused = page.locator('.file-list li.problems');
      await expect(refused).toHaveCount(1);
      await expect(refused).toContainText(words.refused);
      await expect(refused).toContainText(words.reason);
      await expect(page.locator('.file-list li.ok')).toHaveCount(20);
      await checkFigures(page, words, expected);
      // The map draws the ways taken, each with its count.
      await expect(page.locator('section.scenario-result svg[role=img]').last()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('from the trainer’s page by keyboard, files in, CSV out; a phone’s width does not scroll the page sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: 'Open class results' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/class-results$/);
  await page.getByLabel(WORDS.en.choose).setInputFiles(upload.slice(0, 4));
  await expect(page.getByRole('status').filter({ hasText: '4 files loaded.' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  const exportButton = page.getByRole('button', { name: WORDS.en.export });
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^class-results-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\uFEFFfigure,source_id,source,item,choice,level,count,share');
  // Files 0–2 hold 5 runs each (two exports, one statement file); file 3 is a workshop.
  expect(csv).toContain('runs,clashing-appointments,Clashing appointments,,,,15,\r\n');
  expect(csv).toContain('workshops,clashing-appointments,Clashing appointments,,,,1,\r\n');
  await expect(page.getByRole('status').filter({ hasText: /^Saved class-results-/ })).toBeVisible();
});
