import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packJsonSchema, SCHEMA_FILE } from '../../scripts/pack-schema.ts';
import { checkPackText } from '../../src/domain/content-file.ts';
import { formatDiagnostic } from '../../src/domain/diagnostics.ts';
import { LINT_CODES } from '../../src/domain/lint-codes.ts';
import { checkPack, PACK_FORMAT, PACK_VERSION } from '../../src/domain/pack.ts';
import { CALIBRATION_DIR, RUBRIC_DIR, yamlFiles } from '../../tools/content-loader.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const EXAMPLE = 'docs/example-pack.yaml';
const exampleText = read(EXAMPLE);

type Json = Record<string, unknown>;
const example = () => parse(exampleText) as Json;
const committedSchema = JSON.parse(read(SCHEMA_FILE)) as Json;
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(committedSchema);
const schemaErrors = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

describe('the example pack', () => {
  it('passes every check the import runs, with no errors and no warnings', () => {
    const checked = checkPackText(exampleText, EXAMPLE);
    expect(checked.ok ? checked.warnings.map(formatDiagnostic) : checked.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(checked.ok).toBe(true);
  });

  it('points editors at the JSON Schema beside it', () => {
    expect(exampleText.split('\n')[0]).toBe('# yaml-language-server: $schema=./pack.schema.json');
  });

  it('is copied into docs/authoring.md byte for byte', () => {
    const blocks = [...read('docs/authoring.md').matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    const copies = blocks.filter((b) => b!.startsWith('# yaml-language-server'));
    expect(copies).toHaveLength(1);
    expect(copies[0]).toBe(exampleText);
  });
});

describe('docs/authoring.md', () => {
  it('lists every lint rule with its code, severity and meaning as lint-codes.ts has them', () => {
    const rows = [...read('docs/authoring.md').matchAll(/^\| (SC\d{3}) \| `([a-z-]+)` \| (error|warning) \| (.+?) \|/gm)];
    expect(rows.map(([, id, name, severity, about]) => ({ id, name, severity, about }))).toEqual(
      Object.entries(LINT_CODES).map(([name, c]) => ({ id: c.id, name, severity: c.severity, about: c.about })),
    );
  });
});

describe('docs/pack.schema.json', () => {
  it('is what `npm run schema` generates from PackSchema now', () => {
    expect(committedSchema).toEqual(packJsonSchema());
    expect(read(SCHEMA_FILE)).toBe(`${JSON.stringify(committedSchema, null, 2)}\n`);
  });

  it('names its draft, its id and the pack format', () => {
    expect(committedSchema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: expect.any(String), title: expect.any(String) });
    expect(committedSchema.properties).toMatchObject({ format: { const: PACK_FORMAT }, version: { const: PACK_VERSION } });
  });

  it('accepts the example pack', () => {
    expect(schemaErrors(example())).toEqual([]);
  });

  type Pack = { rubrics: Json[]; scenarios: { nodes: Json[] }[]; calibration: Json[] } & Json;
  const broken: [string, (p: Pack) => void][] = [
    ['level 6 in an option\'s evidence', (p) => { ((p.scenarios[0]!.nodes[0]!.options as Json[])[0]!.evidence as Json[])[0]!.level = 6; }],
    ['no title', (p) => { delete p.title; }],
    ['a text left blank', (p) => { (p.title as Json).en = '   '; }],
    ['a text in one language only', (p) => { delete (p.title as Json).vi; }],
    ['a field the format does not have', (p) => { p.tags = ['feedback']; }],
    ['an id with capitals', (p) => { p.id = 'Example-Feedback'; }],
    ['the wrong format', (p) => { p.format = 'interview-roleplay/scenario'; }],
    ['no rubric', (p) => { p.rubrics = []; }],
    ['rubric levels out of order', (p) => { const l = p.rubrics[0]!.levels as Json[]; [l[0], l[1]] = [l[1]!, l[0]!]; }],
    ['a guard with neither atLeast nor atMost', (p) => { delete ((p.scenarios[0]!.nodes[2]!.branches as Json[])[0]!.if as Json).atLeast; }],
    ['a node of an unknown type', (p) => { p.scenarios[0]!.nodes[0]!.type = 'question'; }],
    ['a calibration set of nine samples', (p) => { (p.calibration[0]!.samples as Json[]).pop(); }],
  ];

  it.each(broken)('refuses %s, as the import does', (_, breakIt) => {
    const pack = example() as Pack;
    breakIt(pack);
    expect(schemaErrors(pack)).not.toEqual([]);
    expect(checkPack(pack).ok).toBe(false);
  });

  // What only the app's own checks see (docs/authoring.md lists them): the schema lets these through.
  const beyondSchema: [string, (p: Pack) => void][] = [
    ['a last branch with an `if`', (p) => { (p.scenarios[0]!.nodes[2]!.branches as Json[]).reverse(); }],
    ['an indicator id the rubric does not have', (p) => { ((p.scenarios[0]!.nodes[0]!.options as Json[])[0]!.evidence as Json[])[0]!.indicators = ['fb.9.9']; }],
    ['a `next` naming no node', (p) => { (p.scenarios[0]!.nodes[0]!.options as Json[])[0]!.next = 'nowhere'; }],
    ['every option at the same level', (p) => { for (const o of p.scenarios[0]!.nodes[0]!.options as Json[]) (o.evidence as Json[])[0]!.level = 3; }],
  ];

  it.each(beyondSchema)('leaves %s to the import\'s checks', (_, breakIt) => {
    const pack = example() as Pack;
    breakIt(pack);
    expect(schemaErrors(pack)).toEqual([]);
    expect(checkPack(pack).ok).toBe(false);
  });
});

describe('shipped content wrapped as a pack fits the JSON Schema (it is not stricter than the app)', () => {
  const contentDir = join(root, 'scenarios');
  const files = yamlFiles(contentDir).map((path) => ({ file: relative(root, path), data: parse(readFileSync(path, 'utf8')) as Json }));
  const rubrics = new Map(files.filter((f) => f.file.includes(`/${RUBRIC_DIR}/`)).map((f) => [f.data.id as string, f.data]));
  const calibration = files.filter((f) => f.file.includes(`/${CALIBRATION_DIR}/`));
  const scenarios = files.filter((f) => !rubrics.has(f.data.id as string) && !calibration.includes(f));
  const wrap = (extra: Json, rubricIds: string[]) => ({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: 'shipped',
    title: { vi: 'Nội dung có sẵn', en: 'Shipped content' },
    rubrics: [...new Set(rubricIds)].map((id) => rubrics.get(id)),
    ...extra,
  });

  it('finds the shipped files', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    expect(calibration.length).toBeGreaterThan(0);
  });

  it.each(scenarios)('$file', ({ data }) => {
    const question = data.question as { rubric: string };
    expect(schemaErrors(wrap({ scenarios: [data] }, [...(data.competencies as string[]), question.rubric]))).toEqual([]);
  });

  it.each(calibration)('$file', ({ data }) => {
    const question = data.question as { rubric: string };
    expect(schemaErrors(wrap({ calibration: [data] }, [data.competency as string, question.rubric]))).toEqual([]);
  });
});
