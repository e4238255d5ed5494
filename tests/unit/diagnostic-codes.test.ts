import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withCodeTables, DOC } from '../../scripts/docs-codes.ts';
import { checkPackText } from '../../src/domain/content-file.ts';
import { DIAGNOSTIC_CODES, FORMAT_CODES, type DiagnosticCode } from '../../src/domain/diagnostic-codes.ts';
import { LINT_CODES } from '../../src/domain/lint-codes.ts';
import { MAX_DEPTH, YAML_BYTES } from '../../src/domain/yaml-source.ts';
import { LIMITS } from '../../src/storage/records.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const example = () => parse(read('docs/example-pack.yaml')) as Json;
/** The codes a pack check reports for the example pack after `edit`, given as JSON. */
const codesAfter = (edit: (pack: Json) => void) => {
  const pack = example();
  edit(pack);
  const checked = checkPackText(JSON.stringify(pack), 'pack.json');
  return checked.ok ? checked.warnings.map((d) => d.code) : checked.diagnostics.map((d) => d.code);
};
const codesOf = (text: string, file = 'pack.yaml') => {
  const checked = checkPackText(text, file);
  return checked.ok ? [] : checked.diagnostics.map((d) => d.code);
};

/** Each format code, triggered through the same check the trainer's import runs. */
const TRIGGERS: Partial<Record<DiagnosticCode, () => string[]>> = {
  'not-text': () => codesOf('\u0000\u0001\u0002PNG\r\n\u001a\n binary'),
  'not-utf8': () => codesAfter((p) => (p.title.en += ' \uFFFD')),
  'too-large': () => codesOf(' '.repeat(LIMITS.fileBytes + 1), 'pack.json'),
  'too-large-yaml': () => codesOf(`# ${'x'.repeat(YAML_BYTES)}\n`),
  'too-deep': () => codesOf('a: ' + '['.repeat(MAX_DEPTH + 2) + ']'.repeat(MAX_DEPTH + 2)),
  'yaml-syntax': () => codesOf('id: [unclosed\ntitle: "x'),
  'schema-type': () => codesAfter((p) => delete p.title),
  'schema-value': () => codesAfter((p) => (p.title.en = '')),
  'duplicate-id': () => codesAfter((p) => p.scenarios.push(structuredClone(p.scenarios[0]))),
  'unknown-competency': () => codesAfter((p) => (p.scenarios[0].competencies = ['nobody'])),
  'unknown-question': () => codesAfter((p) => (p.scenarios[0].question.id = `${p.scenarios[0].question.rubric}.q99`)),
  'unknown-node': () => codesAfter((p) => (p.scenarios[0].start = 'nowhere')),
  'unknown-speaker': () => codesAfter((p) => (p.scenarios[0].nodes.find((n: Json) => n.lines?.length).lines[0].speaker = 'nobody')),
  'unknown-indicator': () => codesAfter((p) => (p.scenarios[0].nodes.find((n: Json) => n.options).options[0].evidence[0].indicators = [`${p.rubrics[0].id}.9.9`])),
  'red-flag-level': () =>
    codesAfter((p) => {
      const option = p.scenarios[0].nodes.find((n: Json) => n.options).options.find((o: Json) => o.evidence[0].level > 1);
      option.redFlag = true;
    }),
  'levels-missing': () => codesAfter((p) => p.calibration[0].samples.forEach((s: Json) => s.level === 3 && (s.level = 2))),
  'empty-pack': () =>
    codesAfter((p) => {
      p.scenarios = [];
      p.calibration = [];
    }),
};

/** Codes the browser side raises (reading a file, stopping a check): their tests are the import's. */
const RAISED_BY_THE_IMPORT: Partial<Record<DiagnosticCode, string>> = {
  unreadable: 'tests/components/pack-import.test.ts',
  'too-large-to-check': 'tests/components/pack-import.test.ts',
  'not-a-pack': 'tests/unit/editor-roundtrip.test.ts',
};

describe('one table of diagnostic codes', () => {
  it('joins the format and lint codes, each with a unique id, a meaning and what to do', () => {
    const ids = Object.values(DIAGNOSTIC_CODES).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(DIAGNOSTIC_CODES)).toEqual([...Object.keys(FORMAT_CODES), ...Object.keys(LINT_CODES)]);
    for (const c of Object.values(DIAGNOSTIC_CODES)) expect(c.about.length * c.fix.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(FORMAT_CODES) as DiagnosticCode[])('%s has a fixture that triggers it', (code) => {
    const trigger = TRIGGERS[code];
    if (trigger) expect(trigger()).toContain(code);
    else expect(read(RAISED_BY_THE_IMPORT[code] ?? 'no test named for this code')).toContain(`'${code}'`);
  });

  it('every lint code has its case in the linter tests (src/domain/lint.test.ts, cues.test.ts)', () => {
    const tests = read('src/domain/lint.test.ts') + read('src/domain/cues.test.ts');
    expect(Object.keys(LINT_CODES).filter((code) => !tests.includes(`'${code}'`))).toEqual([]);
  });

  it('every code an invalid or warned fixture expects is in the table', () => {
    const headers = ['invalid', 'warn'].flatMap((dir) => readdirSync(join(root, 'tests/fixtures', dir)).map((f) => read(`tests/fixtures/${dir}/${f}`).split('\n')[0]!));
    const codes = headers.map((h) => /^# expect: (\S+)/.exec(h)?.[1]);
    expect(codes.filter((c) => !c || !(c in DIAGNOSTIC_CODES))).toEqual([]);
  });

  it(`${DOC} holds the tables generated from it (npm run docs:codes writes them)`, () => {
    const doc = read(DOC);
    expect(doc).toContain('<!-- generated from FORMAT_CODES');
    expect(withCodeTables(doc)).toBe(doc);
  });
});
