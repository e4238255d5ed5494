// The Lighthouse gate: builds the app, serves the production build with `vite preview` on
// 127.0.0.1, and audits three screens (the catalog, a roleplay and a finished run's report)
// for performance, accessibility and best practices. Every score must be at least THRESHOLD.
//
//   npm run lighthouse                  build, then audit
//   node scripts/lighthouse.mjs --no-build   audit the dist/ already built
//
// Settings, chosen to be fair and repeatable:
// - Lighthouse's desktop preset: the app is meant for a laptop, where a candidate rehearses.
//   Its throttling is `simulate` (40 ms RTT, 10 Mbit/s, no CPU slowdown): the load is recorded
//   unthrottled and the metrics are computed from that trace, which keeps the scores steady on
//   a busy 2-core machine, unlike applied (devtools) throttling.
// - Each page is audited once; a page with any category below THRESHOLD is audited again, up to
//   3 runs in all, and each category keeps its best score. Noise on a shared machine only ever
//   makes a run slower, so the best of three is the closest to the page's real cost, and a real
//   regression fails all three.
// - The system Chromium (scripts/chromium-path.mjs), headless, with the flags that keep it off
//   Google's services; no browser is downloaded and nothing but 127.0.0.1 is reached.
// - The report needs a finished run in the browser's IndexedDB: one Chromium profile directory
//   is used throughout. Playwright first plays a scenario to its report in that profile, then
//   Lighthouse audits in the same profile. Lighthouse's storage reset is left on on purpose:
//   since Lighthouse 12 it clears only the service worker, Cache Storage and the HTTP cache
//   (`clearStorageTypes`), never IndexedDB, so every audit is a cold first visit (not served
//   by the service worker the earlier loads installed) while the finished run stays. At the
//   end the report is opened again in that profile to prove the audited page had its data.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { cleanups, runMain, startPreview } from './preview-server.mjs';

/** The lowest score (0–1) any page may have in any category. */
const THRESHOLD = 0.95;
const MAX_RUNS = 3;
const FIRST_PORT = 4180;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** A scenario from scenarios/networking/*.yaml (its `id`), played to the end for the report. */
const SCENARIO = 'clashing-appointments';
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const root = fileURLToPath(new URL('..', import.meta.url));
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const reportDir = join(root, 'reports', 'lighthouse');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Opens the profile with Playwright, runs `fn(page)`, and always closes the browser. */
async function withPlaywright(profile, executablePath, fn) {
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: FLAGS });
  const close = () => context.close();
  cleanups.push(close);
  try {
    return await fn(context.pages()[0] ?? (await context.newPage()));
  } finally {
    cleanups.splice(cleanups.indexOf(close), 1);
    await close();
  }
}

