import { answerWithKey, axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';

// The policy (src/ui/shared/tab-claim.ts): the tab that opens a run last takes it over;
// the other stops saving and says so, and can take it back. Finished runs have ids of
// their own, so none is lost whichever tab finishes.
test('two tabs on the same run: the newer takes over, the older stops saving, and no finished run is lost', async ({ page, context }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await answerWithKey(page, 1);
  await waitForSave(page);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('.transcript .answer')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('This is now open in another tab');
  expect(await axeViolations(page)).toEqual([]);

  // The older tab no longer answers or saves.
  await page.keyboard.press('2');
  await answerWithKey(other, 2);
  await waitForSave(other);
  await other.reload();
  await expect(other.locator('.transcript .answer')).toHaveCount(2);

  // Taking it back resumes from what the newer tab saved; the newer one now stops.
  await page.getByRole('button', { name: 'Continue in this tab' }).click();
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await expect(other.getByRole('alert')).toContainText('This is now open in another tab');
  await playToReport(page, 3);

  // The other tab takes it back once more and plays a new run to its end: both finished runs are kept.
  await other.getByRole('button', { name: 'Continue in this tab' }).click();
  await playToReport(other, 1);
  await other.goto('/#/progress');
  await expect(other.locator('ul.history > li').filter({ hasText: CLASH.en })).toHaveCount(2);
});
