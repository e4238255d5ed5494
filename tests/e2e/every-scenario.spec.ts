import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { answerWithKey, expect, test } from './fixtures.ts';

// Every scenario on disk, including ones added later.
const root = new URL('../../scenarios/', import.meta.url).pathname;
const scenarios = readdirSync(root)
  .filter((dir) => dir !== 'competencies' && dir !== 'calibration')
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, dir, f)))
  .map((file) => parse(readFileSync(file, 'utf8')) as { id: string; title: { vi: string; en: string } });

for (const scenario of scenarios) {
  test(`${scenario.id} plays to a report in Vietnamese and English`, async ({ page }) => {
    await page.goto(`/#/play/${scenario.id}`);
    await expect(page.getByRole('heading', { level: 1, name: scenario.title.en })).toBeVisible();
    await answerWithKey(page, 1);
    await answerWithKey(page, 2);

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: scenario.title.vi })).toBeVisible();
    for (let i = 0; i < 30; i++) {
      await expect(page.locator('article.report').or(page.locator('.options'))).toBeVisible();
      if (await page.locator('article.report').count()) break;
      await answerWithKey(page, (i % 3) + 1);
    }

    const report = page.locator('article.report');
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Báo cáo: ${scenario.title.vi}`);
    await expect(report.locator('.level').first()).toHaveText(/^Mức [1-5]\/5: \S/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(report.getByRole('heading', { level: 1 })).toHaveText(`Report: ${scenario.title.en}`);
    await expect(report.locator('.level').first()).toHaveText(/^Level [1-5] of 5: \S/);
  });
}
