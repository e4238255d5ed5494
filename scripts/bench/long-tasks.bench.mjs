// Long tasks (issue 14): the page never stops answering for more than 200 ms, whatever the file.
// A PerformanceObserver for `longtask` entries (50 ms and longer) is installed before the app's
// scripts; each figure is the longest main-thread task from choosing the file until the screen
// says what became of it, beside the 200 ms goal: the largest JSON pack under the file limit
// checked through the Trainer's import (to its preview, then accepted into the catalog), a
// 15 MB pack (refused), and the largest data file an import accepts through Your progress.
// Wall times are printed beside them, for information (CPU time is tests/bench/pack.bench.ts's).
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { figure, root } from './lib.mjs';

export const title = 'Long tasks while importing the worst files';
const GOAL_MS = 200;

function longTasks() {
  const tasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the bench says so below
  }
  window.__longTasks = {
    now: () => performance.now(),
    longestSince: (t) => Math.max(0, ...tasks.filter((x) => x.start + x.duration >= t).map((x) => x.duration)),
    supported: () => PerformanceObserver.supportedEntryTypes.includes('longtask'),
  };
}

/**
 * Runs `act` (which resolves once the screen answered); the longest task meanwhile and the wall
 * time. With `navigates`, the tasks of the new document, from its start.
 */
async function measure(page, act, { navigates = false } = {}) {
  const from = navigates ? 0 : await page.evaluate(() => window.__longTasks.now());
  const t0 = Date.now();
  await act();
  const wall = Date.now() - t0;
  // A task still running when the screen changed is reported when it ends: one frame later.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  return { wall, longest: await page.evaluate((from) => window.__longTasks.longestSince(from), from) };
}

const longest = (name, m) => figure(name, Math.round(m.longest), { goal: GOAL_MS, note: `${(m.wall / 1000).toFixed(1)} s wall; 0 = no task of 50 ms or more` });

export default async function longTasksBench(ctx) {
  const { module: files } = await runnerImport(join(root, 'scripts/bench/worst-files.ts'));
  const pack = files.largestPack();
  const packFile = ctx.writeFile('largest.pack.json', pack.text);
  const hugeFile = ctx.writeFile('huge.pack.json', files.hugePack());
  const data = files.largestDataFile();
  const dataFile = ctx.writeFile('largest-data.json', data.text);
  const mb = (text) => `${(text.length / 1e6).toFixed(1)} MB`;

  const { context, page } = await ctx.newPage({ init: [[longTasks]] });
  await page.goto(`${ctx.base}/#/trainer`);
  if (!(await page.evaluate(() => window.__longTasks.supported()))) throw new Error('this Chromium reports no long tasks');
  await page.locator('#pack-file').waitFor({ state: 'attached', timeout: 15_000 });
  const accept = page.getByRole('button', { name: 'Accept and add to the catalog' });
  const check = await measure(page, async () => {
    await page.setInputFiles('#pack-file', packFile);
    const refused = page.getByRole('alert');
    await accept.or(refused).first().waitFor({ state: 'visible', timeout: 120_000 });
    if (await refused.isVisible()) throw new Error(`the largest pack was refused: ${await refused.innerText()}`);
  });
  const add = await measure(page, async () => {
    await accept.click();
    await page.getByRole('status').filter({ hasText: 'was added' }).waitFor({ timeout: 60_000 });
  });
  const huge = await measure(page, async () => {
    await page.setInputFiles('#pack-file', hugeFile);
    await page.getByRole('alert').filter({ hasText: 'was not imported' }).waitFor({ timeout: 60_000 });
  });
  await page.goto(`${ctx.base}/#/progress`);
  const input = page.getByLabel('Import a file');
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  const imported = await measure(page, async () => {
    await input.setInputFiles(dataFile);
    await page.getByRole('status').filter({ hasText: 'Imported:' }).waitFor({ timeout: 300_000 });
  });
  const reload = await measure(page, async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
    await page.getByLabel('Import a file').waitFor({ state: 'attached', timeout: 60_000 });
  }, { navigates: true });
  await context.close();

  return {
    figures: [
      longest(`longest task, largest pack (${pack.scenarios} × 40 decisions, ${mb(pack.text)}) → preview`, check),
      longest('  … accepted → in the catalog', add),
      longest(`longest task, a ${mb(files.hugePack())} pack → refused`, huge),
      longest(`longest task, largest data file (${data.runs} runs, ${mb(data.text)}) → imported`, imported),
      longest(`  … then Your progress reloaded with them`, reload),
    ],
    report: { pack: { scenarios: pack.scenarios, bytes: pack.text.length, check, add }, huge, data: { runs: data.runs, bytes: data.text.length, imported, reload } },
  };
}
