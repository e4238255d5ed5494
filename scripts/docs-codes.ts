// Writes the code tables of docs/authoring.md from the one table in
// src/domain/diagnostic-codes.ts; tests/unit/diagnostic-codes.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { codeTables } from '../src/domain/diagnostic-codes.ts';

export const DOC = 'docs/authoring.md';
const BLOCK = /(<!-- generated from (FORMAT|LINT)_CODES[^\n]*-->\n)[\s\S]*?(<!-- \/generated -->)/g;

/** The document with each generated block holding its table. */
export function withCodeTables(doc: string): string {
  const tables = codeTables();
  return doc.replace(BLOCK, (_, open: string, which: string, close: string) => `${open}${which === 'FORMAT' ? tables.format : tables.lint}\n${close}`);
}

export function main(): number {
  const doc = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, withCodeTables(doc));
  console.log(`${DOC}: code tables written`);
  return 0;
}
