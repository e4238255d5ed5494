import type { Page } from '@playwright/test';
import { answerWithKey, axeViolations, card, CLASH, expect, playBest, playToReport, test, waitForSave } from './fixtures.ts';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a roleplay' })).toBeVisible();
});

test('plays a scenario to its report by keyboard alone, resuming after a reload', async ({ page }) => {
  expect(await axeViolations(page)).toEqual([]);

  // Reach the scenario's Start link by Tab alone.
  const start = card(page, CLASH.en).getByRole('link', { name: /^Start/ });
  for (let i = 0; i < 15 && !(await start.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');

  const options = page.getByRole('list', { name: 'Your answer' });
  await expect(options).toBeVisible();
  // With a keyboard (a fine pointer), the screen says which keys answer.
  await expect(page.getByText('Press a number key 1–9 or pick a response.')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Key 2 picks the second response; it joins the transcript and focus moves to the next line.
  const second = await options.getByRole('button').nth(1).locator('span').last().innerText();
  await answerWithKey(page, 2);
  await expect(page.locator('.transcript .answer').first()).toContainText(second);
  await expect(page.locator('.current-lines')).toBeFocused();

  // A hint, by keyboard: Tab to it, Enter.
  const hint = page.getByRole('button', { name: 'Show a hint' });
  for (let i = 0; i < 30 && !(await hint.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(hint).toBeFocused();
  await page.keyboard.press('Enter');
  const hintBox = page.getByRole('complementary', { name: 'Hint' });
  await expect(hintBox).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Reload in the middle: same answers, same node, hint still shown.
  const currentLine = (await page.locator('.current-lines').textContent())!.replace(/\s+/g, ' ').trim();
  await waitForSave(page);
  await page.reload();
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await expect(page.locator('.transcript .answer').first()).toContainText(second);
  await expect(page.locator('.current-lines')).toHaveText(currentLine);
  await expect(hintBox).toBeVisible();
  // Focus is back on the current decision.
  await expect(page.locator('.current-lines')).toBeFocused();

  await answerWithKey(page, 1);
  await waitForSave(page);
  await page.reload();
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await expect(page.locator('.current-lines')).toBeFocused();

  const rest = await playToReport(page, 3);
  expect(rest).toBeGreaterThanOrEqual(2);

  const report = page.locator('article.report');
  await expect(report.getByRole('heading', { level: 1 })).toContainText('Report');
  await expect(report.locator('.level')).toContainText(/Level [1-5] of 5/);
  await expect(report.locator('.bound')).toContainText(/Capped at [1-3]: hints on 1 of \d+ decisions|Capped at|Set by your answers/);
  await expect(report.locator('.evidence > li')).toHaveCount(rest + 2);
  expect(await axeViolations(page)).toEqual([]);

  // The finished run is in the history; the unfinished one is gone.
  await page.getByRole('link', { name: 'All scenarios' }).first().click();
  await expect(page.getByRole('heading', { name: 'Finished runs' })).toBeVisible();
  await expect(page.locator('.history li')).toHaveCount(1);
  await expect(card(page, CLASH.en).getByRole('link', { name: /^Start/ })).toBeVisible();
});

test('the strongest answers prove level 5; one hint on the same path caps it at 4, and the report says why', async ({ page }) => {
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  const decisions = await playBest(page);
  await expect(page.locator('article.report .level')).toHaveText('Level 5 of 5: Excellent');
  await expect(page.locator('article.report .bound')).toHaveText(/^Set by your answers/);

  await page.getByRole('button', { name: 'Play again' }).click();
  await page.getByRole('button', { name: 'Show a hint' }).click();
  expect(await playBest(page)).toBe(decisions);
  await expect(page.locator('article.report .level')).toHaveText('Level 4 of 5: Good');
  await expect(page.locator('article.report .bound')).toHaveText(`Capped at 4: hints on 1 of ${decisions} decisions.`);
});

test('the report shows a stronger answer where one was missed, and replays the run up to a decision', async ({ page }) => {
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  const decisions = await playToReport(page, 1);
  const report = page.locator('article.report');
  await expect(report.locator('.model').first()).toContainText('A stronger answer here:');
  const thirdAnswer = (await report.locator('.evidence > li').nth(2).locator('blockquote').textContent())!.trim();

  await report.getByRole('button', { name: 'Try again from this decision (decision 3)' }).click();
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  // Choosing differently at decision 3 leads to a new report with as many decisions.
  const options = page.getByRole('list', { name: 'Your answer' }).getByRole('button');
  const texts = (await options.allTextContents()).map((t) => t.replace(/^\d+/, '').trim());
  const other = texts.findIndex((t) => t !== thirdAnswer);
  await page.keyboard.press(String(other + 1));
  expect(await playToReport(page, 1)).toBeGreaterThanOrEqual(decisions - 3);
  await expect(report.locator('.evidence > li').nth(2).locator('blockquote')).not.toHaveText(thirdAnswer);
});

test('after each answer the new line and the options come into view, with focus on the line', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 600 });
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  for (let i = 0; i < 3; i++) {
    await answerWithKey(page, 1);
    const lines = page.locator('.current-lines');
    await expect(lines).toBeFocused();
    await expect(lines).toBeInViewport();
    await expect(page.locator('.options .option').first()).toBeInViewport();
    // The transcript above has scrolled away: the new line is at the top of the view.
    expect(await lines.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(40);
  }
  await expect(page.locator('[aria-live="polite"]')).toContainText(/^Ms \w+: /);
});

/** Practice: answers by key, reads the decision's feedback, continues; until the report shows. */
async function practiseToReport(page: Page, key: number) {
  const report = page.locator('article.report');
  for (let i = 0; i < 30; i++) {
    await expect(report.or(page.locator('.options'))).toBeVisible();
    if (await report.count()) return;
    await page.keyboard.press(String(key));
    await expect(report.or(page.locator('section.feedback'))).toBeVisible();
    if (await report.count()) return;
    // By keyboard: focus is on the feedback; its first control is Continue.
    await expect(page.locator('section.feedback')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue the interview' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.current-lines')).toBeFocused();
  }
  throw new Error('no report after 30 decisions');
}

test('practice mode gives each decision\'s feedback and level at once; stepping back from it answers again; the report notes it', async ({ page }) => {
  await card(page, CLASH.en).getByRole('link', { name: 'Practise' }).click();
  const feedback = page.getByRole('region', { name: 'How decision 1 went' });
  const chosen = (await page.locator('.options .option').first().locator('span').last().innerText()).trim();
  await page.keyboard.press('1');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText(chosen);
  await expect(feedback).toContainText(/Networking: building working relationships: level [1-5] of 5 \(\w+/);
  // The next decision waits: number keys do nothing.
  await expect(page.getByRole('list', { name: 'Your answer' })).toHaveCount(0);
  await page.keyboard.press('2');
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  // Still under review after a reload.
  await waitForSave(page);
  await page.reload();
  await expect(feedback).toBeFocused();

  await feedback.getByRole('button', { name: 'Step back one decision' }).click();
  await expect(page.locator('.transcript .answer')).toHaveCount(0);
  await expect(page.locator('.current-lines')).toBeFocused();
  await answerWithKey(page, 2);
  await page.getByRole('button', { name: 'Continue the interview' }).click();
  await expect(page.locator('.current-lines')).toBeFocused();
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await practiseToReport(page, 3);
  await expect(page.locator('article.report')).toContainText('Practice run: you stepped back 1 time.');

  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await expect(page.getByRole('button', { name: 'Step back one decision' })).toHaveCount(0);
});
