// Adds up every kind of test from the reporters' JSON files into the one plain line CI reads:
// "N passed, N failed". A kind whose report is missing (its runner never ran or crashed)
// counts as one failure, so a broken run never reads as "0 failed".
//
// Above that line it names each failed test with the first lines of its error: CI keeps only
// the end of a long log, and a count alone does not say which test to look at.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const FIRST_LINES = 12;

/** The message of an error and where in our code it was thrown, without colour codes or library frames. */
function gist(message = '') {
  const lines = message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).filter(Boolean);
  const text = lines.filter((line) => !line.startsWith('at ')).slice(0, FIRST_LINES);
  const ours = lines.find((line) => line.startsWith('at ') && !line.includes('node_modules'));
  return [...text, ...(ours ? [ours] : [])].map((line) => `      ${line}`).join('\n');
}

/** Vitest's report: failed tests, and files that failed before any test ran (an import error). */
function vitestFailures(report) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const name = relative(process.cwd(), file.name);
    const failed = (file.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) failures.push({ where: `${name} › ${a.fullName ?? a.title}`, message: (a.failureMessages ?? []).join('\n') });
    if (failed.length === 0 && file.status === 'failed') failures.push({ where: name, message: file.message });
  }
  return failures;
}

/** Playwright's report: each test whose last try failed or timed out, and the runner's own errors. */
function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, titles) => {
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        if (test.status !== 'unexpected' || !last) continue;
        const project = test.projectName ? ` [${test.projectName}]` : '';
        failures.push({ where: `${spec.file}:${spec.line}${project} › ${[...titles.slice(1), spec.title].join(' › ')}`, message: last.error?.message ?? last.status });
      }
    }
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  for (const error of report.errors ?? []) failures.push({ where: 'the runner', message: error.message });
  return failures;
}

const kinds = [
  {
    name: 'unit + component (vitest)',
    file: 'reports/vitest.json',
    read: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.success === false && r.numFailedTests === 0 ? 1 : 0), skipped: r.numPendingTests + r.numTodoTests }),
    failures: vitestFailures,
  },
  {
    name: 'end-to-end (playwright)',
    file: 'reports/playwright.json',
    read: (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped }),
    failures: playwrightFailures,
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const kind of kinds) {
  let counts = { passed: 0, failed: 1, skipped: 0 };
  let note = 'no report: the runner did not finish';
  if (existsSync(kind.file)) {
    const report = JSON.parse(readFileSync(kind.file, 'utf8'));
    counts = kind.read(report);
    note = `${counts.skipped} skipped`;
    const failures = kind.failures(report);
    if (failures.length > 0) {
      console.log(`Failed in ${kind.name}:`);
      for (const f of failures) console.log(`  ✗ ${f.where}\n${gist(f.message)}`);
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${kind.name}: ${counts.passed} passed, ${counts.failed} failed (${note})`);
}
for (const line of lines) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
