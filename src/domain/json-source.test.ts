import { describe, expect, it, vi } from 'vitest';
import * as yaml from 'yaml';
import { chainPack } from '../../tests/fixtures/large-pack.ts';
import { packYaml } from '../../tests/fixtures/packs.ts';
import { checkPackText } from './content-file.ts';
import { parseJson } from './json-source.ts';
import { parseSource, parseYaml, YAML_BYTES } from './yaml-source.ts';

vi.mock('yaml', async (original) => {
  const actual = await original<typeof import('yaml')>();
  return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});

const file = 'team.pack.json';

/** Every path to a value in `data`, as findings name them (`scenarios.0.nodes.2.id`). */
function paths(data: unknown, prefix = ''): string[] {
  if (data === null || typeof data !== 'object') return [prefix];
  const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k))];
}

describe('a JSON pack', () => {
  it('is read without the YAML parser, to the same data', () => {
    const text = JSON.stringify(chainPack(2, 6), null, 2);
    vi.mocked(yaml.parseDocument).mockClear();
    const parsed = parseSource(text, file);
    expect(yaml.parseDocument).not.toHaveBeenCalled();
    expect(parsed.ok && parsed.source.data).toEqual(JSON.parse(text));
    expect(checkPackText(text, file).ok).toBe(true);
    expect(yaml.parseDocument).not.toHaveBeenCalled();
  });

  it('puts every path on the line the YAML parse puts it', () => {
    const text = JSON.stringify({ ...chainPack(1, 4), extra: { 'a\\"b': [1, true, null, { k: 'two' }], '': 'empty' } }, null, 2);
    const json = parseJson(text, file);
    const yamlParse = parseYaml(text, file);
    if (!json?.ok || !yamlParse.ok) throw new Error('both parses should accept the pack');
    const all = [...paths(json.source.data), 'scenarios.0.nodes.99.id', 'nowhere.at.all'];
    expect(all.map((p) => [p, json.source.lineOf(p)])).toEqual(all.map((p) => [p, yamlParse.source.lineOf(p)]));
  });

  it('finds a key that reads as a number (where the YAML lookup stops at its parent)', () => {
    const parsed = parseJson('{\n  "levels": {\n    "1": "one",\n    "2": "two"\n  }\n}', file);
    expect(parsed?.ok && parsed.source.lineOf('levels.2')).toBe(4);
  });

  it('names the line of a finding, on one line or many', () => {
    const pack = chainPack(1, 6) as { scenarios: { nodes: { id: string }[] }[] };
    pack.scenarios[0]!.nodes[3]!.id = 'bad id';
    for (const text of [JSON.stringify(pack, null, 2), JSON.stringify(pack)]) {
      const checked = checkPackText(text, file);
      const line = text.split('\n').findIndex((l) => l.includes('"bad id"')) + 1;
      expect(checked.ok ? [] : checked.diagnostics).toContainEqual(expect.objectContaining({ path: 'scenarios.0.nodes.3.id', line }));
    }
  });

  it('refuses a key given twice at its second line, as the YAML parse does', () => {
    const text = '{\n  "format": "interview-roleplay/pack",\n  "id": "a",\n  "id": "b"\n}';
    expect(parseSource(text, file)).toEqual({ ok: false, diagnostics: [expect.objectContaining({ code: 'yaml-syntax', line: 4, message: expect.stringContaining('"id"') })] });
    expect(parseYaml(text, file).ok).toBe(false);
  });

  it('leaves text that is not JSON to the YAML parse', () => {
    expect(parseJson('format: x', file)).toBeUndefined();
    expect(parseJson('{ format: x }', file)).toBeUndefined();
    expect(parseSource('{ format: x }', file)).toMatchObject({ ok: true, source: { data: { format: 'x' } } });
  });

  it('may be larger than a YAML pack; a YAML pack past its size is refused unparsed, with the limit', () => {
    const big = chainPack(20, 40);
    const json = JSON.stringify(big, null, 2);
    const text = packYaml(big);
    expect(json.length).toBeGreaterThan(YAML_BYTES);
    expect(text.length).toBeGreaterThan(YAML_BYTES);
    vi.mocked(yaml.parseDocument).mockClear();
    expect(parseSource(json, file).ok).toBe(true);
    expect(parseSource(text, 'team.pack.yaml')).toEqual({ ok: false, diagnostics: [expect.objectContaining({ code: 'too-large-yaml', params: { size: text.length, limit: YAML_BYTES } })] });
    expect(yaml.parseDocument).not.toHaveBeenCalled();
  });
});