/** Plays SCENARIO to its report, answering every decision with key "1"; returns the result id. */
async function playToReport(page, base) {
  await page.goto(`${base}/#/play/${SCENARIO}`);
  const report = page.locator('article.report');
  const answers = page.locator('.transcript .answer');
  for (let decisions = 0; decisions < 30; decisions++) {
    await report.or(page.locator('.options')).first().waitFor({ state: 'visible', timeout: 15_000 });
    if (await report.count()) break;
    const before = await answers.count();
    await page.keyboard.press('1');
    for (const deadline = Date.now() + 10_000; ; ) {
      if ((await answers.count()) > before || (await report.count()) > 0) break;
      if (Date.now() > deadline) throw new Error(`the answer to decision ${decisions + 1} did not show`);
      await page.waitForTimeout(50);
    }
  }
  await page.waitForURL(/#\/report\/[^/]+$/, { timeout: 15_000 });
  await report.waitFor({ state: 'visible' });
  return decodeURIComponent(new URL(page.url()).hash.replace(/^#\/report\//, ''));
}

/** The audits that cost a category points, for a developer to fix. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
    .filter(({ audit }) => !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
    .filter(({ ref, audit }) => ref.weight > 0 || audit.score < 0.9)
    .sort((a, b) => b.ref.weight * (1 - b.audit.score) - a.ref.weight * (1 - a.audit.score))
    .map(({ ref, audit }) => {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      return `${audit.title}${value}: score ${audit.score.toFixed(2)}, weight ${ref.weight} [${audit.id}]`;
    });
}

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error("No Chromium found: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
    return 1;
  }

  if (!process.argv.includes('--no-build')) {
    console.log('Building (vite build)');
    const build = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('The build failed.');
      return 1;
    }
  }

  const base = await startPreview({ firstPort: FIRST_PORT });
  console.log(`Serving dist/ at ${base} (${elapsed()})`);

  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));

  const resultId = await withPlaywright(profile, executablePath, (page) => playToReport(page, base));
  console.log(`Played ${SCENARIO} to its report: #/report/${resultId} (${elapsed()})`);

  const pages = [
    { name: 'catalog', path: '/#/' },
    { name: 'roleplay', path: `/#/play/${SCENARIO}` },
    { name: 'report', path: `/#/report/${encodeURIComponent(resultId)}` },
  ];

  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: FLAGS, userDataDir: profile, logLevel: 'silent' });
  const killChrome = () => chrome.kill();
  cleanups.push(killChrome);
  const flags = { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES };

  mkdirSync(reportDir, { recursive: true });
  const results = [];
  try {
    for (const { name, path } of pages) {
      const best = {};
      for (let run = 1; run <= MAX_RUNS; run++) {
        const result = await lighthouse(`${base}${path}`, flags, desktopConfig);
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr, report } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        writeFileSync(join(reportDir, `${name}-${run}.json`), report[0]);
        writeFileSync(join(reportDir, `${name}-${run}.html`), report[1]);
        for (const category of CATEGORIES) {
          const score = lhr.categories[category].score ?? 0;
          if (!best[category] || score > best[category].score) best[category] = { score, lhr, run };
        }
        const low = CATEGORIES.filter((c) => best[c].score < THRESHOLD);
        const scores = CATEGORIES.map((c) => `${c} ${lhr.categories[c].score?.toFixed(2)}`).join(', ');
        console.log(`  ${name} run ${run}: ${scores} (${elapsed()})`);
        if (low.length === 0) break;
      }
      results.push({ name, path, best });
    }
  } finally {
    cleanups.splice(cleanups.indexOf(killChrome), 1);
    await killChrome();
  }

  // Lighthouse's storage reset between audits must have left the finished run in place, or the
  // report audited above was the "no such run" message rather than the report.
  const stillThere = await withPlaywright(profile, executablePath, async (page) => {
    await page.goto(`${base}/#/report/${encodeURIComponent(resultId)}`);
    return page
      .locator('article.report')
      .waitFor({ state: 'visible', timeout: 15_000 })
      .then(() => true, () => false);
  });

  console.log(`\nLighthouse ${desktopConfig.settings.formFactor} preset, best of up to ${MAX_RUNS} runs, threshold ${THRESHOLD.toFixed(2)}:`);
  let failed = !stillThere;
  for (const { name, path, best } of results) {
    for (const category of CATEGORIES) {
      const { score } = best[category];
      const ok = score >= THRESHOLD;
      failed ||= !ok;
      console.log(`${name.padEnd(9)} ${category.padEnd(15)} ${score.toFixed(2)}${ok ? '' : `  FAIL (below ${THRESHOLD.toFixed(2)}) ${path}`}`);
    }
  }
  for (const { name, best } of results) {
    for (const category of CATEGORIES) {
      const { score, lhr, run } = best[category];
      if (score === 1) continue;
      const verdict = score >= THRESHOLD ? 'passes, but loses points on' : 'what costs points';
      console.log(`\n${name} ${category} ${score.toFixed(2)}: ${verdict} (reports/lighthouse/${name}-${run}.html)`);
      for (const line of failingAudits(lhr, category)) console.log(`  - ${line}`);
    }
  }
  if (!stillThere) console.error(`\nThe report #/report/${resultId} was gone after the audits: the report page was not audited with its data.`);
  console.log(`\nLighthouse: ${failed ? 'failed' : 'passed'} in ${elapsed()}`);
  return failed ? 1 : 0;
}

await runMain(main);
