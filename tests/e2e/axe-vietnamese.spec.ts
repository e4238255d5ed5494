import { axeViolations, expect, test } from './fixtures.ts';

// The screens language.spec.ts does not visit, in Vietnamese: calibration (list, blind rating,
// reveal, figures), the panel with a refused file, the scenario map and the handouts' hub.
test.use({ locale: 'vi-VN' });

test('calibration, the panel and the map are axe clean in Vietnamese, in every state', async ({ page }) => {
  await page.goto('/#/calibrate');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('li.card').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/#/calibrate/cal-gx1');
  await expect(page.getByRole('radio', { name: /^Mức 1/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  for (let i = 1; i <= 10; i++) {
    await page.getByRole('radio', { name: /^Mức 3/ }).check();
    await page.getByRole('button', { name: 'Chốt mức đã chấm' }).click();
    if (i === 1) expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: i < 10 ? 'Câu tiếp theo' : 'Xem kết quả của bạn' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Mức đồng thuận của bạn với tham chiếu' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/#/panel/cal-gx1');
  await page.locator('input[type=file]').setInputFiles([{ name: 'xau.csv', mimeType: 'text/csv', buffer: Buffer.from('rater,item,level\nLan,zz,3\n') }]);
  await expect(page.getByRole('alert')).toContainText('xau.csv:2');
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/#/graph/clashing-appointments');
  await expect(page.locator('.node-list > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
