import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations, expect, test, waitForSave } from './fixtures.ts';

test('a calibration round: rate blind, lock, see the reference, resume after a reload, get the figures', async ({ page }) => {
  test.slow(); // ten answers rated one by one
  await page.goto('/');
  await page.getByRole('link', { name: 'Calibrate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your ratings' })).toBeVisible();
  await expect(page.locator('li.card')).toHaveCount(19);
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('li.card').filter({ hasText: 'several partners' }).getByRole('link', { name: /^Start a round/ }).click();

  const progress = page.getByText(/^\d+ of 10 in this round$/);
  await expect(progress).toHaveText('1 of 10 in this round');
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
  await expect(progress).toHaveText('2 of 10 in this round');
  const secondAnswer = await page.locator('blockquote.sample').textContent();
  await page.getByRole('radio', { name: /^Level 4:/ }).check();
  await waitForSave(page);

  await page.reload();
  await expect(progress).toHaveText('2 of 10 in this round');
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
  await expect(page.getByRole('table', { name: /^Các (lượt|vòng) đã hoàn thành$/ }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('img', { name: /qua 1 (lượt|vòng) gần đây/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a panel: my exported ratings and a colleague\'s file give alpha and pairwise kappa; a bad file is refused with file and line', async ({ page }) => {
  test.slow(); // ten answers rated one by one
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
  await expect(page.getByText(/^Saved cal-.*-Minh\.csv to your downloads\.$/)).toBeVisible();

  await page.getByRole('link', { name: 'Compare a panel on this set' }).click();
  const input = page.getByLabel('Load rating files');
  const colleague = mine.replace(/Minh/g, 'Lan').replace(/,3$/m, ',5');
  await input.setInputFiles([
    { name: 'minh.csv', mimeType: 'text/csv', buffer: Buffer.from(mine) },
    { name: 'lan.csv', mimeType: 'text/csv', buffer: Buffer.from(colleague) },
  ]);
  await expect(page.getByRole('main').getByRole('status')).toContainText('2 raters from 2 files.');
  await expect(page.getByText("Krippendorff's alpha")).toBeVisible();
  await expect(page.getByRole('table', { name: 'Quadratic-weighted kappa between each pair of raters' })).toContainText('Lan – Minh');
  await expect(page.getByText('2 levels apart').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await input.setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('rater,item,level\nLan,zz,3\nLan,a,7\n') }]);
  await expect(page.getByRole('alert')).toContainText('bad.csv:2: unknown item "zz"');
  await expect(page.getByRole('alert')).toContainText('bad.csv:3: level "7" is not a whole number from 1 to 5');
  await expect(page.getByText("Krippendorff's alpha")).toHaveCount(0);
});

/** The set's reference levels, read from its file as the build reads it. */
function referenceLevels(setId: string): { id: string; level: number }[] {
  const set = parse(readFileSync(`scenarios/calibration/${setId}.yaml`, 'utf8')) as { samples: { id: string; level: number }[] };
  return set.samples.map((s) => ({ id: s.id, level: s.level }));
}

async function rateAll(page: Page, level: number, n = 10) {
  for (let i = 1; i <= n; i++) {
    await page.getByRole('radio', { name: new RegExp(`^Level ${level}:`) }).check();
    await page.getByRole('button', { name: 'Lock my rating' }).click();
    await page.getByRole('button', { name: i < n ? 'Next answer' : 'See my figures' }).click();
  }
}

test('rating shows the whole scale, ticks by level; the reference reads as words; the misses come after the figures', async ({ page }) => {
  test.slow(); // ten answers rated one by one
  await page.goto('/#/calibrate/cal-gx1');
  // Every level with its meaning and, under it, its indicators to tick.
  const scale = page.getByRole('group', { name: 'Your level' });
  await expect(scale.getByRole('radio')).toHaveCount(5);
  await expect(scale.getByText(/^At this level, .* in difficult situations/)).toBeVisible();
  const level4 = page.getByRole('group', { name: 'Indicators of level 4 you see (optional)' });
  await expect(level4.getByRole('checkbox')).not.toHaveCount(0);
  // The id the rating files use, beside the number on the rating sheet; the round's own count
  // does not read as a sheet number ("Answer 1 of 10" beside "Answer 2 · b" misled a rater).
  await expect(page.getByText(/^The round shuffles the answers: this one is Answer \d+ · [a-j] on the rating sheet and in rating files\.$/)).toBeVisible();
  await expect(page.getByText(/^Answer \d+ of 10$/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByText('1/10 trong vòng này')).toBeVisible();
  await expect(page.getByText(/^Vòng chấm xáo trộn thứ tự các câu trả lời: câu này là Câu trả lời \d+ · [a-j] trên phiếu chấm và trong tệp chấm\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();

  // By keyboard: tick an indicator of level 4 with Space, choose level 4 with the arrows, Enter locks.
  const tick = level4.getByRole('checkbox').first();
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await page.getByRole('radio', { name: /^Level 3:/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Level 4:/ })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');

  // The rationale: the indicators by their words, no ids, no Markdown.
  const rationale = page.locator('.rationale');
  await expect(rationale.locator('.indicator').first()).toBeVisible();
  await expect(rationale).not.toContainText('`');
  await expect(rationale).not.toContainText(/gx1\.\d\.\d/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next answer' }).click();

  await rateAll(page, 3, 9);
  // As many misses as answers off the diagonal of the table above.
  const right = (await page.locator('td.diagonal').allTextContents()).reduce((sum, n) => sum + Number(n), 0);
  const missed = page.getByRole('region', { name: 'Where your level differs from the reference' });
  await expect(missed.getByRole('heading', { level: 3 })).toHaveCount(10 - right);
  // Each miss: the answer, your level and the reference with its reason, side by side.
  const first = missed.getByRole('listitem').first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^Answer \d+ · [a-j]$/);
  await expect(first.getByRole('heading', { name: 'Your level' })).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Reference' })).toBeVisible();
  await expect(first.locator('.rationale .indicator').first()).toBeVisible();
  await expect(first).toContainText(/[23] levels (above|below) the reference/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  const missedVi = page.getByRole('region', { name: 'Những câu bạn chấm khác mức tham chiếu' });
  await expect(missedVi.getByRole('listitem').first().getByRole('heading', { level: 3 })).toHaveText(/^Câu trả lời \d+ · [a-j]$/);
  // Figures in Vietnamese: a decimal comma.
  await expect(page.locator('.figures dd strong').nth(2)).toHaveText(/^-?\d,\d\d$/);
  expect(await axeViolations(page)).toEqual([]);
});

test('your rounds come first, their chart with labelled axes; the rating sheet names each answer as the files do', async ({ page }) => {
  test.slow(); // ten answers rated one by one
  await page.goto('/#/calibrate/cal-gx1');
  await rateAll(page, 3);
  await page.goto('/#/calibrate');
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings.first()).toHaveText('Your rounds');
  await expect(headings.nth(1)).toHaveText('Calibration sets');
  const chart = page.getByRole('region', { name: 'Your rounds' }).getByRole('img');
  await expect(chart).toHaveAccessibleName(/over your last 1 round;/);
  await expect(chart).toContainText('Round, oldest to newest');
  await expect(chart).toContainText('Kappa, from −1 to 1');
  // One pattern for every set's title, in both languages.
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(Array(19).fill(/^Calibration set (Networking|ICF|Guanxi) \d: /));
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(Array(19).fill(/^Bộ hiệu chuẩn (Kết nối|ICF|Guanxi) \d: /));
  const chartVi = page.locator('.rounds').getByRole('img');
  await expect(chartVi).toContainText(/(Lượt|Vòng), từ cũ đến mới/);
  await expect(chartVi).toContainText('Kappa, từ −1 đến 1');
  await expect(chartVi).toContainText('0,70');

  await page.goto('/#/handout/rating/cal-gx1');
  await expect(page.getByRole('heading', { level: 2, name: /^Câu trả lời/ })).toHaveText(referenceLevels('cal-gx1').map((s, i) => `Câu trả lời ${i + 1} · ${s.id}`));
});

test('a panel: items by sheet number, one rater in two files said once, raters by samples; saved, reopened, downloaded, deleted', async ({ page }) => {
  await page.goto('/#/panel/cal-gx1');
  await expect(page.getByText('No saved panels on this set yet.')).toBeVisible();
  const refs = referenceLevels('cal-gx1');
  // Minh wrote the sheet's numbers; Lan the ids, and loaded both her CSV and her JSON.
  const minh = ['rater,item,level', ...refs.map((s, i) => `Minh,${i % 2 ? `Answer ${i + 1} · ${s.id}` : i + 1},${s.level}`)].join('\n');
  const lanRows = refs.map((s) => ({ rater: 'Lan', item: s.id, level: Math.min(5, s.level + 1) }));
  const lanCsv = ['rater,item,level', ...lanRows.map((r) => `${r.rater},${r.item},${r.level}`)].join('\n');
  const lanJson = JSON.stringify({ set: 'cal-gx1', ratings: lanRows });
  await page.getByLabel('Load rating files').setInputFiles([
    { name: 'minh.csv', mimeType: 'text/csv', buffer: Buffer.from(minh) },
    { name: 'lan.csv', mimeType: 'text/csv', buffer: Buffer.from(lanCsv) },
    { name: 'lan.json', mimeType: 'application/json', buffer: Buffer.from(lanJson) },
  ]);
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toContainText('2 raters from 3 files.');
  await expect(status).toContainText('Lan is in both lan.csv and lan.json with the same levels: counted once.');
  await expect(page.getByText(/duplicate row/)).toHaveCount(0);

  const grid = page.getByRole('table', { name: 'Each rater’s level for each answer, beside the reference' });
  await expect(grid.getByRole('columnheader')).toHaveText(['Answer', 'Lan', 'Minh', 'Reference']);
  await expect(grid.locator('tbody tr')).toHaveCount(10);
  await expect(grid.locator('tbody tr').first()).toHaveText(`Answer 1 · a${Math.min(5, refs[0]!.level + 1)}${refs[0]!.level}${refs[0]!.level}`);
  expect(await axeViolations(page)).toEqual([]);

  // Saved with a name, it is there after a reload; opened, it gives the same figures.
  await page.getByLabel('Name of this panel').fill('Monday panel');
  await page.getByRole('button', { name: 'Save this panel' }).click();
  await expect(status).toContainText('Saved “Monday panel” in this browser.');
  const alpha = await page.locator('.figures dd strong').first().textContent();
  await page.reload();
  const saved = page.getByRole('listitem').filter({ hasText: 'Monday panel' });
  await expect(saved).toContainText('2 raters, saved');
  await expect(grid).toHaveCount(0);
  await saved.getByRole('button', { name: 'Open' }).click();
  await expect(status).toContainText('Opened “Monday panel”.');
  await expect(page.locator('.figures dd strong').first()).toHaveText(alpha!);
  await expect(grid.locator('tbody tr')).toHaveCount(10);

  const download = page.waitForEvent('download');
  await saved.getByRole('button', { name: 'Download the panel (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('cal-gx1-Monday-panel.json');
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as { set: string; ratings: unknown[] };
  expect(exported.set).toBe('cal-gx1');
  expect(exported.ratings).toHaveLength(20);

  // The downloaded panel loads back as one file.
  await page.getByLabel('Load rating files').setInputFiles([{ name: 'panel.json', mimeType: 'application/json', buffer: readFileSync((await file.path())!) }]);
  await expect(status).toContainText('2 raters from 1 file.');

  await saved.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('No saved panels on this set yet.')).toBeVisible();

  // Refusals in the UI's language, with what to do.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByLabel('Tải các tệp chấm').setInputFiles([{ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('rater,item,level\nLan,zz,3\n') }]);
  await expect(page.getByRole('alert')).toContainText('bad.csv:2: không có câu trả lời "zz": hãy ghi mã câu trả lời (a, b, c, d, e, f, g, h, i, j) hoặc số thứ tự trên phiếu chấm (1–10)');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the list, a round, its figures and a panel fit 390 px, axe clean', async ({ page }) => {
    test.slow(); // ten answers rated one by one
    const fits = async (what: string) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: no sideways scroll`).toBeLessThanOrEqual(390);
      expect(await axeViolations(page), what).toEqual([]);
    };
    await page.goto('/#/calibrate');
    await expect(page.getByRole('heading', { name: 'Your rounds' })).toBeVisible();
    await fits('list');
    await page.goto('/#/calibrate/cal-s08-q1');
    await expect(page.getByRole('radio', { name: /^Level 5:/ })).toBeVisible();
    await fits('rating');
    await page.getByRole('radio', { name: /^Level 5:/ }).check();
    await page.getByRole('button', { name: 'Lock my rating' }).click();
    await expect(page.locator('.rationale')).toBeVisible();
    await fits('reveal');
    await page.getByRole('button', { name: 'Next answer' }).click();
    await rateAll(page, 5, 9);
    await expect(page.getByRole('heading', { name: 'Where your level differs from the reference' })).toBeVisible();
    await fits('figures');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { name: 'Những câu bạn chấm khác mức tham chiếu' })).toBeVisible();
    await fits('figures (vi)');
    await page.getByRole('link', { name: 'So sánh một hội đồng trên bộ này' }).click();
    const rows = ['rater,item,level', ...referenceLevels('cal-s08-q1').map((s) => `Nguyễn Thị Minh Khai,${s.id},${s.level}`), ...referenceLevels('cal-s08-q1').map((s) => `Trần Văn Long,${s.id},3`)];
    await page.getByLabel('Tải các tệp chấm').setInputFiles([{ name: 'hoi-dong.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) }]);
    await expect(page.getByRole('main').getByRole('status')).toContainText('2 người chấm từ 1 tệp.');
    await fits('panel (vi)');
  });
});
