// Adds up every kind of test from the reporters' JSON files into the one plain line CI reads:
// "N passed, N failed". A kind whose report is missing (its runner never ran or crashed)
// counts as one failure, so a broken run never reads as "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const kinds = [
  {
    name: 'unit + component (vitest)',
    file: 'reports/vitest.json',
    read: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests }),
  },
  {
    name: 'end-to-end (playwright)',
    file: 'reports/playwright.json',
    read: (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped }),
  },
];

let passed = 0;
let failed = 0;
for (const kind of kinds) {
  let counts = { passed: 0, failed: 1, skipped: 0 };
  let note = 'no report: the runner did not finish';
  if (existsSync(kind.file)) {
    counts = kind.read(JSON.parse(readFileSync(kind.file, 'utf8')));
    note = `${counts.skipped} skipped`;
  }
  passed += counts.passed;
  failed += counts.failed;
  console.log(`${kind.name}: ${counts.passed} passed, ${counts.failed} failed (${note})`);
}
console.log(`${passed} passed, ${failed} failed`);
