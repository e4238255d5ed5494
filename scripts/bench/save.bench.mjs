// Save: a new run's first N decisions (--saves, default 30) with R finished runs (--runs,
// default 1000) in the app's IndexedDB store, from the keydown until `.save-state` reads
// "Progress saved in this browser.": the run session's whole save path on real IndexedDB, split
// at the app's put() and at the transaction's commit. Goal: p95 within 100 ms.
import { figure, importPack, putRecords, stats } from './lib.mjs';
import { decide, probes, SAVED } from './probes.mjs';

export const title = 'Save with stored runs';

export default async function save(ctx) {
  const runs = ctx.option('runs', 1000);
  const saves = ctx.option('saves', 30);
  const data = await ctx.benchData({ nodes: 200, seed: 1, results: runs });
  const packFile = ctx.writeFile('bench.pack.json', JSON.stringify(data.pack, null, 2));
  const { context, page } = await ctx.newPage({ init: [[probes, SAVED]] });
  await page.goto(`${ctx.base}/#/`);
  await putRecords(page, data.records);
  await importPack(page, ctx.base, packFile);
  await page.goto(`${ctx.base}/#/play/${data.scenarioId}`);
  const results = [];
  for (let i = 0; i < saves; i++) results.push(await decide(page, data.steps[i], i + 1));
  await context.close();

  const toSaved = stats(results.map((r) => r.toSaved));
  return {
    figures: [
      figure(`save after a step, ${runs} runs stored, p95`, toSaved.p95, { goal: 100, note: `median ${toSaved.median}; keydown → "Progress saved"` }),
      figure('  … keydown → put, p95', stats(results.map((r) => r.toPut)).p95, { note: 'the app: machine step, snapshot, queue' }),
      figure('  … put → committed, p95', stats(results.map((r) => r.putToCommit)).p95, { note: 'IndexedDB alone' }),
    ],
    report: { runs, saves, toSaved, samples: results },
  };
}
