import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ChoiceNode, Scenario } from '../../src/domain/scenario.ts';
import { axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';

const clash = parse(readFileSync(new URL('../../scenarios/networking/clashing-appointments.yaml', import.meta.url), 'utf8')) as Scenario;
const opening = clash.nodes.find((n) => n.id === clash.start) as ChoiceNode;

/** Nothing of the decision's model answer anywhere in the page, hidden text included. */
async function expectNoModelAnswer(page: import('@playwright/test').Page) {
  const html = await page.content();
  expect(html).not.toContain(opening.modelAnswer!.en);
  expect(html).not.toContain(opening.modelAnswer!.vi);
  expect(html).not.toContain('A stronger answer here');
  expect(html).not.toContain('The model answer here');
}

test('own answer first: write it, tick indicators, then see the responses (never the model answer); the report compares them', async ({ page }) => {
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
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  // The model answer would say which response scores 5: it comes only after the choice.
  await expectNoModelAnswer(page);
  await expect(page.locator('.transcript .answer')).toHaveCount(0);
  // It stays with the run across a reload.
  await waitForSave(page);
  await page.reload();
  await expect(mine).toContainText(text);
  await expectNoModelAnswer(page);

  await page.keyboard.press('2');
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await playToReport(page, 1);
  const first = page.locator('article.report .evidence > li').first();
  await expect(first).toContainText(text);
  await expect(first).toContainText(/Your self-rating: level 4 · the response you chose: level [1-5] · the model answer: level 5\./);
  // Whatever the level of the response chosen, an own answer is shown beside the model answer.
  await expect(first.locator('.model')).toContainText(opening.modelAnswer!.en);
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

test('in practice, the own answer is compared with the response chosen and the model answer right after the choice (Vietnamese)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await card(page, CLASH.vi).getByRole('link', { name: 'Luyện tập' }).click();
  await page.getByRole('button', { name: 'Trả lời bằng lời của mình trước' }).click();
  await page.getByLabel('Bạn sẽ nói gì? (chỉ lưu trong trình duyệt này)').fill('Em gọi từng bên để hỏi.');
  await page.getByRole('button', { name: 'Xem các câu trả lời' }).click();
  await expectNoModelAnswer(page);

  await page.keyboard.press('1');
  const feedback = page.getByRole('region', { name: 'Quyết định 1 của bạn' });
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Em gọi từng bên để hỏi.');
  await expect(feedback).toContainText(/Bạn tự đánh giá: chưa chọn hành vi nào · câu trả lời bạn chọn: mức [1-5] · câu trả lời mẫu: mức 5\./);
  await expect(feedback).toContainText(opening.modelAnswer!.vi);
  expect(await axeViolations(page)).toEqual([]);
  await feedback.getByRole('button', { name: 'Tiếp tục buổi phỏng vấn' }).click();
  await expect(page.getByRole('list', { name: 'Câu trả lời của bạn' })).toBeVisible();
});
