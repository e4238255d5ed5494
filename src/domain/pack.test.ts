import { describe, expect, it } from 'vitest';
import { packJson, packYaml, shippedPack } from '../../tests/fixtures/packs.ts';
import { checkPackText } from './content-file.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { checkPack, OWN_FAMILY, packContent } from './pack.ts';

const none = { scenarios: new Map(), calibration: new Map() };

describe('checkPack', () => {
  it('accepts a pack of valid content and keeps every part', () => {
    const checked = checkPack(shippedPack());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.rubrics.map((r) => r.id)).toEqual(['s08']);
    expect(checked.value.scenarios.map((s) => s.id)).toEqual(['own-clashing-appointments']);
    expect(checked.value.calibration.map((c) => c.id)).toEqual(['own-cal-s08-q1']);
  });

  it('names the path of a problem deep inside the second part of a pack', () => {
    const pack = shippedPack() as { scenarios: { nodes: { type: string; options?: { next: string }[] }[] }[] };
    const choice = pack.scenarios[0]!.nodes.findIndex((n) => n.type === 'choice');
    pack.scenarios[0]!.nodes[choice]!.options![1]!.next = 'nowhere';
    const checked = checkPack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.findings).toContainEqual(
      expect.objectContaining({ code: 'unknown-node', path: `scenarios.0.nodes.${choice}.options.1.next` }),
    );
    expect(checked.findings[0]!.message).toMatch(/^scenarios\.0\.nodes\.\d+\.options\.1\.next: no node "nowhere"/);
  });

  it('refuses ids already used by shipped content or another pack, and ids used twice in the pack', () => {
    const taken = { scenarios: new Map([['own-clashing-appointments', { name: 'the shipped scenarios' }]]), calibration: new Map() };
    const clash = checkPack(shippedPack(), taken);
    // The same pack imported again may keep its ids.
    const own = { scenarios: new Map([['own-clashing-appointments', { name: 'the pack “team-pack”', pack: 'team-pack' }]]), calibration: new Map() };
    expect(checkPack(shippedPack(), own).ok).toBe(true);
    expect(checkPack(shippedPack('other-pack'), own)).toMatchObject({ ok: false, findings: [{ path: 'scenarios.0.id' }] });
    expect(clash.ok || clash.findings.map((f) => f.message)).toEqual([
      'scenarios.0.id: "own-clashing-appointments" is already used by the shipped scenarios: choose another id',
    ]);
    const pack = shippedPack() as { scenarios: unknown[] };
    pack.scenarios.push(pack.scenarios[0]);
    const twice = checkPack(pack, none);
    expect(twice.ok || twice.findings.map((f) => f.path)).toEqual(['scenarios.1.id']);
  });

  it('reuses a known competency id only for the same competency: results keep levels by that id', () => {
    const shippedS08 = { name: 'a shipped competency', title: (shippedPack() as { rubrics: { name: { vi: string; en: string } }[] }).rubrics[0]!.name };
    const taken = { scenarios: new Map(), calibration: new Map(), rubrics: new Map([['s08', shippedS08]]) };
    expect(checkPack(shippedPack(), taken).ok).toBe(true);
    const renamed = shippedPack() as { rubrics: { name: { vi: string; en: string } }[] };
    renamed.rubrics[0]!.name = { vi: 'Góp ý trong công việc', en: 'Giving feedback at work' };
    const refused = checkPack(renamed, taken);
    expect(refused.ok || refused.findings.map((f) => f.message)).toEqual([
      'rubrics.0.id: "s08" is the id of a shipped competency (“Networking: building working relationships”): a different competency needs another id',
    ]);
    // The pack that owns the id may rename its own competency when imported again.
    const own = { ...taken, rubrics: new Map([['s08', { ...shippedS08, name: 'the pack “team-pack”', pack: 'team-pack' }]]) };
    expect(checkPack(renamed, own).ok).toBe(true);
  });

  it('warns a pack whose longest responses are its strongest, and accepts it (a trainer decides)', () => {
    const pack = shippedPack() as { scenarios: { nodes: { type: string; options?: { text: { vi: string; en: string }; evidence: { level: number }[] }[] }[] }[] };
    const clean = checkPack(structuredClone(pack));
    expect(clean.ok && clean.warnings.filter((w) => w.code === 'length-strategy')).toEqual([]);
    // The same responses, each padded as long as its level: the oldest cue there is.
    for (const node of pack.scenarios[0]!.nodes) {
      for (const o of node.options ?? []) {
        const level = Math.max(...o.evidence.map((e) => e.level));
        o.text = { vi: `${o.text.vi} ${'nữa '.repeat(level * 8)}`.trim(), en: `${o.text.en} ${'more '.repeat(level * 8)}`.trim() };
      }
    }
    const checked = checkPack(pack);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const cues = checked.warnings.filter((w) => w.code === 'length-strategy');
    expect(cues.map((w) => w.path)).toContain('scenarios.0');
    expect(cues.some((w) => /vi: always the longest response reaches/.test(w.message))).toBe(true);
  });

  it('runs the linter: an error refuses the pack, as it stops the build', () => {
    const pack = shippedPack() as { scenarios: { nodes: { type: string; options?: { evidence: { level: number }[] }[] }[] }[] };
    // Every option at one level: no path can reach 4 and the spread is gone.
    for (const node of pack.scenarios[0]!.nodes) for (const o of node.options ?? []) {
      for (const e of o.evidence) e.level = 3;
      delete (o as { redFlag?: true }).redFlag; // a red flag belongs on level 1 only
    }
    const checked = checkPack(pack);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.findings.every((f) => f.path.startsWith('scenarios.0'))).toBe(true);
    expect(checked.findings.map((f) => f.code)).toContain('single-level');
  });

  it('refuses a pack with nothing to play, a wrong format tag or a missing rubric list', () => {
    const empty = { ...shippedPack(), scenarios: [], calibration: [] };
    expect(checkPack(empty)).toMatchObject({ ok: false, findings: [{ code: 'empty-pack' }] });
    expect(checkPack({ ...shippedPack(), format: 'something-else' })).toMatchObject({ ok: false, findings: [{ path: 'format' }] });
    const { rubrics: _, ...noRubrics } = shippedPack();
    expect(checkPack(noRubrics)).toMatchObject({ ok: false, findings: [{ path: 'rubrics' }] });
  });
});

