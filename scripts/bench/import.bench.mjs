// Data import into a full store (issue 15 §4–5, issue 14): the longest main-thread task while
// the largest data file an import accepts (LIMITS.results finished runs, about 20 MB) is
// imported through Your progress into a browser that already holds R finished runs (--stored,
// default 5000), then imported a second time (every record already there: the merge reads
// keys only). The import reads only the keys and the records its merge needs, in batches,
// and writes in one IndexedDB transaction a slice at a time (src/storage/import.ts,
// backend.ts), so the page keeps answering. Longest task from a `longtask` PerformanceObserver
// (50 ms and up; 0 = none), from choosing the file until the screen says "Imported:".
// Goal: no task over 200 ms. Wall time beside it, for information.
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { figure, putRecords, root } from './lib.mjs';

export const title = 'Data import into a full store';
const GOAL_MS = 200;

function observeLongTasks() {
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  window.__importBench = { now: () => performance.now(), longestSince: (t) => Math.max(0, ...tasks.filter((x) => x.start + x.duration >= t).map((x) => x.duration)) };
}

/** Imports `file` through Your progress; the longest task meanwhile and the wall time. */
async function importThrough(page, base, file) {
  // A new document each time: the last import's "Imported:" must not answer for this one.
  await page.goto('about:blank');
  await page.goto(`${base}/#/progress`);
  const input = page.getByLabel('Import a file');
  await input.waitFor({ state: 'attached', timeout: 120_000 });
  const from = await page.evaluate(() => window.__importBench.now());
  const t0 = Date.now();
  await input.setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported:' }).waitFor({ timeout: 300_000 });
  const wall = Date.now() - t0;
  // A task still running as the screen changed is reported when it ends.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  return { wall, longest: await page.evaluate((from) => window.__importBench.longestSince(from), from) };
}

export default async function importBench(ctx) {
  const stored = ctx.option('stored', 5000);
  const { module: files } = await runnerImport(join(root, 'scripts/bench/worst-files.ts'));
  const data = files.largestDataFile();
  const file = ctx.writeFile('largest-data.json', data.text);
  const { records } = await ctx.benchData({ nodes: 200, seed: 1, results: stored });

  const { context, page } = await ctx.newPage({ init: [[observeLongTasks]] });
  await page.goto(`${ctx.base}/#/`);
  for (let i = 0; i < records.length; i += 1000) await putRecords(page, records.slice(i, i + 1000));
  const first = await importThrough(page, ctx.base, file);
  const again = await importThrough(page, ctx.base, file);
  await context.close();

  const mb = `${(data.text.length / 1e6).toFixed(1)} MB`;
  const longest = (name, m) => figure(name, Math.round(m.longest), { goal: GOAL_MS, note: `${(m.wall / 1000).toFixed(1)} s wall` });
  return {
    figures: [
      longest(`longest task, ${data.runs} runs (${mb}) imported over ${records.length} stored records`, first),
      longest('  … the same file again (all already stored)', again),
    ],
    report: { stored: records.length, runs: data.runs, bytes: data.text.length, first, again },
  };
}
