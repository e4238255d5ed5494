import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { optionLevel, type Scenario } from '../../src/domain/scenario.ts';

// Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected
// <script> tag would be refused, as it should be).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.1 A and AA) and returns its violations, readable in a failure. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every test records the requests the page makes and the errors it throws; a
 * request that leaves the app's origin, or an uncaught error, fails the test.
 */
export const test = base.extend<{ offOrigin: string[]; pageErrors: string[]; cspViolations: string[] }>({
  // The built app ships default-src 'self'; anything it blocks in any test fails that test.
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
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
  await expect(page.getByRole('list', { name: /^(Your answer|Câu trả lời của bạn)$/ })).toBeVisible();
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
    await expect(page.locator('article.report').or(page.locator('.options'))).toBeVisible();
    if (await page.locator('article.report').count()) return decisions;
    await answerWithKey(page, key);
  }
  throw new Error('no report after 30 decisions');
}

const scenarioFile = new URL('../../scenarios/networking/clashing-appointments.yaml', import.meta.url);

/**
 * Plays the S08 scenario choosing, at each decision, the option with the highest
 * level in the content file (found by the interviewer's current line), so the
 * test follows the content as it is edited. Returns the number of decisions.
 */
export async function playBest(page: Page): Promise<number> {
  const scenario = parse(readFileSync(scenarioFile, 'utf8')) as Scenario;
  for (let decisions = 0; decisions < 30; decisions++) {
    await expect(page.locator('article.report').or(page.locator('.options'))).toBeVisible();
    if (await page.locator('article.report').count()) return decisions;
    const said = (await page.locator('.current-lines .said').first().textContent())!.trim();
    const node = scenario.nodes.find((n) => n.type === 'choice' && n.lines[0]!.text.en.trim() === said);
    if (node?.type !== 'choice') throw new Error(`no decision point says: ${said}`);
    // Options are shuffled per run: find the best one by its text among those shown.
    const levels: number[] = node.options.map(optionLevel);
    const best = node.options[levels.indexOf(Math.max(...levels))]!.text.en.trim();
    const shown = (await page.locator('.options .option').allTextContents()).map((t) => t.replace(/^\s*\d+\s*/, '').trim());
    await answerWithKey(page, shown.indexOf(best) + 1);
  }
  throw new Error('no report after 30 decisions');
}

/** The card of one scenario on the start screen, found by its title. */
export function card(page: Page, title: string | RegExp) {
  return page.locator('li.card').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
}

export const CLASH = { en: 'Clashing appointments', vi: 'Ba cuộc hẹn trùng giờ' };

/** Waits until the current step is written to storage, as the screen says, so a reload cannot race it. */
export async function waitForSave(page: Page) {
  await expect(page.locator('.save-state')).toHaveText(/^(Progress saved in this browser\.|Đã lưu tiến độ trong trình duyệt này\.)$/);
}

/** Waits until the service worker controls the page and has precached every built file, scenario chunks included. */
export async function waitUntilOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).reduce((a, b) => a + b, 0)))
    .toBeGreaterThan(40);
}

/**
 * How many rows the app's header takes. A new row starts below everything of the row before, so
 * a brand wrapping onto two lines is still one row.
 */
export async function headerRows(page: Page): Promise<number> {
  return page.locator('header.top').evaluate((header) => {
    const boxes = [...header.children].map((c) => c.getBoundingClientRect()).filter((b) => b.height).sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = -Infinity;
    for (const b of boxes) {
      if (b.top >= bottom - 1) rows++;
      bottom = Math.max(bottom, b.bottom);
    }
    return rows;
  });
}
