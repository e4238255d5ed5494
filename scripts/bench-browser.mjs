// Browser benchmarks (`npm run bench`, after the Vitest benches): the production build in
// the system Chromium, timed inside the page.
//
//   node scripts/bench-browser.mjs              build (into a temporary directory), then measure
//   node scripts/bench-browser.mjs --no-build   measure the dist/ already built
//   options: --decisions N (choice → paint, default 100), --saves N (default 30),
//            --runs N (stored finished runs, default 1000), --reloads N (default 5)
//   node scripts/bench-browser.mjs --profile    to find what costs the time: builds without
//            minifying (readable function names), records a V8 CPU profile and a Chromium
//            trace of the decisions and of one start screen load with the runs and the pack,
//            writes them to reports/ and prints where the time goes (the timings of a
//            profiled run are slower and not comparable)
//
// 1. Choice → paint: the generated 200-node pack (tests/fixtures/generate-scenario.ts) is
//    imported through the Trainer screen as a trainer would, its scenario opened, and N
//    decisions answered by number key. Per decision, inside the page: from the keydown
//    (a capture listener on window, the first script to see it) until the frame that shows
//    the new answer has been painted (a MutationObserver sees `.transcript .answer` grow;
//    then requestAnimationFrame, and a MessageChannel message posted from it, which runs
//    once that frame's rendering work is done). Cross-checks: a second requestAnimationFrame
//    (the start of the frame after), and the browser's own Event Timing entry for the
//    keydown (input → next paint, in steps of 8 ms, reported only from 16 ms up).
// 2. Save: a new run's first N decisions with R finished runs in the app's IndexedDB store
//    (written there directly, as records), from the keydown until `.save-state` reads
//    "Progress saved in this browser.": the run session's whole save path on real
//    IndexedDB, split at the app's put() and at the transaction's commit. (Part 1 records
//    the same with no runs stored.) Also how long the start screen takes, from navigation
//    start, to render its history list with none and with R runs, and with the generated
//    pack stored too (the catalog checks stored packs in full on each load).
//
// Each decision waits for the previous one to be painted and saved, as a person reading
// the next line would. Options are shuffled per run, so the key pressed is the one showing
// the main path's option (found by its text), not always 1. Service workers are blocked,
// so precaching in the background does not compete with the measurements.
// Results: a table on stdout and reports/bench-browser.json. Figures are wall-clock on
// this machine, noisy under load: compare runs on the same machine, not against budgets.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { cleanups, runMain, startPreview } from './preview-server.mjs';

const FIRST_PORT = 4270;
const SAVED = 'Progress saved in this browser.';

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DECISIONS = option('decisions', 100);
const SAVES = option('saves', 30);
const RUNS = option('runs', 1000);
const RELOADS = option('reloads', 5);
const PROFILE = args.includes('--profile');

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * Installed in every page before the app's scripts: the probes. `arm(key)` starts a
 * measurement that the next keydown of `key` opens; `result()` resolves once the new
 * answer is painted and the step saved. The history probe notes when the start screen's
 * history first shows.
 */
function probes(SAVED) {
  const answers = () => document.querySelectorAll('.transcript .answer').length;
  const saveState = () => document.querySelector('.save-state')?.textContent?.trim();
  const events = [];
  let current;
  const history = {};

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') events.push({ startTime: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    // no Event Timing: the in-page figures stand alone
  }

  // The step's write: when the app puts the record, and when IndexedDB commits it.
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const m = current;
    if (m && m.keydown !== undefined && m.put === undefined) {
      m.put = performance.now();
      this.transaction.addEventListener('complete', () => (m.committed = performance.now()));
    }
    return put.apply(this, args);
  };

  addEventListener(
    'keydown',
    (event) => {
      if (current && current.keydown === undefined && event.key === current.key) {
        current.keydown = performance.now();
        current.timeStamp = event.timeStamp;
      }
    },
    true,
  );

  const finish = (m) => {
    if (m.painted === undefined || m.nextFrame === undefined || m.saved === undefined) return;
    clearTimeout(m.timer);
    const event = events.find((e) => Math.abs(e.startTime - m.timeStamp) < 1);
    m.resolve({
      key: m.key,
      toDom: m.dom - m.keydown,
      toPaint: m.painted - m.keydown,
      toNextFrame: m.nextFrame - m.keydown,
      toSaved: m.saved - m.keydown,
      toPut: m.put === undefined ? null : m.put - m.keydown,
      putToCommit: m.committed === undefined ? null : m.committed - m.put,
      inputDelay: m.keydown - m.timeStamp,
      eventTiming: event ? event.duration : null,
    });
  };

  new MutationObserver(() => {
    const h = document.querySelector('section[aria-labelledby="history-title"]');
    if (h && history.shown === undefined) {
      history.shown = performance.now();
      history.items = h.querySelectorAll('ul.history > li').length;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (history.painted = performance.now());
        channel.port2.postMessage(0);
      });
    }
    const m = current;
    if (!m || m.keydown === undefined) return;
    if (m.dom === undefined && answers() > m.before) {
      m.dom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          m.painted = performance.now();
          finish(m);
        };
        channel.port2.postMessage(0);
        requestAnimationFrame(() => {
          m.nextFrame = performance.now();
          finish(m);
        });
      });
    }
    if (m.dom !== undefined && m.saved === undefined && saveState() === SAVED) {
      m.saved = performance.now();
      finish(m);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });

  window.__bench = {
    arm(key) {
      let resolve;
      const promise = new Promise((r) => (resolve = r));
      current = { key, before: answers(), resolve, promise };
      current.timer = setTimeout(() => resolve({ key, error: `no painted and saved answer 15 s after key ${key} (answers ${answers()}, save state "${saveState()}")` }), 15_000);
    },
    result: () => current.promise,
    history: () => history,
  };
}

