import { LINT_CODES, type Severity } from './lint-codes.ts';

/**
 * Every code a content check can report, in one table: reading the file, its format and
 * references (FORMAT_CODES, here), and the linter (LINT_CODES). `Diagnostic.code` is typed
 * by it, so a new code cannot be a bare string; each has a fixture that triggers it
 * (tests/unit/diagnostic-codes.test.ts), and the tables in docs/authoring.md are
 * generated from it (`npm run docs:codes`).
 */
export interface CodeInfo {
  /** A stable id, for searching and for the docs. */
  readonly id: string;
  readonly severity: Severity;
  /** What it means, in one line. */
  readonly about: string;
  /** What the author does about it. */
  readonly fix: string;
}

/** Reading the file, its format and its references: always errors (an item that fails is not linted). */
export const FORMAT_CODES = {
  unreadable: { id: 'FM000', severity: 'error', about: 'the browser could not read the file (moved, deleted, or not a text file)', fix: 'choose it again' },
  'not-text': { id: 'FM001', severity: 'error', about: 'the file is not text (an image, a zip, a document)', fix: 'choose the .yaml or .json file' },
  'not-utf8': { id: 'FM002', severity: 'error', about: 'a character is not UTF-8 (it shows as �)', fix: 'save the file as UTF-8 and import it again' },
  'too-large': { id: 'FM003', severity: 'error', about: 'the file is past the size a pack may have', fix: 'split it into smaller packs' },
  'too-large-yaml': { id: 'FM004', severity: 'error', about: 'a YAML file is past the size YAML is read at (JSON may be twice as large)', fix: 'split it, or save it as JSON' },
  'not-a-pack': { id: 'FM018', severity: 'error', about: 'the file is YAML or JSON but not a pack (no format, id, title, rubrics…)', fix: 'start from docs/example-pack.yaml' },
  'too-large-to-check': { id: 'FM019', severity: 'error', about: 'the pack has more paths than can be checked in the time a check is given', fix: 'split it into smaller packs' },
  'too-deep': { id: 'FM005', severity: 'error', about: 'lists and maps nested more deeply than the format ever needs', fix: 'check the indentation at the line named' },
  'yaml-syntax': { id: 'FM006', severity: 'error', about: 'the file is not valid YAML or JSON (a bad indent, an unclosed quote)', fix: 'fix the line named; an editor that knows YAML shows where' },
  'schema-type': { id: 'FM007', severity: 'error', about: 'a field is missing, misspelt, or has the wrong type', fix: 'add the field, or give it the type the format says' },
  'schema-value': { id: 'FM008', severity: 'error', about: 'a value out of range: an empty text, a level outside 1–5, an id with a character ids cannot have', fix: 'give it a value the format allows' },
  'duplicate-id': { id: 'FM009', severity: 'error', about: 'an id used twice where it must be unique, or already taken by shipped content or another pack', fix: 'choose another id' },
  'unknown-competency': { id: 'FM010', severity: 'error', about: 'a scenario, evidence, guard or calibration set names a rubric the pack lacks', fix: 'add the rubric to the pack, or correct the id' },
  'unknown-question': { id: 'FM011', severity: 'error', about: '`question` names a question its rubric does not have', fix: "use one of the rubric's question ids" },
  'unknown-node': { id: 'FM012', severity: 'error', about: '`start` or a `next` names no node of the scenario', fix: 'correct the id, or add the node' },
  'unknown-speaker': { id: 'FM013', severity: 'error', about: "a line's `speaker` is not one of the scenario's characters", fix: 'add the character, or correct the id' },
  'unknown-indicator': { id: 'FM014', severity: 'error', about: 'evidence, `shows` or `lacks` names an indicator the rubric does not have', fix: "use one of the rubric's indicator ids" },
  'red-flag-level': { id: 'FM015', severity: 'error', about: '`redFlag: true` on an option whose evidence shows a level above 1', fix: 'key the option at level 1, or remove `redFlag`' },
  'levels-missing': { id: 'FM016', severity: 'error', about: 'a calibration set has no sample at some level', fix: 'add a sample at each level from 1 to 5' },
  'empty-pack': { id: 'FM017', severity: 'error', about: 'the pack has neither a scenario nor a calibration set', fix: 'add one' },
} as const satisfies Record<string, CodeInfo>;

export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, CodeInfo>> = { ...FORMAT_CODES, ...LINT_CODES };

export type DiagnosticCode = keyof typeof FORMAT_CODES | keyof typeof LINT_CODES;

/** The code tables of docs/authoring.md, as Markdown: the docs hold exactly this between their markers. */
export function codeTables(): { format: string; lint: string } {
  const row = (name: string, c: CodeInfo) => `| ${c.id} | \`${name}\` | ${c.severity} | ${c.about} | ${c.fix} |`;
  const head = '| code | name | severity | meaning | what to do |\n| --- | --- | --- | --- | --- |';
  const table = (codes: Record<string, CodeInfo>) => [head, ...Object.entries(codes).map(([name, c]) => row(name, c))].join('\n');
  return { format: table(FORMAT_CODES), lint: table(LINT_CODES) };
}
