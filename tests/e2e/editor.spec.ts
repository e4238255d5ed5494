import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerWithKey, axeViolations, card, expect, playToReport, test } from './fixtures.ts';

// The editor, by keyboard alone: every control is reached with focus() (what Tab does, without
// counting stops) and used with Enter, Space, typing (fill) or a select's keys (selectOption).

const TITLE = { vi: 'Buổi phỏng vấn của tôi', en: 'My own interview' };
const RUBRIC = 'my-competency';

/** Focus the control, then Enter (a link or a button) or Space (a checkbox). */
async function press(target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await target.focus();
  await target.page().keyboard.press(key);
}

/** A form field by its path in the pack (the editor names each field `f-<path>`). */
const field = (page: Page, path: string) => page.locator(`[id="f-${path}"]`);

/** Opens every closed fold (a rubric's level, a sample) in `scope` from its summary, by keyboard. */
async function openFolds(scope: Locator) {
  const closed = scope.locator('details.fold:not([open]) > summary');
  while ((await closed.count()) > 0) await press(closed.first());
}

/** Writes every two-language text still empty in `scope`, Vietnamese and English apart. */
async function fillEmpty(scope: Locator, label: string) {
  await openFolds(scope);
  const fields = scope.locator('input[lang], textarea[lang]');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const f = fields.nth(i);
    if (await f.inputValue()) continue;
    await f.fill((await f.getAttribute('lang')) === 'vi' ? `${label}: lời ${i + 1}` : `${label}: line ${i + 1}`);
  }
}

const node = (id: string) => `scenarios.0.nodes.${id}`;

