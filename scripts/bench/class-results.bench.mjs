// Class results (issue 18): ms from choosing a class's files on #/class-results until every
// figure is drawn and painted — the files read in the worker, aggregated, the sections, bars,
// tables and the map rendered. The class is tests/fixtures/class-bench.ts: 1,000 runs of a
// shipped scenario in four files (three data exports, one xAPI file), a round in each and a
// workshop record. Median of N loads (--loads, default 3) after one not counted.
// Goal (issue 18): under 1 s.
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { figure, root, stats } from './lib.mjs';

export const title = 'Class results: 1,000 runs loaded and drawn';
const GOAL_MS = 1000;

export default async function classResults(ctx) {
  const loads = ctx.option('loads', 3);
  const { module } = await runnerImport(join(root, 'tests/fixtures/class-bench.ts'));
  const { files, expected } = module.benchClass();
  const paths = files.map((f) => ctx.writeFile(f.name, f.text));

  const { context, page } = await ctx.newPage();
  const times = [];
  const parts = { read: [], content: [], draw: [] };
  for (let i = -1; i < loads; i++) {
    await page.goto('about:blank');
    await page.goto(`${ctx.base}/?load=${i}#/class-results`);
    const input = page.getByLabel('Choose class files');
    await input.waitFor({ state: 'attached', timeout: 60_000 });
    const from = await page.evaluate(() => performance.now());
    await input.setInputFiles(paths);
    // Drawn: the last section (the calibration set's table) is there; painted: the next frame after it.
    await page.locator('section.set-result table').waitFor({ timeout: 60_000 });
    const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
    const shown = await page.locator('section.scenario-result > p').first().textContent();
    if (!shown?.startsWith(`${expected.runs.toLocaleString('en-GB')} runs`)) throw new Error(`the page says "${shown}", not ${expected.runs} runs`);
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('class-results:')).map((m) => [m.name.slice(14), m.startTime])));
    if (i >= 0) {
      times.push(painted - from);
      parts.read.push(marks.read - marks.start);
      parts.content.push(marks.content - marks.read);
      parts.draw.push(painted - marks.content);
    }
  }
  await context.close();
  const s = stats(times);
  return {
    figures: [
      figure(`class results, ${expected.runs} runs in ${files.length} files: load and draw, median`, s.median, { goal: GOAL_MS, note: `max ${s.max} ms` }),
      ...Object.entries(parts).map(([part, values]) => figure(`  … ${part === 'read' ? 'files read (worker)' : part === 'content' ? 'content found' : 'figures drawn and painted'}, median`, stats(values).median)),
    ],
    report: { runs: expected.runs, files: files.length, times: s, parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, stats(v)])) },
  };
}
