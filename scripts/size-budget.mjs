// The first-load budget: every script the built index.html loads before any user action
// (its module entry, modulepreloads and their static imports, and one language's strings), gzipped. Lazy chunks, like
// each scenario's content, are reported but not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Ratcheted down from 60 as the app stands (56.2 KB); issue 15 asks for 35, which needs the UI strings split by screen.
const BUDGET_KB = 58;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

// The build's base is './' (an LMS package serves it from any folder): `./assets/x.js` and `assets/x.js` are one file.
const entries = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="(?:\.?\/)?([^"]+\.js)"/g)].map((m) => m[1]);
const first = new Set();
const visit = (file) => {
  if (first.has(file)) return;
  first.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import"./x.js"` / `from"./x.js"`; dynamic `import("./x.js")` stays lazy.
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(join('assets', m[1]));
};
if (entries.length === 0) {
  console.error('No module script found in dist/index.html: did the build run?');
  process.exit(1);
}
entries.forEach(visit);

// The UI strings of one language load before the first screen (src/main.ts awaits them):
// count the larger language chunk, and the static imports it brings, as first load too.
const languages = readdirSync(join(dist, 'assets')).filter((f) => /^(en|vi)-[\w-]+\.js$/.test(f));
if (languages.length !== 2) {
  console.error(`Expected one chunk per language (en, vi), found: ${languages.join(', ') || 'none'}`);
  process.exit(1);
}
const largest = languages.map((f) => join('assets', f)).sort((a, b) => gz(b) - gz(a))[0];
visit(largest);

const kb = (bytes) => (bytes / 1024).toFixed(2);
let total = 0;
console.log('First load (gzipped):');
for (const file of first) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(40)} ${kb(size).padStart(8)} KB`);
}
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !first.has(join('assets', f)));
if (lazy.length) {
  console.log('Loaded on demand (gzipped):');
  for (const f of lazy) console.log(`  assets/${f.padEnd(33)} ${kb(gz(join('assets', f))).padStart(8)} KB`);
}
console.log(`First-load JavaScript: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} KB.`);
  process.exit(1);
}
