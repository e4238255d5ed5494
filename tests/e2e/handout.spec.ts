import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CalibrationSet } from '../../src/domain/calibration.ts';
import type { ChoiceNode, Scenario } from '../../src/domain/scenario.ts';
import { axeViolations, CLASH, expect, test } from './fixtures.ts';

const load = <T>(path: string): T => parse(readFileSync(new URL(`../../scenarios/${path}`, import.meta.url), 'utf8')) as T;
const scenario = load<Scenario>('networking/clashing-appointments.yaml');
const choices = scenario.nodes.filter((n): n is ChoiceNode => n.type === 'choice');
const set = load<CalibrationSet>('calibration/cal-s08-q2.yaml');

/** Pages in a PDF, counted as print.spec.ts does. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** In print: only the handout, no navigation, no buttons, no language switch. */
async function printsAlone(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /^(Print|In)$/ })).toBeHidden();
  for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeHidden();
  await expect(page.locator('header.top')).toBeHidden();
  await expect(page.locator('article.handout h1')).toBeVisible();
  // The blank boxes to tick are drawn borders: they must survive print.
  const box = page.locator('article.handout .box').first();
  if (await box.count()) {
    await expect(box).toBeVisible();
    expect(await box.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(0, 0, 0)');
  }
  const pages = pageCount(await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

async function toVietnamese(page: Page) {
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
}

test('the scenario sheet lists every decision point with lettered, boxed options, where each leads, and no levels', async ({ page }) => {
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Scenario sheet: ${CLASH.en}` }).click();
  await expect(page).toHaveURL(/#\/handout\/sheet\/clashing-appointments$/);
  const sheet = page.locator('article.handout');
  await expect(sheet.getByRole('heading', { level: 1, name: `Scenario sheet: ${CLASH.en}` })).toBeVisible();

  // Every decision point, breadth-first from the start; each option in authored order, lettered, with a box.
  const points = sheet.locator('.point');
  await expect(points).toHaveCount(choices.length);
  await expect(points.first()).toContainText(choices.find((c) => c.id === scenario.start)!.lines[0]!.text.en);
  for (const node of choices) {
    const point = points.filter({ hasText: node.lines[0]!.text.en });
    await expect(point, `decision point ${node.id}`).toHaveCount(1);
    await expect(point.locator('.choice')).toHaveCount(node.options.length);
    await expect(point.locator('.choice .box')).toHaveCount(node.options.length);
    await expect(point.locator('.choice .letter')).toHaveText(node.options.map((_, j) => `${'ABCDEFGHI'[j]}.`));
    await expect(point.locator('.choice .text > p:first-child')).toHaveText(node.options.map((o) => o.text.en.trim()));
    await expect(point.getByText('Why?')).toBeVisible();
  }
  // Played on paper: each option says where it leads, by the decisions' numbers; past the interviewer's branch the trainer says which.
  await expect(sheet.locator('.point h2')).toHaveText(choices.map((_, i) => `Decision ${i + 1}`));
  const leads = (n: number) => points.nth(n).locator('.choice .leads');
  await expect(leads(0)).toHaveText(Array(5).fill('Next:→ 2'));
  await expect(leads(1).first()).toHaveText('Next:→ 3, 4 or 5 (the trainer says which)');
  await expect(leads(2).first()).toHaveText('Next:→ 6');
  await expect(leads(6).first()).toHaveText('Next:→ End');
  // The sheet is for answering: no level, feedback, hint or model answer anywhere on it.
  await expect(sheet.locator('.level')).toHaveCount(0);
  await expect(sheet).not.toContainText(/Level \d/);
  await expect(sheet).not.toContainText(choices[0]!.options[0]!.feedback.en);
  await expect(sheet).not.toContainText(choices[0]!.hint!.en);
  // The end's lines close it.
  const end = scenario.nodes.find((n) => n.type === 'end')!;
  if (end.type === 'end' && end.lines[0]) await expect(sheet.locator('.ending')).toContainText(end.lines[0].text.en);
  expect(await axeViolations(page)).toEqual([]);

  // The Print button opens the browser's print dialog, by keyboard too (stubbed: a headless dialog would block).
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  await page.getByRole('button', { name: 'Print' }).focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const pages = await printsAlone(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(6);

  await toVietnamese(page);
  await expect(sheet.getByRole('heading', { level: 1, name: `Phiếu tình huống: ${CLASH.vi}` })).toBeVisible();
  await expect(points.first()).toContainText(choices[0]!.options[0]!.text.vi);
  await expect(sheet).not.toContainText(/Mức \d/);
  await expect(points.nth(1).locator('.leads').first()).toHaveText('Tiếp theo:→ 3, 4 hoặc 5 (giảng viên cho biết hướng nào)');
  expect(await axeViolations(page)).toEqual([]);

  // Back to where the trainer came from: the trainer's page.
  await page.getByRole('link', { name: 'Quay lại trang giảng viên' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dành cho giảng viên' })).toBeVisible();
});

test('the answer key shows each option’s level, indicators and feedback, then the five levels', async ({ page }) => {
  await page.goto('/#/handout/sheet/clashing-appointments');
  await page.getByRole('link', { name: 'Answer key' }).click();
  const key = page.locator('article.handout');
  await expect(key.getByRole('heading', { level: 1, name: `Answer key: ${CLASH.en}` })).toBeVisible();

  const points = key.locator('.point');
  await expect(points).toHaveCount(choices.length);
  await expect(key.locator('.box')).toHaveCount(0);
  for (const node of choices) {
    const point = points.filter({ hasText: node.lines[0]!.text.en });
    const levels = node.options.flatMap((o) => o.evidence.map((e) => String(e.level)));
    await expect(point.locator('.level')).toHaveCount(levels.length);
    await expect(point.locator('.level')).toHaveText(levels.map((l) => new RegExp(`Level ${l} of 5: `)));
    for (const option of node.options) await expect(point).toContainText(option.feedback.en.trim());
    if (node.hint) await expect(point).toContainText(node.hint.en.trim());
    if (node.modelAnswer) await expect(point).toContainText(node.modelAnswer.en.trim());
  }
  // The key says when the interviewer's branch takes each way.
  await expect(points.nth(1).locator('.leads').first()).toHaveText(/^Next:→ 3 if .+ so far is at least 4; 4 if .+ so far is at most 2; 5 otherwise$/);
  await expect(points.nth(0).locator('.leads').first()).toHaveText('Next:→ 2');
  await expect(key.getByRole('heading', { level: 2, name: /^The five levels: / })).toBeVisible();
  await expect(key.locator('.levels li')).toHaveCount(5);
  expect(await axeViolations(page)).toEqual([]);

  const pages = await printsAlone(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(10);

  await toVietnamese(page);
  await expect(key.getByRole('heading', { level: 1, name: `Đáp án: ${CLASH.vi}` })).toBeVisible();
  await expect(key.locator('.level').first()).toHaveText(/^.+ — Mức \d\/5: /);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Phiếu tình huống' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Phiếu tình huống: ${CLASH.vi}` })).toBeVisible();
  // Opened from the trainer's page (here by its address): the way back leads there.
  await expect(page.getByRole('link', { name: 'Quay lại sơ đồ tình huống' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Quay lại trang giảng viên' })).toHaveAttribute('href', '#/trainer');
});

test('a handout opened from the scenario map leads back to the map, from the sheet and from the key', async ({ page }) => {
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Scenario map: ${CLASH.en}` }).click();
  await page.getByRole('link', { name: 'Answer key' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Answer key: ${CLASH.en}` })).toBeVisible();
  await page.getByRole('link', { name: 'Scenario sheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Scenario sheet: ${CLASH.en}` })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the scenario map' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Scenario map: ${CLASH.en}` })).toBeVisible();
});

test('the rating sheet shows every sample with five boxes and no reference level', async ({ page }) => {
  await page.goto('/#/calibrate');
  await page.locator('li.card').filter({ hasText: set.title.en }).getByRole('link', { name: 'Rating sheet' }).click();
  await expect(page).toHaveURL(new RegExp(`#/handout/rating/${set.id}$`));
  const sheet = page.locator('article.handout');
  await expect(sheet.getByRole('heading', { level: 1, name: `Rating sheet: ${set.title.en}` })).toBeVisible();
  await expect(sheet.locator('.descriptors > ol > li')).toHaveCount(5);

  const samples = sheet.locator('.sample-sheet');
  await expect(samples).toHaveCount(set.samples.length);
  await expect(samples.locator('blockquote')).toHaveText(set.samples.map((s) => s.answer.en.trim()));
  for (const sample of await samples.all()) {
    await expect(sample.locator('.box')).toHaveCount(5);
    await expect(sample.locator('.rate')).toHaveText(/Level \(tick one\):\s*1\s*2\s*3\s*4\s*5/);
  }
  // Blind: neither the reference level nor its rationale.
  for (const s of set.samples) await expect(sheet).not.toContainText(s.rationale.en.slice(0, 60));
  await expect(sheet).not.toContainText(/Reference|reference level/);
  expect(await axeViolations(page)).toEqual([]);

  const pages = await printsAlone(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(6);

  await toVietnamese(page);
  await expect(sheet.getByRole('heading', { level: 1, name: `Phiếu chấm điểm: ${set.title.vi}` })).toBeVisible();
  await expect(samples.first().locator('blockquote')).toHaveText(set.samples[0]!.answer.vi.trim());
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Quay lại trang hiệu chuẩn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hiệu chuẩn cách chấm của bạn' })).toBeVisible();
});

test('an unknown scenario or set says so', async ({ page }) => {
  await page.goto('/#/handout/key/no-such-scenario');
  await expect(page.getByRole('alert')).toHaveText('There is no scenario “no-such-scenario”.');
  await page.goto('/#/handout/rating/no-such-set');
  await expect(page.getByRole('alert')).toHaveText('There is no calibration set “no-such-set”.');
});
