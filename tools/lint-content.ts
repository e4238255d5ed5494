import { join, resolve } from 'node:path';
import { lengthFigures, type LengthFigures } from '../src/domain/cues.ts';
import { formatDiagnostic, isError, type Diagnostic } from '../src/domain/diagnostics.ts';
import { lintLibrary } from '../src/domain/lint.ts';
import type { Scenario } from '../src/domain/scenario.ts';
import { loadContent } from './content-loader.ts';

/** The test-wise strategies by length over the library, as a table (issue: length gives the level away). */
export function lengthTable(scenarios: readonly Scenario[]): string {
  const vi = lengthFigures(scenarios, 'vi');
  const en = lengthFigures(scenarios, 'en');
  const row = (label: string, pick: (f: LengthFigures) => string) => `| ${label} | ${pick(vi)} | ${pick(en)} |`;
  const level = (key: 'longest' | 'random' | 'shortest') => (f: LengthFigures) => f[key].toFixed(2);
  return [
    `Length as a cue over ${vi.decisions} decisions of ${scenarios.length} scenario(s), in characters (mean level reached):`,
    '| strategy | vi | en |',
    '| --- | --- | --- |',
    row('always the longest response', level('longest')),
    row('a response at random', level('random')),
    row('always the shortest response', level('shortest')),
    row('the longest is the strongest', (f) => `${Math.round(f.longestIsStrongest * 100)}% of decisions`),
    '',
    'Every rank by length (mean level reached; share of decisions where that response is the strongest):',
    '| always the … response | vi | en |',
    '| --- | --- | --- |',
    ...vi.ranks.map((r, i) => {
      const e = en.ranks[i]!;
      const cell = (x: typeof r) => `${x.mean.toFixed(2)} (${Math.round(x.strongest * 100)}%)`;
      return `| ${r.rank} | ${cell(r)} | ${cell(e)} |`;
    }),
  ].join('\n');
}

/**
 * `npm run lint:content [file…]`: every finding as `file:line: [code] message`;
 * exits 1 on any error. With files, reports only those (all content is still read,
 * since scenarios refer to rubrics). Without, it also checks the library as a whole
 * and prints the length table.
 */
export function main(args: string[], root = process.cwd()): number {
  const content = loadContent(join(root, 'scenarios'), root);
  const only = args.map((a) => resolve(root, a));
  const asked = (d: Diagnostic) => only.length === 0 || only.includes(resolve(root, d.file));
  const scenarios = content.scenarios.map((f) => f.value);
  const library: Diagnostic[] = only.length ? [] : lintLibrary(scenarios, 'error').map((f) => ({ ...f, file: 'scenarios/', line: 0 }));
  const findings = [...content.diagnostics, ...content.warnings].filter(asked).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  findings.push(...library);
  for (const d of findings) console.log(formatDiagnostic(d));
  if (!only.length) console.log(`\n${lengthTable(scenarios)}\n`);
  // Files asked for: each scenario's own table, to see which rank carries a cue and where.
  for (const f of content.scenarios.filter((f) => only.includes(resolve(root, f.file)))) console.log(`\n${f.file}\n${lengthTable([f.value])}\n`);
  const errors = findings.filter(isError).length;
  const files = content.rubrics.size + content.scenarios.length + content.calibration.length;
  const scope = only.length ? ` in the ${only.length} file(s) asked for` : '';
  console.log(`${files} content file(s) accepted; ${errors} error(s) and ${findings.length - errors} warning(s)${scope}.`);
  return errors ? 1 : 0;
}
