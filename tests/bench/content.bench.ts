import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { compile } from '../../src/domain/compile.ts';
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
