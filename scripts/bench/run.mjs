// Browser benchmarks (`npm run bench`, after the Vitest benches): builds the app once (into a
// temporary directory), serves it, launches the system Chromium, then runs every
// scripts/bench/*.bench.mjs in name order and prints each figure beside its goal:
// "figure / goal / ok|MISSED". Exits 1 when a goal is missed, a bench fails or the page throws.
//
//   node scripts/bench/run.mjs                     every bench
//   node scripts/bench/run.mjs choice-paint save   only those (file names without .bench.mjs)
//   options: --no-build (measure dist/), --profile (unminified build, CPU profile and trace into
//            reports/), --decisions N, --saves N, --runs N, --reloads N (read by the benches)
// Results: the table on stdout and reports/bench-browser.json. Figures are wall clock on this
// machine, noisy under load (the load average is printed): compare runs on the same machine.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { runMain } from '../preview-server.mjs';
import { build, createContext, launch, root, serve, tempDir, writeReport } from './lib.mjs';

const args = process.argv.slice(2);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function git(gitArgs) {
  try {
    return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const show = (v) => (typeof v === 'number' ? v.toFixed(1) : String(v ?? '—'));

function print(f) {
  const goal = f.goal === undefined ? '' : `${show(f.goal)}`;
  const verdict = f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED';
  console.log(`${f.name.padEnd(66)} ${show(f.value).padStart(9)} / ${goal.padStart(7)} ${f.unit.padEnd(3)} ${verdict.padEnd(6)} ${f.note}`);
}

async function main() {
  const valueOptions = new Set(['--decisions', '--saves', '--runs', '--reloads']);
  const only = args.filter((a, i) => !a.startsWith('--') && !valueOptions.has(args[i - 1]));
  const files = readdirSync(new URL('.', import.meta.url))
    .filter((f) => f.endsWith('.bench.mjs'))
    .filter((f) => !only.length || only.includes(f.replace(/\.bench\.mjs$/, '')))
    .sort();
  if (!files.length) throw new Error(`no bench matches ${only.join(', ')}`);

  const load = { start: loadavg() };
  const profile = args.includes('--profile');
  const dir = tempDir();
  const outDir = build(dir, { noBuild: args.includes('--no-build'), minify: !profile });
  const base = await serve(outDir);
  console.log(`Serving ${outDir} at ${base} (${elapsed()})`);
  const browser = await launch();
  const ctx = createContext({ base, browser, dir, args, profile });

  const results = {};
  const failed = [];
  for (const file of files) {
    const name = file.replace(/\.bench\.mjs$/, '');
    try {
      const bench = await import(new URL(file, import.meta.url).href);
      const { figures, report } = await bench.default(ctx);
      results[name] = { title: bench.title, figures, report };
      console.log(`${bench.title ?? name} (${elapsed()})`);
    } catch (error) {
      failed.push(name);
      results[name] = { error: String(error.stack ?? error) };
      console.error(`${name}: FAILED\n${error.stack ?? error}`);
    }
  }
  load.end = loadavg();

  console.log(`\nBrowser benchmarks: Chromium ${browser.version()}, ${cpus().length} CPUs, load ${load.start.map((l) => l.toFixed(2)).join(' ')} → ${load.end.map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${'figure'.padEnd(66)} ${'value'.padStart(9)} / ${'goal'.padStart(7)}`);
  const missed = [];
  for (const [name, r] of Object.entries(results)) {
    if (r.error) {
      console.log(`${name.padEnd(66)} FAILED (see above)`);
      continue;
    }
    for (const f of r.figures) {
      print(f);
      if (f.ok === false) missed.push(f.name.trim());
    }
  }
  writeReport('bench-browser.json', {
    date: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    dirty: git(['status', '--porcelain', '--untracked-files=no', '--', 'src']) !== '',
    machine: { cpus: cpus().length, loadavg: load, node: process.version, chromium: browser.version() },
    benches: results,
    pageErrors: ctx.errors,
  });
  if (ctx.errors.length) console.log(`\nErrors in the page:\n${ctx.errors.join('\n')}`);
  if (missed.length) console.log(`\nMISSED: ${missed.join('; ')}`);
  console.log(`\nreports/bench-browser.json written (${elapsed()})`);
  return failed.length || missed.length || ctx.errors.length ? 1 : 0;
}

await runMain(main);
