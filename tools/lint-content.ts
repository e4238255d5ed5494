import { join, resolve } from 'node:path';
import { formatDiagnostic, isError, type Diagnostic } from '../src/domain/diagnostics.ts';
import { loadContent } from './content-loader.ts';

/**
 * `npm run lint:content [file…]`: every finding as `file:line: [code] message`;
 * exits 1 on any error. With files, reports only those (all content is still read,
 * since scenarios refer to rubrics).
 */
export function main(args: string[], root = process.cwd()): number {
  const content = loadContent(join(root, 'scenarios'), root);
  const only = args.map((a) => resolve(root, a));
  const asked = (d: Diagnostic) => only.length === 0 || only.includes(resolve(root, d.file));
  const findings = [...content.diagnostics, ...content.warnings].filter(asked).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const d of findings) console.log(formatDiagnostic(d));
  const errors = findings.filter(isError).length;
  const files = content.rubrics.size + content.scenarios.length + content.calibration.length;
  const scope = only.length ? ` in the ${only.length} file(s) asked for` : '';
  console.log(`${files} content file(s) accepted; ${errors} error(s) and ${findings.length - errors} warning(s)${scope}.`);
  return errors ? 1 : 0;
}
