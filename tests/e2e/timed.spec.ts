import { axeViolations, card, CLASH, expect, test, waitForSave } from './fixtures.ts';

test('timed mode: the deadline survives a reload, and running out is recorded and moves on', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: 'Timed' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('60 s left');
  await expect(page.getByText(/If time runs out, that decision counts as level 1/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.clock.fastForward('00:40');
  await expect(timer).toHaveText('20 s left');
  await waitForSave(page);
  await page.reload();
  // Neither reset nor lost: the same deadline, about 20 seconds away.
  await expect(timer).toHaveText(/^(19|20) s left$/);

  await page.clock.fastForward('00:21');
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await expect(page.locator('.transcript .answer')).toContainText('(no answer: time ran out)');
  await expect(timer).toHaveText(/^(59|60) s left$/);

  // Answering in time works as usual and resets the clock for the next decision.
  await page.clock.fastForward('00:10');
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await expect(timer).toHaveText(/^(59|60) s left$/);
});