/** Chooses a node on the map: its button (one tab stop, arrows between them), then Enter. */
async function openNode(page: Page, id: string) {
  await press(page.getByRole('group', { name: 'Map' }).getByRole('button', { name: new RegExp(`^${id} `) }));
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^Node ${id} ·`) })).toBeVisible();
}

/** Fills the decision being edited, gives it a level-3 response (a, b are levels 5 and 1), ticks evidence, points every response at `next`. */
async function writeDecision(page: Page, id: string, next: string, addThird = true) {
  if (addThird) await press(page.locator('.node-form').getByRole('button', { name: 'Add a response', exact: true }));
  await fillEmpty(page.locator('.node-form'), id);
  for (const [i, level] of [5, 1, 3].entries()) {
    const box = field(page, `${node(id)}.options.${i}.evidence.0.indicators`).getByRole('checkbox', { name: new RegExp(`${RUBRIC}\\.${level}\\.1`) });
    if (!(await box.isChecked())) await press(box, 'Space');
    await field(page, `${node(id)}.options.${i}.next`).selectOption(next);
  }
}

const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });

test('a trainer writes a rubric and a four-decision scenario with a branch, checks, play-tests, publishes, plays, exports and re-imports it', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/#/trainer');
  await press(page.getByRole('link', { name: /Write your own in the editor/ }));
  await expect(page.getByRole('heading', { level: 1, name: 'Write your own' })).toBeVisible();
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await press(page.getByRole('button', { name: 'New scenario' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeDisabled();
  await expect(page.getByText(/Publish is off until the \d+ errors are fixed/)).toBeVisible();

  // The pack and its rubric: five levels, an indicator each, a question.
  await field(page, 'title.en').fill('Our interview pack');
  await expect(field(page, 'title.vi')).toHaveAccessibleDescription('Not translated yet');
  await field(page, 'title.vi').fill('Gói phỏng vấn của chúng tôi');
  await expect(field(page, 'title.vi')).not.toHaveAccessibleDescription(/Not translated/);
  await fillEmpty(page.locator('.rubric-form'), 'Rubric');

  // The scenario's details, then its first decision as the blank gave it (levels 5 and 1).
  await field(page, 'scenarios.0.title.vi').fill(TITLE.vi);
  await field(page, 'scenarios.0.title.en').fill(TITLE.en);
  await field(page, 'scenarios.0.difficulty').selectOption('4');
  await fillEmpty(page.locator('.scenario-form'), 'Scenario');
  await fillEmpty(page.locator('.node-form'), 'd1');
  await openNode(page, 'end');
  await fillEmpty(page.locator('.node-form'), 'end');
  await openNode(page, 'd1');

  // The linter: two levels offered at d1 are too few. Its check takes the trainer to d1's responses.
  const narrow = checks(page).getByRole('button', { name: /options show levels 1, 5; offer at least 3/ });
  await expect(narrow).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await press(narrow);
  await expect(field(page, `${node('d1')}.options`)).toBeFocused();
  await press(page.locator('.node-form').getByRole('button', { name: 'Add a response', exact: true }));
  await expect(page.getByRole('group', { name: 'Response 3 (c)' })).toBeVisible();
  await writeDecision(page, 'd1', 'end', false);
  await expect(narrow).toHaveCount(0);

  // Three more decisions, a branch on the evidence so far, and a second end, added from the map.
  const map = page.getByRole('group', { name: 'Map' });
  for (const type of ['Add a decision', 'Add a decision', 'Add a decision', 'Add a branch', 'Add an end']) {
    await press(page.getByRole('button', { name: type }));
  }
  await expect(map.getByRole('button')).toHaveCount(7);
  // Arrow keys move between nodes: the new end (chosen) to its neighbours and back.
  await expect(map.getByRole('button', { name: /^end1 / })).toHaveAttribute('tabindex', '0');
  await map.getByRole('button', { name: /^end1 / }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(map.getByRole('button', { name: /^end1 / })).not.toBeFocused();
  await expect(map.locator('button:focus')).toHaveCount(1);

  await openNode(page, 'd1');
  await writeDecision(page, 'd1', 'd2', false);
  await openNode(page, 'd2');
  await writeDecision(page, 'd2', 'd3');
  await openNode(page, 'd3');
  await writeDecision(page, 'd3', 'd4');
  await openNode(page, 'd4');
  await writeDecision(page, 'd4', 'b1');
  await openNode(page, 'b1');
  await field(page, `${node('b1')}.branches.0.if.atLeast`).selectOption('4');
  await field(page, `${node('b1')}.branches.1.next`).selectOption('end1');
  await openNode(page, 'end1');
  await fillEmpty(page.locator('.node-form'), 'end1');
  await expect(checks(page).getByText('No problems found.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toBeEnabled();

  // Reload mid-edit: once "Saved" shows, everything written is there.
  await openNode(page, 'd4');
  await field(page, `${node('d4')}.lines.0.text.en`).fill('What would you do now?');
  await expect(page.locator('.toolbar [role="status"]')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Our interview pack' })).toBeVisible();
  await expect(field(page, 'scenarios.0.title.en')).toHaveValue(TITLE.en);
  await openNode(page, 'd4');
  await expect(field(page, `${node('d4')}.lines.0.text.en`)).toHaveValue('What would you do now?');
  await expect(page.getByRole('group', { name: 'Map' }).getByRole('button')).toHaveCount(7);
  await expect(checks(page).getByText('No problems found.')).toBeVisible();

  // Undo and redo, from the keyboard, inside the field being typed in.
  const line = field(page, `${node('d4')}.lines.0.text.en`);
  await line.fill('What would you do in my place?');
  await line.focus();
  await page.keyboard.press('Control+z');
  await expect(line).toHaveValue('What would you do now?');
  await page.keyboard.press('Control+Shift+z');
  await expect(line).toHaveValue('What would you do in my place?');
  await press(page.getByRole('button', { name: 'Undo' }));
  await expect(line).toHaveValue('What would you do now?');
  await press(page.getByRole('button', { name: 'Redo' }));
  await expect(line).toHaveValue('What would you do in my place?');

  // Play-test from the third decision, having answered the first two at level 5.
  await page.locator('#playtest-from').selectOption('d3');
  await page.locator('#playtest-prior-d1').selectOption('a');
  await page.locator('#playtest-prior-d2').selectOption('a');
  await press(page.getByRole('button', { name: 'Start the play-test' }));
  await expect(page.getByRole('heading', { level: 1, name: TITLE.en })).toBeVisible();
  await expect(page.locator('.current-lines')).toContainText('d3');
  await answerWithKey(page, 1);
  expect(await playToReport(page, 1)).toBe(1);
  await expect(page.locator('article.report')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await press(page.getByRole('button', { name: 'Back to editing' }));

  // Publish, then play it as a candidate.
  await press(page.getByRole('button', { name: 'Publish' }));
  await expect(page.getByRole('status').filter({ hasText: 'Published' })).toContainText('Published “Our interview pack”');
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Export YAML' }));
  const file = await (await download).path();
  const yaml = readFileSync(file, 'utf8');
  expect(yaml).toContain('format: interview-roleplay/pack');
  expect(yaml).toContain(`en: ${TITLE.en}`);

  await page.goto('/');
  const own = card(page, TITLE.en);
  await press(own.getByRole('link', { name: /^Start/ }));
  expect(await playToReport(page, 1)).toBe(4);

  // The exported file, imported into a new draft, exports unchanged.
  await page.goto('/#/editor');
  await expect(page.getByRole('link', { name: 'Edit Our interview pack' })).toBeVisible();
  await page.getByLabel('Import a pack file into a new draft').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Write your own');
  await expect(field(page, 'scenarios.0.title.en')).toHaveValue(TITLE.en);
  await expect(checks(page).getByText('No problems found.')).toBeVisible();
  const again = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Export YAML' }));
  expect(readFileSync(await (await again).path(), 'utf8')).toBe(yaml);
});

test('the editor in Vietnamese: labels, the untranslated mark and the checks in Vietnamese, axe clean', async ({ page }) => {
  await page.goto('/#/editor');
  await press(page.getByRole('button', { name: 'Tiếng Việt' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Tự soạn nội dung' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await press(page.getByRole('button', { name: 'Tình huống mới' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Bản nháp chưa đặt tên' })).toBeVisible();
  await field(page, 'title.vi').fill('Gói của tôi');
  await expect(field(page, 'title.en')).toHaveAccessibleDescription('Chưa dịch');
  await expect(page.getByRole('button', { name: 'Xuất bản' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(field(page, 'title.vi')).toHaveValue('');
  await expect(checks(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Kiểm tra' })).toContainText('lỗi');
  expect(await axeViolations(page)).toEqual([]);
});

for (const [locale, width] of [['en', 1280], ['vi', 390]] as const) {
  test(`a rubric's levels and a set's samples are folded; a summary says what is wrong inside and opens by keyboard (${locale}, ${width} px)`, async ({ page }) => {
    const words = {
      en: { new: 'New calibration set', level: /^Level 3/, sample: /^Sample 4 \(s4\), level 4/, errors: /✖ \d+ errors/, clean: 'no problems', add: 'Add a sample', sample11: /^Sample 11 \(s11\)/ },
      vi: { new: 'Bộ hiệu chuẩn mới', level: /^Mức 3/, sample: /^Mẫu 4 \(s4\), mức 4/, errors: /✖ \d+ lỗi/, clean: 'không có vấn đề', add: 'Thêm mẫu', sample11: /^Mẫu 11 \(s11\)/ },
    }[locale];
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/#/editor');
    if (locale === 'vi') await press(page.getByRole('button', { name: 'Tiếng Việt' }));
    await press(page.getByRole('button', { name: words.new }));
    await field(page, 'title.vi').fill('Gói');
    await field(page, 'title.en').fill('Pack');
    const level3 = field(page, `rubrics.0.levels.2`);
    const sample4 = field(page, 'calibration.0.samples.3');
    // Closed, and what is wrong inside is in the summary: its fields are out of sight.
    for (const [fold, name] of [[level3, words.level], [sample4, words.sample]] as const) {
      await expect(fold).not.toHaveAttribute('open');
      await expect(fold.locator('summary')).toHaveText(name);
      await expect(fold.locator('summary')).toContainText(words.errors);
      await expect(fold.locator('textarea').first()).toBeHidden();
    }
    // The first with a problem is open; Enter on a summary opens its fold, and closes it again.
    await expect(field(page, 'rubrics.0.levels.0')).toHaveAttribute('open');
    await press(sample4.locator('summary'));
    await expect(sample4).toHaveAttribute('open');
    await expect(field(page, 'calibration.0.samples.3.answer.vi')).toBeVisible();
    await field(page, 'calibration.0.samples.3.answer.vi').fill('Tôi hỏi lại khách hàng.');
    await field(page, 'calibration.0.samples.3.answer.en').fill('I asked the client back.');
    await field(page, 'calibration.0.samples.3.rationale.vi').fill('Có hỏi, chưa đào sâu.');
    await field(page, 'calibration.0.samples.3.rationale.en').fill('Asks, does not dig deeper.');
    await expect(sample4.locator('summary')).toContainText(words.clean);
    await press(sample4.locator('summary'), 'Space');
    await expect(sample4).not.toHaveAttribute('open');
    // A sample added opens, its answer ready to write.
    await press(page.getByRole('button', { name: words.add }));
    await expect(field(page, 'calibration.0.samples.10')).toHaveAttribute('open');
    await expect(field(page, 'calibration.0.samples.10').locator('summary')).toHaveText(words.sample11);
    await expect(field(page, `calibration.0.samples.10.answer.${locale}`)).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('at phone width (390 px) the forms stack and the map comes below them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/editor');
  await press(page.getByRole('button', { name: 'New scenario' }));
  const forms = page.locator('.forms');
  const map = page.locator('.map-pane');
  await expect(map).toBeVisible();
  const [f, m] = [(await forms.boundingBox())!, (await map.boundingBox())!];
  expect(m.y).toBeGreaterThan(f.y + f.height - 1);
  expect(f.width).toBeLessThanOrEqual(390);
  expect(m.width).toBeLessThanOrEqual(390);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.canvas')).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 15),
  );
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The two languages of a text stack too.
  const [vi, en] = [(await field(page, 'title.vi').boundingBox())!, (await field(page, 'title.en').boundingBox())!];
  expect(en.y).toBeGreaterThan(vi.y);
  // A node chosen on the map opens its form above.
  await press(page.getByRole('group', { name: 'Map' }).getByRole('button', { name: /^end / }));
  await expect(page.getByRole('heading', { level: 3, name: 'Node end · End' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('two tabs on one draft: the newer takes it over, the older stops saving and can take it back with the newer edits', async ({ page, context }) => {
  await page.goto('/#/editor');
  await press(page.getByRole('button', { name: 'New scenario' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Untitled draft' })).toBeVisible();
  await field(page, 'title.en').fill('Written in the first tab');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(field(other, 'title.en')).toHaveValue('Written in the first tab');
  await expect(page.getByRole('alert')).toContainText('This is now open in another tab');
  expect(await axeViolations(page)).toEqual([]);

  await field(other, 'title.en').fill('Written in the second tab');
  await expect(other.getByText('Saved', { exact: true })).toBeVisible();
  await other.reload();
  await expect(field(other, 'title.en')).toHaveValue('Written in the second tab');

  // Taking it back opens what the newer tab saved; now that one stops.
  await press(page.getByRole('button', { name: 'Continue in this tab' }));
  await expect(field(page, 'title.en')).toHaveValue('Written in the second tab');
  await expect(other.getByRole('alert')).toContainText('This is now open in another tab');
});