describe('checkPackText', () => {
  it('reads YAML and JSON alike', () => {
    expect(checkPackText(packYaml(shippedPack()), 'pack.yaml').ok).toBe(true);
    expect(checkPackText(packJson(shippedPack()), 'pack.json').ok).toBe(true);
  });

  it('points at the line of the problem in a JSON file', () => {
    const text = packJson(shippedPack()).replace('"level": 5', '"level": 6');
    const checked = checkPackText(text, 'pack.json');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('"level": 6')) + 1;
    expect(checked.diagnostics[0]).toMatchObject({ file: 'pack.json', line });
    expect(formatDiagnostic(checked.diagnostics[0]!)).toMatch(new RegExp(`^pack\\.json:${line}: \\[schema-type\\] rubrics\\.0\\.levels\\.4\\.level: must be a whole number from 1 to 5, not 6`));
  });

  it('points at the line in a YAML file and reports syntax errors with theirs', () => {
    const text = packYaml(shippedPack()).replace('start: ', 'start: missing-node-');
    const checked = checkPackText(text, 'pack.yaml');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const line = text.split('\n').findIndex((l) => l.includes('start: missing-node-')) + 1;
    expect(checked.diagnostics).toEqual([expect.objectContaining({ code: 'unknown-node', path: 'scenarios.0.start', line })]);
    const broken = checkPackText('format: x\n  id: [', 'bad.yaml');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', file: 'bad.yaml', line: 1 });
  });
});

it('packContent gives the catalog entries and modules the app plays, marked as the pack’s own', () => {
  const checked = checkPack(shippedPack());
  if (!checked.ok) throw new Error('pack fixture invalid');
  const content = packContent(checked.value);
  expect(content.entries).toEqual([expect.objectContaining({ id: 'own-clashing-appointments', family: OWN_FAMILY, pack: { id: 'team-pack', title: checked.value.title } })]);
  expect(content.scenarios.get('own-clashing-appointments')!.rubrics.map((r) => r.id)).toEqual(['s08']);
  expect(content.calibrationEntries[0]).toMatchObject({ id: 'own-cal-s08-q1', samples: 10, pack: { id: 'team-pack' } });
  expect(content.calibration.get('own-cal-s08-q1')!.rubric.id).toBe('s08');
});
