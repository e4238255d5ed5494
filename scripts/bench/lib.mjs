// What every browser bench (scripts/bench/*.bench.mjs) shares: the production build served by
// `vite preview`, the system Chromium (headless, --no-sandbox), the generated bench data,
// statistics, and the goal each figure is printed beside. The runner (run.mjs) builds, serves
// and launches once and hands each bench a `ctx` from `createContext`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium-path.mjs';
import { cleanups, startPreview } from '../preview-server.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const FIRST_PORT = 4270;

/** A temporary directory removed when the run ends. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Builds into `dir`/dist (a build of its own: another command's `vite build` cannot empty it), or returns dist/ with `noBuild`. */
export function build(dir, { noBuild = false, minify = true } = {}) {
  if (noBuild) return join(root, 'dist');
  const outDir = join(dir, 'dist');
  console.log('Building (vite build)');
  const run = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...(minify ? [] : ['--minify', 'false'])], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('The build failed.');
  return outDir;
}

/** Serves `outDir` on 127.0.0.1; resolves with its base URL. */
export const serve = (outDir) => startPreview({ firstPort: FIRST_PORT, outDir });

/** The system Chromium, headless, with the project's flags (--no-sandbox among them). */
export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.");
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  return browser;
}

/** tools/bench-data.ts through Vite's module runner, once per argument set. */
const dataCache = new Map();
export async function benchData(options) {
  const key = JSON.stringify(options);
  if (!dataCache.has(key)) {
    const { module } = await runnerImport(join(root, 'tools/bench-data.ts'));
    dataCache.set(key, module.benchData(options));
  }
  return dataCache.get(key);
}

/** A bench's context: the served app, the browser, a scratch directory, options and page helpers. */
export function createContext({ base, browser, dir, args, profile }) {
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const errors = [];
  /** A fresh context (its own IndexedDB), service workers blocked, `init` scripts installed first. */
  const newPage = async ({ init = [], serviceWorkers = 'block' } = {}) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 }, serviceWorkers });
    for (const [fn, arg] of init) await context.addInitScript(fn, arg);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page };
  };
  const writeFile = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { root, base, browser, dir, args, option, profile, errors, newPage, writeFile, benchData };
}

/** Imports a pack through the Trainer screen; returns the ms from choosing the file to the preview. */
export async function importPack(page, base, packFile) {
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

/** Writes [key, value] records straight into the app's IndexedDB store (src/storage/backend.ts: DB_NAME, STORE_NAME). */
export async function putRecords(page, records) {
  await page.evaluate(
    ({ records }) =>
      new Promise((resolve, reject) => {
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

export function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return { count: 0 };
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const round = (v) => Math.round(v * 10) / 10;
  return { count: sorted.length, min: round(sorted[0]), median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)) };
}

/**
 * One printed figure: `value` beside `goal` (an upper bound in the same unit; no goal: printed
 * for information). `ok` overrides the comparison (for a relative goal, say).
 */
export function figure(name, value, { goal, unit = 'ms', note = '', ok } = {}) {
  const met = goal === undefined ? undefined : (ok ?? (typeof value === 'number' && value <= goal));
  return { name, value, unit, goal, ok: met, note };
}

export function writeReport(name, report) {
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'reports', name), `${JSON.stringify(report, null, 2)}\n`);
}
