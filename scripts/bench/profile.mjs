// With `--profile` (run.mjs): runs a measured step under a V8 CPU profile and a Chromium trace,
// writes both to reports/bench-browser-<name>.{cpuprofile,trace.json} and returns where the
// main thread's time went: self time per trace event (script, style, layout, paint, IndexedDB,
// GC…) and per JavaScript function. The build is then unminified, so timings are not comparable.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

export async function profiled(ctx, page, name, fn) {
  if (!ctx.profile) return { result: await fn() };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await ctx.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'IndexedDB'] });
  const result = await fn();
  const trace = JSON.parse((await ctx.browser.stopTracing()).toString('utf8'));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', `bench-browser-${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(root, 'reports', `bench-browser-${name}.trace.json`), JSON.stringify(trace));
  const where = { events: traceSelfTimes(trace), functions: profileSelfTimes(profile) };
  console.log(`\nProfile "${name}" (reports/bench-browser-${name}.trace.json, .cpuprofile): main thread self time, ms`);
  for (const e of where.events) console.log(`  ${e.ms.toFixed(1).padStart(8)}  ${e.what}`);
  console.log('  JavaScript functions:');
  for (const f of where.functions) console.log(`  ${f.ms.toFixed(1).padStart(8)}  ${f.what}`);
  return { result, ...where };
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([what, ms]) => ({ what, ms: Math.round(ms * 10) / 10 }));

/** Self time per event name on the busiest renderer main thread of a trace. */
function traceSelfTimes(trace, n = 14) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(thread) || typeof e.dur !== 'number') continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(e);
  }
  const main = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const done = stack.pop();
      self.set(done.name, (self.get(done.name) ?? 0) + (done.dur - done.children) / 1000);
    }
  };
  for (const e of main) {
    close(e.ts);
    if (stack.length) stack.at(-1).children += e.dur;
    stack.push({ name: e.name, dur: e.dur, end: e.ts + e.dur, children: 0 });
  }
  close(Infinity);
  return top(self, n);
}

/** Self time per JavaScript function of a V8 CPU profile, idle left out. */
function profileSelfTimes(profile, n = 14) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') return;
    const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'}${where}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return top(self, n);
}
