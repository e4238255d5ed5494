import { axeViolations, card, CLASH, expect, test } from './fixtures.ts';

test('the scenario map is the trainer’s: not on the catalog cards, linked from the trainer’s page', async ({ page }) => {
  await page.goto('/');
  await expect(card(page, CLASH.en)).toBeVisible();
  // It shows every option's level and links the answer key: a candidate never sees it before choosing.
  await expect(page.locator('li.card').getByRole('link', { name: /Scenario map/ })).toHaveCount(0);
  await expect(page.locator('li.card a[href^="#/graph/"]')).toHaveCount(0);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(card(page, CLASH.vi)).toBeVisible();
  await expect(page.locator('li.card a[href^="#/graph/"]')).toHaveCount(0);

  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Sơ đồ tình huống: ${CLASH.vi}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Sơ đồ tình huống: ${CLASH.vi}` })).toBeVisible();
  // The way back leads to the trainer's page.
  await page.locator('.crumbs').getByRole('link', { name: 'Dành cho giảng viên' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dành cho giảng viên' })).toBeVisible();
});

test('the scenario map draws every node and can be followed by keyboard', async ({ page }) => {
  await page.goto('/#/trainer');
  await page.getByRole('link', { name: `Scenario map: ${CLASH.en}` }).click();
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

for (const locale of ['en', 'vi'] as const) {
  test(`on a phone (${locale}) the map fits the width, opens on the start node and scrolls by keyboard`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/#/trainer');
    if (locale === 'vi') await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.goto('/#/graph/clashing-appointments');
    await expect(page.getByRole('heading', { level: 1, name: locale === 'en' ? `Scenario map: ${CLASH.en}` : `Sơ đồ tình huống: ${CLASH.vi}` })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The map takes the width of the screen, and its start node is in its window.
    const canvas = page.locator('.canvas');
    const box = (await canvas.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThanOrEqual(340);
    const start = (await page.locator('svg g.node.start rect').boundingBox())!;
    expect(start.x).toBeGreaterThanOrEqual(box.x);
    expect(start.x + start.width).toBeLessThanOrEqual(box.x + box.width);
    expect(start.y).toBeGreaterThanOrEqual(box.y);
    await expect(page.locator('svg g.node.start')).toContainText('opening');

    // The arrow keys move around the map once it has focus.
    await canvas.focus();
    const before = await canvas.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => canvas.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    expect(await axeViolations(page)).toEqual([]);
  });
}
