import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { compile } from '../../src/domain/compile.ts';
import { krippendorffAlpha } from '../../src/domain/statistics.ts';
import { lintScenario } from '../../src/domain/lint.ts';
import { loadContent } from '../../tools/content-loader.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const scenarios = content.scenarios.map((s) => s.value);

describe(`all content (${content.rubrics.size} rubrics, ${scenarios.length} scenarios)`, () => {
  bench('compile every scenario to a machine', () => {
    for (const s of scenarios) compile(s);
  });

  bench('lint every scenario', () => {
    for (const s of scenarios) lintScenario(s);
  });

  bench('read, parse, validate and lint every file (what the build does)', () => {
    loadContent(join(root, 'scenarios'), root);
  });
});

describe("Krippendorff's alpha, 50 raters × 500 items, 10% missing", () => {
  // A fixed pseudo-random panel, so every run times the same data.
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const units = Array.from({ length: 500 }, () => {
    const truth = 1 + Math.floor(next() * 5);
    return Array.from({ length: 50 }, () => (next() < 0.1 ? null : Math.min(5, Math.max(1, truth + Math.round((next() - 0.5) * 2)))));
  });

  bench('ordinal', () => {
    krippendorffAlpha(units, 'ordinal');
  });
});