/** The key (1–9) that shows the option with this text at the current decision, or 0. */
async function keyFor(page, text) {
  return page.evaluate((text) => {
    const shown = [...document.querySelectorAll('.options .option')].map((b) => b.lastElementChild?.textContent?.trim());
    return shown.indexOf(text) + 1;
  }, text);
}

async function decide(page, text, decision) {
  await page.locator('.options').waitFor({ state: 'visible', timeout: 15_000 });
  const key = await keyFor(page, text);
  if (!key) throw new Error(`decision ${decision}: no option on screen reads "${text}"`);
  await page.evaluate((key) => window.__bench.arm(key), String(key));
  await page.keyboard.press(String(key));
  const result = await page.evaluate(() => window.__bench.result());
  if (result.error) throw new Error(`decision ${decision}: ${result.error}`);
  return result;
}

/** Imports the pack through the Trainer screen; returns the ms from choosing the file to the preview. */
async function importPack(page, base, packFile) {
  await page.goto(`${base}/#/trainer`);
  await page.locator('#pack-file').waitFor({ state: 'attached', timeout: 15_000 });
  const t0 = Date.now();
  await page.setInputFiles('#pack-file', packFile);
  const accept = page.getByRole('button', { name: 'Accept and add to the catalog' });
  await accept.waitFor({ state: 'visible', timeout: 60_000 });
  const checked = Date.now() - t0;
  await accept.click();
  await page.getByRole('status').filter({ hasText: 'was added' }).waitFor({ timeout: 15_000 });
  return checked;
}

async function putRecords(page, records) {
  await page.evaluate(
    ({ records }) =>
      new Promise((resolve, reject) => {
        // src/storage/backend.ts: DB_NAME, STORE_NAME (idb-keyval: out-of-line keys).
        const open = indexedDB.open('interview-roleplay');
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          for (const [key, value] of records) tx.objectStore('records').put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { records },
  );
}

/**
 * Loads the start screen `times` times after one load not counted (it compiles what the
 * next ones take from the code cache); per load, ms from navigation start until the
 * history shows, and until it is painted.
 */
async function startScreen(page, base, expected, times) {
  const shown = [];
  const painted = [];
  for (let i = -1; i < times; i++) {
    // From a blank page, so tearing down the last start screen is not counted; with a query
    // string of its own, so each load is a new document (a bare hash change is not).
    await page.goto('about:blank');
    await page.goto(`${base}/?load=${expected}-${i}#/`);
    await page.waitForFunction(() => window.__bench.history().painted !== undefined, null, { timeout: 60_000 });
    const h = await page.evaluate(() => window.__bench.history());
    if (h.items !== expected) throw new Error(`the start screen listed ${h.items} finished runs, not ${expected}`);
    if (i < 0) continue;
    shown.push(h.shown);
    painted.push(h.painted);
  }
  return { shown: stats(shown), painted: stats(painted) };
}

function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return { count: 0 };
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { count: sorted.length, min: round(sorted[0]), median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)) };
}

