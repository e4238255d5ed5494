import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.1 A and AA) and returns its violations, readable in a failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every test records the requests the page makes; any that leaves the app's
 * origin fails the test after it ran.
 */
export const test = base.extend<{ offOrigin: string[] }>({
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
      });
      await use(outside);
      expect(outside, 'requests outside the app origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Answers the current decision by its number key and waits until the run has moved on. */
export async function answerWithKey(page: Page, key: number) {
  const answers = page.locator('.transcript .answer');
  const before = await answers.count();
  await page.keyboard.press(String(key));
  await expect
    .poll(async () => (await answers.count()) > before || (await page.locator('article.report').count()) > 0)
    .toBe(true);
}

/** Keeps answering with `key` until the report shows; returns how many decisions it took. */
export async function playToReport(page: Page, key: number): Promise<number> {
  for (let decisions = 0; decisions < 30; decisions++) {
    if (await page.locator('article.report').count()) return decisions;
    await expect(page.getByRole('list', { name: /Your answer|Câu trả lời của bạn/ })).toBeVisible();
    await answerWithKey(page, key);
  }
  throw new Error('no report after 30 decisions');
}
