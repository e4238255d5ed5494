// Choice → paint: the generated 200-node pack imported through the Trainer screen as a trainer
// would, its scenario opened, N decisions (--decisions, default 100) answered by number key;
// per decision, keydown → the frame with the new answer painted (probes.mjs), cross-checked by
// the frame after and the browser's Event Timing. Also the save with no runs stored.
// Goal: p95 within 100 ms (a response the user reads as instant).
import { figure, importPack, stats } from './lib.mjs';
import { decide, probes, SAVED } from './probes.mjs';
import { profiled } from './profile.mjs';

export const title = 'Choice → paint on a 200-node scenario';

/** Event Timing reports only entries of 16 ms or more: a statistic that falls on one it left out reads "<16". */
function eventTimingStats(results) {
  const s = stats(results.map((r) => r.eventTiming ?? 0));
  return { ...s, reported: results.filter((r) => r.eventTiming !== null).length };
}

export default async function choicePaint(ctx) {
  const decisions = ctx.option('decisions', 100);
  const data = await ctx.benchData({ nodes: 200, seed: 1, results: ctx.option('runs', 1000) });
  if (data.steps.length < decisions) throw new Error(`the main path has ${data.steps.length} decisions; ${decisions} are asked for`);
  const packFile = ctx.writeFile('bench.pack.json', JSON.stringify(data.pack, null, 2));
  const { context, page } = await ctx.newPage({ init: [[probes, SAVED]] });
  const importMs = await importPack(page, ctx.base, packFile);
  await page.goto(`${ctx.base}/#/play/${data.scenarioId}`);
  const choice = [];
  const profile = await profiled(ctx, page, 'choice', async () => {
    for (let i = 0; i < decisions; i++) choice.push(await decide(page, data.steps[i], i + 1));
  });
  await context.close();

  const toPaint = stats(choice.map((r) => r.toPaint));
  const eventTiming = eventTimingStats(choice);
  const saved = stats(choice.map((r) => r.toSaved));
  const kb = Math.round(JSON.stringify(data.pack).length / 1024);
  return {
    figures: [
      figure(`choice → next paint, p95 of ${decisions}`, toPaint.p95, { goal: 100, note: `median ${toPaint.median}, max ${toPaint.max}` }),
      figure('  … → DOM updated, p95', stats(choice.map((r) => r.toDom)).p95),
      figure('  … → the frame after (2 × rAF), p95', stats(choice.map((r) => r.toNextFrame)).p95),
      figure('  Event Timing keydown duration, max', eventTiming.max || '<16', { note: `${eventTiming.reported} of ${decisions} reported (≥ 16 ms)` }),
      figure('save after a step, no runs stored, p95', saved.p95, { note: 'keydown → "Progress saved"' }),
      figure(`pack import (${data.nodes} nodes, ${kb} KB): file → preview`, importMs),
    ],
    report: { decisions, importMs, toPaint, eventTiming, saveNoRuns: saved, samples: choice, ...(profile.events ? { profile: { events: profile.events, functions: profile.functions } } : {}) },
  };
}
