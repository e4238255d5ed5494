// Start screen: ms from navigation start until the history list is rendered (and painted),
// with no finished runs, with R (--runs, default 1000) written straight into IndexedDB, and
// with the generated 200-node pack stored too (the catalog lists stored packs). Each figure is
// the median of N loads (--reloads, default 9: with 5 the median moved by ±10 % from run to run,
// about the margin the goal leaves now that the empty start takes ~130 ms) after one not counted (it fills the code cache).
// Goal (issue 15 §5): with R runs and the pack, within 1.2× of the empty start.
import { figure, importPack, putRecords, stats } from './lib.mjs';
import { probes, SAVED } from './probes.mjs';
import { profiled } from './profile.mjs';

export const title = 'Start screen with stored runs and a pack';
const PAGE_SIZE = 50;

/** Loads the start screen `times` times (from a blank page, a new document each time); per load, when the history shows and is painted. */
async function load(page, base, expected, times) {
  const shown = [];
  const painted = [];
  for (let i = -1; i < times; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}/?load=${expected}-${i}#/`);
    await page.waitForFunction(() => window.__bench.history().painted !== undefined, null, { timeout: 60_000 });
    const h = await page.evaluate(() => window.__bench.history());
    // The history shows a page of PAGE_SIZE (src/domain/progress.ts) runs at first.
    if (h.items !== Math.min(expected, PAGE_SIZE)) throw new Error(`the start screen listed ${h.items} finished runs, not ${Math.min(expected, PAGE_SIZE)}`);
    if (i < 0) continue;
    shown.push(h.shown);
    painted.push(h.painted);
  }
  return { shown: stats(shown), painted: stats(painted) };
}

export default async function startScreen(ctx) {
  const runs = ctx.option('runs', 1000);
  const reloads = ctx.option('reloads', 9);
  const data = await ctx.benchData({ nodes: 200, seed: 1, results: runs });
  const packFile = ctx.writeFile('bench.pack.json', JSON.stringify(data.pack, null, 2));
  const { context, page } = await ctx.newPage({ init: [[probes, SAVED]] });
  await page.goto(`${ctx.base}/#/`);
  await page.locator('section[aria-labelledby="history-title"]').waitFor({ timeout: 30_000 });
  const empty = await load(page, ctx.base, 0, reloads);
  await putRecords(page, data.records);
  const full = await load(page, ctx.base, runs, reloads);
  await importPack(page, ctx.base, packFile);
  const withPack = await load(page, ctx.base, runs, reloads);
  const profile = ctx.profile ? await profiled(ctx, page, 'start', () => load(page, ctx.base, runs, 1)) : {};
  await context.close();

  const limit = Math.round(empty.shown.median * 1.2 * 10) / 10;
  return {
    figures: [
      figure('start screen history, 0 runs, median', empty.shown.median, { note: 'navigation start → list rendered' }),
      figure(`start screen history, ${runs} runs, median`, full.shown.median, { goal: limit, note: '1.2 × empty' }),
      figure(`  … painted, median`, full.painted.median),
      figure(`start screen history, ${runs} runs + the pack, median`, withPack.shown.median, { goal: limit, note: '1.2 × empty' }),
    ],
    report: { runs, reloads, empty, [`runs${runs}`]: full, [`runs${runs}WithPack`]: withPack, ...(profile.events ? { profile: { events: profile.events, functions: profile.functions } } : {}) },
  };
}
