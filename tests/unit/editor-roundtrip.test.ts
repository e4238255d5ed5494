import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/domain/compile.ts';
import { contentHash } from '../../src/domain/hash.ts';
import { checkPack, type Pack } from '../../src/domain/pack.ts';
import { reachableOutcomes } from '../../src/domain/reach.ts';
import { checkDraft } from '../../src/editor/check.ts';
import { copyId, draftFromCalibration, draftFromPack, draftFromRubric, draftFromScenario } from '../../src/editor/document.ts';
import { exportYaml, importYaml } from '../../src/editor/yaml.ts';
import { loadContent, rubricMap } from '../../tools/content-loader.ts';

/**
 * Issue 17's round trip, over every shipped file: opened in the editor as a trainer opens
 * it (a copy in a draft), exported, imported back, it checks without an error and is the
 * same content, compiles to the same machine and reaches the same scores.
 */
const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'scenarios'), root);
const rubrics = rubricMap(content);
const at = { id: 'd-1', now: 1_700_000_000_000 };

function roundTrip(pack: Pack): Pack {
  const text = exportYaml(pack);
  const imported = importYaml(text, 'draft.yaml');
  if (!imported.ok) throw new Error(imported.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return imported.pack;
}

/** The machine's states as data: what compile makes of a scenario, without the functions. */
const machineShape = (pack: Pack, i: number) => JSON.stringify(compile(pack.scenarios[i]!).definition, (_k, v) => (typeof v === 'function' ? 'fn' : v));

it('finds the shipped content', () => {
  expect(content.diagnostics).toEqual([]);
  expect(content.scenarios.length).toBeGreaterThanOrEqual(19);
  expect(content.calibration.length).toBeGreaterThanOrEqual(19);
});

describe('every shipped scenario', () => {
  it.each(content.scenarios.map((f) => [f.file, f.value] as const))('%s: export → import keeps it, checks, same machine and scores', (_file, scenario) => {
    const draft = draftFromScenario({ scenario, rubrics: scenario.competencies.map((c) => rubrics.get(c)!) }, at);
    const back = roundTrip(draft.pack);
    expect(back).toEqual(draft.pack);
    const check = checkDraft(back);
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.scenarios[0]).toEqual({ ...scenario, id: copyId(scenario.id) });
    expect(machineShape(back, 0)).toBe(machineShape(draft.pack, 0));
    expect(reachableOutcomes(back.scenarios[0]!)).toEqual(reachableOutcomes(scenario));
    expect(contentHash({ ...back.scenarios[0]!, id: scenario.id })).toBe(contentHash(scenario));
  });
});

describe('every shipped calibration set', () => {
  it.each(content.calibration.map((f) => [f.file, f.value] as const))('%s: export → import keeps it and checks', (_file, set) => {
    const draft = draftFromCalibration({ set, rubric: rubrics.get(set.competency)! }, { ...at, rubrics: [rubrics.get(set.question.rubric)!] });
    const back = roundTrip(draft.pack);
    expect(back).toEqual(draft.pack);
    expect(checkDraft(back).errors).toBe(0);
    expect(back.calibration[0]).toEqual({ ...set, id: copyId(set.id) });
  });
});

describe('every shipped rubric', () => {
  it.each([...content.rubrics.values()].map((f) => [f.file, f.value] as const))('%s: export → import keeps it', (_file, rubric) => {
    const draft = draftFromRubric(rubric, at);
    const back = roundTrip(draft.pack);
    expect(back).toEqual(draft.pack);
    expect(back.rubrics[0]).toEqual(rubric);
  });
});

describe('the example pack (docs/example-pack.yaml)', () => {
  const text = readFileSync(join(root, 'docs/example-pack.yaml'), 'utf8');
  const imported = importYaml(text, 'example-pack.yaml');

  it('imports, exports and imports again to the same pack, which checks', () => {
    if (!imported.ok) throw new Error('did not import');
    const draft = draftFromPack(imported.pack, at);
    const back = roundTrip(draft.pack);
    expect(back).toEqual(imported.pack);
    const checked = checkPack(back);
    expect(checked.ok).toBe(true);
  });

  it('writes what a person would: the format\'s key order, no defaults, no anchors, Vietnamese unescaped, long texts as blocks', () => {
    if (!imported.ok) throw new Error('did not import');
    const yaml = exportYaml(imported.pack);
    const topKeys = yaml.split('\n').filter((l) => /^[a-z]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(topKeys).toEqual(['format', 'version', 'id', 'title', 'author', 'rubrics', 'scenarios', 'calibration']);
    expect(yaml).not.toMatch(/deficit: false|lacks: \[\]|[&*]a\d|\\u/);
    expect(yaml).toContain('Gói mẫu');
    expect(yaml).toMatch(/: >-?\n/);
    const firstRubric = yaml.slice(yaml.indexOf('rubrics:'));
    const order = ['- id:', 'name:', 'definition:', 'source:', 'derived:', 'levels:', 'questions:'].map((k) => firstRubric.indexOf(k.startsWith('-') ? `  ${k}` : `    ${k}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('importYaml refuses only what cannot be edited', () => {
  it.each([
    ['not YAML', 'a: [b', 'yaml-syntax'],
    ['not a mapping', '- a\n- b\n', 'not-a-pack'],
    ['rubrics not a list', 'rubrics: 3\n', 'not-a-pack'],
  ])('%s', (_name, text, code) => {
    const imported = importYaml(text, 'x.yaml');
    expect(imported.ok ? [] : imported.diagnostics.map((d) => d.code)).toEqual([code]);
  });

  it('keeps a pack with errors as it is, for the checker to point at', () => {
    const imported = importYaml('format: interview-roleplay/pack\nversion: 1\nid: x\ntitle: { vi: "", en: "" }\nrubrics: []\n', 'x.yaml');
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(checkDraft(imported.pack).errors).toBeGreaterThan(0);
  });
});
