// The JavaScript budgets, gzipped, in two figures:
// - first paint: every script the built index.html loads before any user action (its module entry, modulepreloads
//   and their static imports) and one language's core strings, which src/main.ts awaits before it mounts the shell;
// - start screen: that, and what the start screen needs before it shows its content: storage (src/ui/stores.ts,
//   fetched beside the strings) and the shipped catalog.
// Every other chunk (each route, each scenario's content) is reported but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 15 asked for 35 KB at most and set 31 as the goal; the first paint is 30.9 KB since storage loads beside it.
const FIRST_PAINT_KB = 31;
// Ratcheted near where it stands (49.1 KB; 50.4 before the calibration sets' catalog became a chunk of its own), so it cannot grow unseen.
const START_SCREEN_KB = 50;

const dist = new URL('../dist/', import.meta.url).pathname;
const assets = readdirSync(join(dist, 'assets'));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(2);

/** The files of a named chunk (Rolldown may emit it as a re-exporting facade and the chunk itself), or stop. */
function chunk(name) {
  const files = assets.filter((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f)).map((f) => join('assets', f));
  if (files.length === 0) {
    console.error(`No chunk named ${name} in dist/assets: was it renamed? Say here what the start screen loads instead.`);
    process.exit(1);
  }
  return files;
}

/** A file and every file it imports statically (`import"./x.js"` / `from"./x.js"`; a dynamic `import("./x.js")` stays lazy). */
function withStaticImports(files, into = new Set()) {
  for (const file of files) {
    if (into.has(file)) continue;
    into.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    withStaticImports([...code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => join('assets', m[1])), into);
  }
  return into;
}

// The build's base is './' (an LMS package serves it from any folder): `./assets/x.js` and `assets/x.js` are one file.
const entries = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1]);
if (entries.length === 0) {
  console.error('No module script found in dist/index.html: did the build run?');
  process.exit(1);
}
// Of the two languages' core strings, the heavier counts.
const weight = (files) => files.reduce((sum, f) => sum + gz(f), 0);
const core = [chunk('core-en'), chunk('core-vi')].sort((a, b) => weight(b) - weight(a))[0];

const firstPaint = withStaticImports([...entries, ...core]);
const startScreen = withStaticImports([...chunk('stores'), ...chunk('_virtual_content-catalog')], new Set(firstPaint));

function report(title, files, budgetKb) {
  const total = weight([...files]);
  console.log(`${title}: ${kb(total)} KB gzipped (budget ${budgetKb} KB)`);
  for (const file of files) console.log(`  ${file.padEnd(44)} ${kb(gz(file)).padStart(8)} KB`);
  return total <= budgetKb * 1024 || (console.error(`  Over budget by ${kb(total - budgetKb * 1024)} KB.`), false);
}

const lazy = assets.filter((f) => f.endsWith('.js') && !startScreen.has(join('assets', f)));
console.log('Loaded on demand (gzipped):');
for (const f of lazy) console.log(`  assets/${f.padEnd(37)} ${kb(gz(join('assets', f))).padStart(8)} KB`);
const paintOk = report('First paint (the shell, the start screen, their strings)', firstPaint, FIRST_PAINT_KB);
const startOk = report('Start screen with its content (and storage, the catalog)', startScreen, START_SCREEN_KB);
if (!paintOk || !startOk) process.exit(1);