/** Event Timing reports only entries of 16 ms or more: a statistic that falls on one it left out reads "<16". */
function eventTimingStats(results) {
  const s = stats(results.map((r) => r.eventTiming ?? 0));
  const under = (v) => (v === 0 ? '<16' : v);
  return { count: s.count, median: under(s.median), p95: under(s.p95), max: under(s.max), reported: results.filter((r) => r.eventTiming !== null).length };
}

/**
 * With --profile: runs `fn` under a V8 CPU profile and a Chromium trace of `page`, writes both
 * to reports/ and returns where the main thread's time went: self time per trace event
 * (script, style, layout, paint, IndexedDB, GC…) and per JavaScript function.
 */
async function profiled(browser, page, name, fn) {
  if (!PROFILE) return { result: await fn() };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'IndexedDB'] });
  const result = await fn();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', `bench-browser-${name}.cpuprofile`), JSON.stringify(profile));
  writeFileSync(join(root, 'reports', `bench-browser-${name}.trace.json`), JSON.stringify(trace));
  return { result, events: traceSelfTimes(trace), functions: profileSelfTimes(profile) };
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

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error("No Chromium found: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
    return 1;
  }
  const load = { start: loadavg() };
  const dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

  // A build of its own, so a `vite build` another command runs meanwhile cannot empty dist/ under the server.
  let outDir = join(root, 'dist');
  if (!args.includes('--no-build')) {
    outDir = join(dir, 'dist');
    console.log('Building (vite build)');
    const build = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...(PROFILE ? ['--minify', 'false'] : [])], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('The build failed.');
      return 1;
    }
  }

  const { module } = await runnerImport(join(root, 'tools/bench-data.ts'));
  const data = module.benchData({ nodes: 200, seed: 1, results: RUNS });
  if (data.steps.length < Math.max(DECISIONS, SAVES)) throw new Error(`the main path has ${data.steps.length} decisions; ${Math.max(DECISIONS, SAVES)} are asked for`);
  const packFile = join(dir, 'bench.pack.json');
  writeFileSync(packFile, JSON.stringify(data.pack, null, 2));

  const base = await startPreview({ firstPort: FIRST_PORT, outDir });
  console.log(`Serving ${outDir} at ${base} (${elapsed()})`);

  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  const newPage = async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(probes, SAVED);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  };

  // 1. Choice → paint on the 200-node scenario.
  const a = await newPage();
  const importMs = await importPack(a.page, base, packFile);
  console.log(`Imported the ${data.nodes}-node pack: ${importMs} ms from choosing the file to its preview (${elapsed()})`);
  await a.page.goto(`${base}/#/play/${data.scenarioId}`);
  const choice = [];
  const profiles = {};
  profiles.choice = await profiled(browser, a.page, 'choice', async () => {
    for (let i = 0; i < DECISIONS; i++) choice.push(await decide(a.page, data.steps[i], i + 1));
  });
  console.log(`Choice → paint: ${DECISIONS} decisions (${elapsed()})`);
  await a.context.close();

  // 2. Save with RUNS finished runs stored; the start screen's history.
  const b = await newPage();
  await b.page.goto(`${base}/#/`);
  await b.page.locator('section[aria-labelledby="history-title"]').waitFor({ timeout: 30_000 });
  const emptyHistory = await startScreen(b.page, base, 0, RELOADS);
  await putRecords(b.page, data.records);
  const fullHistory = await startScreen(b.page, base, RUNS, RELOADS);
  console.log(`Start screen with 0 and ${RUNS} finished runs (${elapsed()})`);
  await importPack(b.page, base, packFile);
  const withPack = await startScreen(b.page, base, RUNS, RELOADS);
  if (PROFILE) profiles.start = await profiled(browser, b.page, 'start', () => startScreen(b.page, base, RUNS, 1));
  console.log(`Start screen with ${RUNS} runs and the pack stored (${elapsed()})`);
  await b.page.goto(`${base}/#/play/${data.scenarioId}`);
  const saves = [];
  for (let i = 0; i < SAVES; i++) saves.push(await decide(b.page, data.steps[i], i + 1));
  console.log(`Save: ${SAVES} decisions with ${RUNS} finished runs stored (${elapsed()})`);
  await b.context.close();

  const errors = [...a.errors, ...b.errors];
  load.end = loadavg();
  const report = {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--untracked-files=no', '--', 'src']) !== '',
    machine: { cpus: cpus().length, loadavg: load, node: process.version, chromium: browser.version() },
    scenario: { id: data.scenarioId, nodes: data.nodes, mainPath: data.steps.length },
    importMs,
    choiceToPaint: {
      decisions: DECISIONS,
      toPaint: stats(choice.map((r) => r.toPaint)),
      toDom: stats(choice.map((r) => r.toDom)),
      toNextFrame: stats(choice.map((r) => r.toNextFrame)),
      eventTiming: eventTimingStats(choice),
      inputDelay: stats(choice.map((r) => r.inputDelay)),
      saveNoRuns: stats(choice.map((r) => r.toSaved)),
      saveNoRunsCommit: stats(choice.map((r) => r.putToCommit)),
      samples: choice,
    },
    save: {
      storedRuns: RUNS,
      decisions: SAVES,
      toSaved: stats(saves.map((r) => r.toSaved)),
      toPut: stats(saves.map((r) => r.toPut)),
      putToCommit: stats(saves.map((r) => r.putToCommit)),
      toPaint: stats(saves.map((r) => r.toPaint)),
      samples: saves,
    },
    startScreen: { reloads: RELOADS, empty: emptyHistory, [`runs${RUNS}`]: fullHistory, [`runs${RUNS}WithPack`]: withPack },
    pageErrors: errors,
    ...(PROFILE ? { profiles: Object.fromEntries(Object.entries(profiles).map(([k, { events, functions }]) => [k, { events, functions }])) } : {}),
  };
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', 'bench-browser.json'), `${JSON.stringify(report, null, 2)}\n`);

  const row = (name, s, note = '') =>
    `${name.padEnd(52)} ${String(s.count).padStart(5)}${[s.median, s.p95, s.max].map((v) => (typeof v === 'number' ? v.toFixed(1) : (v ?? '')).padStart(8)).join('')}  ${note}`;
  const c = report.choiceToPaint;
  console.log(`\nBrowser benchmarks: Chromium ${report.machine.chromium}, ${report.machine.cpus} CPUs, load ${load.start.map((l) => l.toFixed(2)).join(' ')} → ${load.end.map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${'ms'.padEnd(52)} ${'n'.padStart(5)}${'median'.padStart(8)}${'p95'.padStart(8)}${'max'.padStart(8)}`);
  console.log(row(`choice → next paint (${data.nodes}-node scenario)`, c.toPaint, 'keydown → frame with the answer painted'));
  console.log(row('  … → DOM updated', c.toDom));
  console.log(row('  … → the frame after (2 × rAF)', c.toNextFrame));
  console.log(row('  Event Timing keydown duration', c.eventTiming, `${c.eventTiming.reported} of ${c.eventTiming.count} reported (≥ 16 ms)`));
  console.log(row('  save, no runs stored', c.saveNoRuns, 'keydown → "Progress saved"'));
  console.log(row('  … put → committed, no runs stored', c.saveNoRunsCommit, 'IndexedDB alone'));
  console.log(row(`save after a step, ${RUNS} runs stored`, report.save.toSaved, 'keydown → "Progress saved"'));
  console.log(row('  … keydown → put', report.save.toPut, 'the app: machine step, snapshot, queue'));
  console.log(row('  … put → committed', report.save.putToCommit, 'IndexedDB alone'));
  console.log(row(`start screen history, 0 runs`, emptyHistory.shown, 'navigation start → list rendered'));
  console.log(row(`start screen history, ${RUNS} runs`, fullHistory.shown, 'navigation start → list rendered'));
  console.log(row(`  … painted`, fullHistory.painted));
  console.log(row(`start screen history, ${RUNS} runs + the pack`, withPack.shown, 'the catalog checks the stored pack'));
  console.log(`pack import (${data.nodes} nodes, ${Math.round(JSON.stringify(data.pack).length / 1024)} KB): file chosen → preview in ${importMs} ms`);
  for (const [name, { events, functions }] of Object.entries(report.profiles ?? {})) {
    console.log(`\nProfile "${name}" (reports/bench-browser-${name}.trace.json, .cpuprofile): main thread self time, ms`);
    for (const e of events) console.log(`  ${e.ms.toFixed(1).padStart(8)}  ${e.what}`);
    console.log('  JavaScript functions:');
    for (const f of functions) console.log(`  ${f.ms.toFixed(1).padStart(8)}  ${f.what}`);
  }
  if (PROFILE) console.log('\n(--profile: an unminified build under the profiler; the timings above are not comparable with a normal run)');
  if (errors.length) console.log(`\nErrors in the page:\n${errors.join('\n')}`);
  console.log(`\nreports/bench-browser.json written (${elapsed()})`);
  return errors.length ? 1 : 0;
}

function git(gitArgs) {
  try {
    return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

await runMain(main);
