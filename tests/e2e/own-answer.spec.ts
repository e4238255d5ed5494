import { axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';

test('own answer first: write it, tick indicators, then see the responses and the model answer; the report compares them', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await page.getByRole('button', { name: 'Answer in my own words first' }).click();
  await expect(page.getByRole('list', { name: 'Your answer' })).toHaveCount(0);

  const text = 'I would call each of them to ask what they need, then rearrange the meetings myself.';
  await page.getByLabel('What would you say? (kept in this browser only)').fill(text);
  // Typing digits in the text box must not pick a response.
  await page.getByLabel('What would you say? (kept in this browser only)').press('1');
  await page.getByLabel('Builds long-term strategic partnerships with many kinds of people, senior leaders among them').check();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Show the responses' }).click();

  const mine = page.getByRole('complementary', { name: 'Your own answer' });
  await expect(mine).toContainText(text + '1');
  await expect(mine).toContainText('A stronger answer here:');
  await expect(page.locator('.transcript .answer')).toHaveCount(0);
  // It stays with the run across a reload.
  await waitForSave(page);
  await page.reload();
  await expect(mine).toContainText(text);

  await page.keyboard.press('2');
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await playToReport(page, 1);
  const first = page.locator('article.report .evidence > li').first();
  await expect(first).toContainText(text);
  await expect(first).toContainText(/Your self-rating: level 4 · the response you chose: level [1-5] · the model answer: level 5\./);
});

test('an own answer with no behaviour ticked is saved too, and its report is kept', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await page.getByRole('button', { name: 'Answer in my own words first' }).click();
  await page.getByLabel('What would you say? (kept in this browser only)').fill('I am not sure yet.');
  await page.getByRole('button', { name: 'Show the responses' }).click();
  // Nothing ticked: the answer is still stored in this browser, not only in this tab.
  await waitForSave(page);
  await page.keyboard.press('1');
  await playToReport(page, 1);
  await expect(page.locator('article.report')).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('article.report .evidence > li').first()).toContainText('I am not sure yet.');
});
