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
  await expect(audience.locator('.room-choices li').nth(1)).toContainText('3 votes');
  await expect(audience.locator('.room-choices li').nth(0)).toContainText('1 vote');
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
  await expect(page.getByText(/^Saved workshop-.*\.json to your downloads\.$/)).toBeVisible();
  expect(record.steps[0]!.tally).toMatchObject({ [record.steps[0]!.followed!]: 3 });
  expect(record.steps[1]!.followed).toBe(overridden);
  const [csv] = await Promise.all([page.waitForEvent('download'), press(page, 'Export CSV')]);
  const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('workshop,source,source_id,step,step_id,choice,choice_id,text,level,count,followed_or_reference');
  expect(lines.filter((l) => l.endsWith(',followed'))).toHaveLength(rows);

  await page.goto('/#/trainer');
  await expect(page.locator('.record-list li')).toHaveCount(1);
  // Exported from the trainer's list, the screen says which file was written and how many steps it holds.
  const [again] = await Promise.all([page.waitForEvent('download'), page.locator('.record-list li').getByRole('button', { name: /^Export JSON/ }).click()]);
  await expect(page.getByRole('status').filter({ hasText: `Saved ${again.suggestedFilename()} to your downloads: ${record.steps.length} steps.` })).toBeVisible();
  expect(popupProblems).toEqual([]);
});

test('a calibration set runs as a workshop, in Vietnamese, with the reference revealed only after the tally', async ({ page, context }) => {
  await page.goto('/#/trainer');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('link', { name: /^Chạy buổi tập huấn: / }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Buổi tập huấn:/ })).toBeVisible();
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

const COMMUNITY = 'A community you built yourself';

/** The page does not scroll, and each of `items` is wholly on screen. */
async function allInView(page: Page, items: ReturnType<Page['locator']>) {
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  for (const item of await items.all()) await expect(item).toBeInViewport({ ratio: 1 });
}

test('the projector is a projector view: one 1280×720 screen, levels in words and pips, following the presenter’s language', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Run workshop: ${COMMUNITY}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${COMMUNITY}` })).toBeVisible();
  const audience = await context.newPage();
  const problems = watchPopup(audience);
  await audience.setViewportSize({ width: 1280, height: 720 });
  await audience.goto('/#/audience');
  await expect(audience.locator('.phase')).toHaveText('Step 1 · The room reads and chooses');
  // Nothing of the app around the step: no navigation, no language switch.
  await expect(audience.getByRole('navigation')).toHaveCount(0);
  await expect(audience.getByRole('group', { name: 'Language' })).toHaveCount(0);
  await expect(audience.getByRole('link')).toHaveCount(0);

  // The notes start collapsed; the tally keys are the letters shown (Shift takes one away), the numbers work too.
  await expect(page.locator('details.notes')).not.toHaveAttribute('open');
  await press(page, 'Count the room');
  await page.locator('body').focus();
  for (const key of ['c', 'c', 'C', 'a', 'a', 'Shift+KeyA', '1', '2', '2']) await page.keyboard.press(key);
  await expect(page.getByRole('spinbutton', { name: 'Count for C' })).toHaveValue('3');
  await expect(page.getByRole('spinbutton', { name: 'Count for A' })).toHaveValue('2');
  await expect(page.getByRole('spinbutton', { name: 'Count for B' })).toHaveValue('2');
  await press(page, 'Reveal the levels');
  await press(page, 'Discuss');
  // 3 of 7 is the most votes, not most of the room.
  await expect(audience.locator('.prompt')).toHaveText('Most votes: C (3 of 7), the strongest response here (level 5). What in it shows that level?');
  await press(page, 'Next step');

  // Step 2: the room goes with B, the strongest, and the interviewer raises the stakes at step 3, the longest step of all.
  await press(page, 'Count the room');
  await page.locator('body').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('b');
  await press(page, 'Reveal the levels');
  await press(page, 'Discuss');
  await press(page, 'Next step');
  await expect(audience.locator('.phase')).toHaveText('Step 3 · The room reads and chooses');
  const choices = audience.locator('.room-choices li');
  await expect(choices).toHaveCount(5);
  await allInView(audience, audience.locator('.step-view blockquote, .room-choices li'));

  // The presenter's controls stay on screen however long the step.
  await expect(page.getByRole('button', { name: 'Count the room' })).toBeInViewport({ ratio: 1 });
  await press(page, 'Count the room');
  await page.locator('body').focus();
  for (const key of ['a', 'b', 'b', 'c', 'd', 'd', 'd', 'e']) await page.keyboard.press(key);
  await expect(page.getByRole('button', { name: 'Reveal the levels' })).toBeInViewport({ ratio: 1 });
  await expect(choices.nth(3).locator('.votes')).toHaveText('3 votes');
  await allInView(audience, audience.locator('.room-choices li, .room-choices .votes'));
  expect(await axeViolations(audience)).toEqual([]);

  await press(page, 'Reveal the levels');
  // Each level in words and as pips, not by colour alone.
  await expect(choices.locator('.level-badge')).toHaveText([/^●●●○○ Level 3$/, /^●●●●● Level 5$/, /^●○○○○ Level 1$/, /^●●●●○ Level 4$/, /^●●○○○ Level 2$/]);
  await allInView(audience, audience.locator('.room-choices li'));
  expect(await axeViolations(audience)).toEqual([]);

  await press(page, 'Discuss');
  await press(page, '5-minute timer');
  await expect(audience.locator('.countdown')).toContainText(/^[45]:\d\d left$/);
  await allInView(audience, audience.locator('.room-choices .votes, .prompt, .countdown'));
  // Large: the prompt and the clock stand out from the responses.
  const size = (selector: string) => audience.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('.prompt')).toBeGreaterThan(await size('.choice-text'));
  expect(await size('.countdown')).toBeGreaterThanOrEqual(2 * (await size('.choice-text')));
  expect(await axeViolations(audience)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // The presenter switches to Vietnamese; the projector follows on its own.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(audience.locator('.phase')).toHaveText('Bước 3 · Thảo luận');
  await expect(audience.locator('article.projector')).toHaveAttribute('lang', 'vi');
  await expect(audience.locator('.prompt')).toHaveText(/^Nhiều phiếu nhất: D \(3\/8 phiếu\), mức 4\. /);
  await expect(choices.locator('.level-badge').first()).toHaveText(/^●●●○○ Mức 3$/);
  await allInView(audience, audience.locator('.room-choices li, .prompt, .countdown'));
  expect(await axeViolations(audience)).toEqual([]);
  expect(problems).toEqual([]);
});

test('on a larger projector the type grows with the window, and the step still fits one screen', async ({ page, context }) => {
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Run workshop: ${COMMUNITY}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Workshop: ${COMMUNITY}` })).toBeVisible();
  const audience = await context.newPage();
  const problems = watchPopup(audience);
  const choiceText = () => audience.locator('.choice-text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const sizes: number[] = [];
  for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]] as const) {
    await audience.setViewportSize({ width, height });
    if (sizes.length === 0) await audience.goto('/#/audience');
    await expect(audience.locator('.room-choices li')).toHaveCount(5);
    // The fit runs on resize: wait until the type has settled and the page fits again.
    await expect.poll(() => audience.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    await allInView(audience, audience.locator('.step-view blockquote, .room-choices li'));
    sizes.push(await choiceText());
  }
  // A 1080p projector reads from further back than a laptop screen; a 4K one further still.
  expect(sizes[1]!).toBeGreaterThan(1.25 * sizes[0]!);
  expect(sizes[2]!).toBeGreaterThan(1.5 * sizes[1]!);
  expect(problems).toEqual([]);
});
