import { axeViolations, card, CLASH, expect, test } from './fixtures.ts';

test('the scenario map draws every node and can be followed by keyboard', async ({ page }) => {
  await page.goto('/');
  await card(page, CLASH.en).getByRole('link', { name: 'Scenario map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Scenario map: ${CLASH.en}` })).toBeVisible();

  const image = page.getByRole('img', { name: /Diagram of the scenario's \d+ nodes/ });
  await expect(image).toBeVisible();
  const nodes = await page.locator('.node-list > li').count();
  await expect(page.locator('svg g.node')).toHaveCount(nodes);
  expect(nodes).toBeGreaterThanOrEqual(6);
  expect(await axeViolations(page)).toEqual([]);

  // Follow the first response of the first decision by keyboard: focus lands on the node it leads to.
  const first = page.locator('.node-list > li').first();
  const go = first.getByRole('button', { name: /^go to / }).first();
  const target = (await go.textContent())!.replace('go to ', '').trim();
  await go.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#graph-node-${target}`)).toBeFocused();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sơ đồ tình huống: ${CLASH.vi}` })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
