import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { WorkshopRecordSchema } from '../../src/storage/records.ts';
import { axeViolations, CLASH, expect, test, waitForSave } from './fixtures.ts';

/** Presses a button by keyboard alone: focus it, then Enter. */
async function press(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The projector window has no auto fixtures of its own: collect its errors and CSP reports here. */
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

function watchPopup(popup: Page): string[] {
  const problems: string[] = [];
  popup.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  popup.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) problems.push(m.text());
  });
  popup.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !/^(data|blob):/.test(r.url())) problems.push(`off-origin: ${r.url()}`);
  });
  return problems;
}

test('a workshop runs end to end in two windows by keyboard, each surviving a reload of the other', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/#/trainer');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainer' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const run = page.getByRole('link', { name: `Run workshop: ${CLASH.en}` });
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${CLASH.en}` })).toBeVisible();

  const [audience] = await Promise.all([page.waitForEvent('popup'), press(page, 'Open the projector window')]);
  const popupProblems = watchPopup(audience);
  await expect(audience.getByRole('heading', { level: 1, name: CLASH.en })).toBeVisible();
  await expect(audience.locator('.phase')).toHaveText('Step 1 · The room reads and chooses');
  // Nothing on the projector gives a level away before the reveal.
  await expect(audience.locator('.room-choices li')).toHaveCount(5);
  await expect(audience.getByText(/^Level \d/)).toHaveCount(0);
  expect(await axeViolations(audience)).toEqual([]);

  // Tally by keys: three for B, one for A; the projector follows.
  await press(page, 'Count the room');
  await expect(page.locator('.phase')).toHaveText('Step 1 · Counting the room');
  await page.locator('body').focus();
  for (const key of ['2', '2', '2', '1', '3']) await page.keyboard.press(key);
  await page.keyboard.press('Shift+3');
  await expect(page.getByRole('spinbutton', { name: 'Count for B' })).toHaveValue('3');
  await expect(page.getByText('4 counted')).toBeVisible();
  await expect(audience.locator('.room-choices li').nth(1)).toContainText('3 vote(s)');
  await expect(audience.locator('.room-choices li').nth(0)).toContainText('1 vote(s)');
  expect(await axeViolations(page)).toEqual([]);

  await press(page, 'Reveal the levels');
  await expect(audience.locator('.room-choices li').first()).toContainText(/Level \d/);
  await press(page, 'Discuss');
  await expect(audience.locator('.prompt')).toContainText('Most of the room chose B');
  await press(page, '2-minute timer');
  await expect(audience.locator('.countdown')).toContainText(/^[12]:\d\d left$/);
  expect(await axeViolations(audience)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // The projector reloads: it shows the same step at once. The presenter reloads: it resumes where it was.
  await waitForSave(page);
  await audience.reload();
  await expect(audience.locator('.prompt')).toContainText('Most of the room chose B');
  await page.reload();
  await expect(page.locator('.phase')).toHaveText('Step 1 · Discussion');
  await expect(page.getByRole('combobox', { name: 'Go on with' })).toHaveValue(/.+/);
  await expect(page.getByRole('combobox', { name: 'Go on with' }).locator('option:checked')).toHaveText('B (the room’s choice)');

  // Every later step: one vote for A, reveal, discuss, next — until the end.
  await press(page, 'Next step');
  let overridden = '';
  for (let step = 2; step < 12; step++) {
    await expect(page.locator('.phase')).toHaveText(new RegExp(`^(Step ${step} · The room reads and chooses|Finished)$`));
    if ((await page.locator('.phase').textContent()) === 'Finished') break;
    await expect(audience.locator('.phase')).toHaveText(`Step ${step} · The room reads and chooses`);
    await press(page, 'Count the room');
    await page.locator('body').focus();
    await page.keyboard.press('1');
    await press(page, 'Reveal the levels');
    await press(page, 'Discuss');
    if (step === 2) {
      // The trainer goes on with C rather than the room's A; starting the timer keeps that choice.
      const follow = page.getByRole('combobox', { name: 'Go on with' });
      await follow.focus();
      await follow.selectOption({ label: 'C' });
      await press(page, '2-minute timer');
      await expect(follow.locator('option:checked')).toHaveText('C');
      overridden = await follow.inputValue();
    }
    await press(page, 'Next step');
  }
  await expect(page.getByRole('heading', { name: 'The room’s choices against the levels' })).toBeVisible();
  await expect(audience.getByRole('heading', { name: 'The room’s choices against the levels' })).toBeVisible();
  await expect(audience.getByRole('heading', { name: 'The room’s path, scored as a run' })).toBeVisible();
  const rows = await audience.locator('.workshop-summary tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(4);
  expect(await axeViolations(audience)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // The record is kept, and both exports open and validate.
  const [json] = await Promise.all([page.waitForEvent('download'), press(page, 'Export JSON')]);
  const record = v.parse(WorkshopRecordSchema, JSON.parse(readFileSync((await json.path())!, 'utf8')));
  expect(record.steps).toHaveLength(rows);
  expect(record.steps[0]!.tally).toMatchObject({ [record.steps[0]!.followed!]: 3 });
  expect(record.steps[1]!.followed).toBe(overridden);
  const [csv] = await Promise.all([page.waitForEvent('download'), press(page, 'Export CSV')]);
  const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('workshop,source,source_id,step,step_id,choice,choice_id,text,level,count,followed_or_reference');
  expect(lines.filter((l) => l.endsWith(',followed'))).toHaveLength(rows);

  await page.goto('/#/trainer');
  await expect(page.locator('.record-list li')).toHaveCount(1);
  expect(popupProblems).toEqual([]);
});

test('a calibration set runs as a workshop, in Vietnamese, with the reference revealed only after the tally', async ({ page, context }) => {
  await page.goto('/#/trainer');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('link', { name: /^Chạy với cả lớp: / }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Buổi thực hành:/ })).toBeVisible();
  const audience = await context.newPage();
  const problems = watchPopup(audience);
  await audience.goto('/#/audience');
  await expect(audience.locator('.phase')).toHaveText('Bước 1 · Cả lớp đọc và chọn');
  await expect(audience.getByText(/^Mức tham chiếu/)).toHaveCount(0);
  await press(page, 'Đếm lựa chọn của lớp');
  await page.getByRole('spinbutton', { name: 'Số người chọn 3' }).fill('7');
  await page.getByRole('spinbutton', { name: 'Số người chọn 3' }).press('Tab');
  await press(page, 'Công bố mức');
  await expect(audience.getByText(/^Mức tham chiếu: [1-5]$/)).toBeVisible();
  await press(page, 'Thảo luận');
  await expect(audience.locator('.prompt')).toContainText('Cả lớp cùng chấm mức 3');
  expect(await axeViolations(audience)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test('a workshop on a scenario or set that is not there says so', async ({ page }) => {
  await page.goto('/#/workshop/scenario/nope');
  await expect(page.getByRole('alert')).toHaveText('There is no scenario “nope”.');
  await page.goto('/#/workshop/calibration/nope');
  await expect(page.getByRole('alert')).toHaveText('There is no calibration set “nope”.');
  await page.goto('/#/audience');
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for the presenter' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
