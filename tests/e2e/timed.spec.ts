import { axeViolations, card, CLASH, expect, playToReport, test, waitForSave } from './fixtures.ts';

test('timed mode: the deadline survives a reload, and running out is recorded and moves on', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: 'Timed' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('60 s left');
  await expect(page.getByText(/If time runs out, that decision counts as level 1/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The clock runs in real time between steps (axe takes a few seconds on a busy machine): read it.
  const left = async () => Number((await timer.textContent())!.match(/\d+/)![0]);
  const before = await left();
  await page.clock.fastForward('00:40');
  await expect.poll(left).toBeLessThanOrEqual(before - 40);
  const atReload = await left();
  expect(atReload).toBeGreaterThanOrEqual(before - 42);
  await waitForSave(page);
  await page.reload();
  // Neither reset nor lost: the same deadline, about 20 seconds away.
  await expect(timer).toBeVisible();
  expect(await left()).toBeLessThanOrEqual(atReload);
  expect(await left()).toBeGreaterThanOrEqual(atReload - 3);

  await page.clock.fastForward(`00:${String(atReload + 1).padStart(2, '0')}`);
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  await expect(page.locator('.transcript .answer')).toContainText('(no answer: time ran out)');
  await expect(timer).toHaveText(/^(59|60) s left$/);

  // Answering in time works as usual and resets the clock for the next decision.
  await page.clock.fastForward('00:10');
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await expect(timer).toHaveText(/^(59|60) s left$/);
});

test('a timed run\'s report says it was timed, and trying again from a decision stays timed', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: 'Timed' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  await playToReport(page, 1);
  const report = page.locator('article.report');
  await expect(report).toContainText('Timed run: 60 seconds per decision.');
  expect(await axeViolations(page)).toEqual([]);

  await page.clock.fastForward('05:00');
  await report.getByRole('button', { name: 'Try again from this decision (decision 2)' }).click();
  await expect(page.getByRole('list', { name: 'Your answer' })).toBeVisible();
  await expect(page.locator('.transcript .answer')).toHaveCount(1);
  // A fresh minute for the decision tried again, not one already spent.
  await expect(page.getByRole('timer')).toHaveText(/^(59|60) s left$/);
  await expect(page).toHaveURL(/#\/play\/clashing-appointments\/timed$/);
  await page.clock.fastForward('01:01');
  await expect(page.locator('.transcript .answer')).toHaveCount(2);
  await expect(page.locator('.transcript .answer').nth(1)).toContainText('(no answer: time ran out)');
});

test('an untimed run\'s report does not say it was timed', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: /^Start/ }).click();
  await playToReport(page, 2);
  await expect(page.locator('article.report .bound').first()).toBeVisible();
  await expect(page.locator('article.report')).not.toContainText('Timed run');
});

