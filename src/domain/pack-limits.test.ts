import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { chainPack, chainScenario } from '../../tests/fixtures/large-pack.ts';
import { shippedPack } from '../../tests/fixtures/packs.ts';
import { layoutScenario } from '../ui/graph/layout.ts';
import { compile, currentNodeId } from './compile.ts';
import { checkPack, type PackCheck } from './pack.ts';
import { LIMITS } from './text.ts';

/** The pack with every occurrence of one of its node ids renamed (the node, `start`, every `next`). */
function renamed(pack: unknown, from: string, to: string) {
  return JSON.parse(JSON.stringify(pack).replaceAll(`"${from}"`, `"${to}"`)) as Record<string, unknown>;
}

const findings = (checked: PackCheck) => (checked.ok ? [] : checked.findings);
const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

describe('ids in a pack', () => {
  const pack = chainPack(1, 6);

  it('refuses a node id with a dot (XState would read `x.opening` as a path and the run would never start)', () => {
    const checked = checkPack(renamed(pack, 'd1', 'x.opening'));
    expect(findings(checked)).toContainEqual(expect.objectContaining({ path: 'scenarios.0.nodes.1.id', params: expect.objectContaining({ message: 'must be lower-case letters, digits and dashes' }) }));
  });

  it('keeps dots where rubrics name their indicators and questions (`c1.3`, `c1.q1`)', () => {
    expect(checkPack(pack).ok).toBe(true);
  });

  it.each(['constructor', 'hasownproperty', 'tostring', 'valueof', 'proto'])('accepts a node called %s, lays out its map and plays it to the end', (id) => {
    const checked = checkPack(renamed(pack, 'd2', id));
    expect(findings(checked)).toEqual([]);
    if (!checked.ok) return;
    const scenario = checked.value.scenarios[0]!;
    expect(layoutScenario(scenario)!.nodes.map((n) => n.id)).toContain(id);
    const actor = createActor(compile(scenario), { input: { mode: 'practice' } }).start();
    actor.send({ type: 'CHOOSE', optionId: 'a', at: 0 });
    actor.send({ type: 'CONTINUE', at: 0 });
    actor.send({ type: 'CHOOSE', optionId: 'b', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe(id);
    actor.send({ type: 'BACK', at: 0 });
    expect(currentNodeId(actor.getSnapshot())).toBe('d1');
  });

  it.each([
    ['a right-to-left override', 'Three meetings\u202E at once'],
    ['a zero-width space', 'Three\u200B meetings at once'],
    ['a replacement character from a file that was not UTF-8', 'Ba cu\uFFFDc h\uFFFDn'],
  ])('refuses a title with %s, at its path', (_, title) => {
    const bad = shippedPack() as { scenarios: { title: { en: string } }[] };
    bad.scenarios[0]!.title.en = title;
    expect(findings(checkPack(bad)).map((f) => f.path)).toContain('scenarios.0.title.en');
  });
});

describe('the format’s limits', () => {
  it('refuses a 10 MB author at once, naming the limit', () => {
    const [checked, ms] = timed(() => checkPack({ ...shippedPack(), author: 'x'.repeat(10_000_000) }));
    expect(findings(checked)).toContainEqual(expect.objectContaining({ path: 'author', message: `author: at most ${LIMITS.author} characters` }));
    expect(ms).toBeLessThan(1_000);
  });

  it('refuses a text past its length in any field', () => {
    const pack = chainPack(1, 6) as { scenarios: { summary: { vi: string } }[] };
    pack.scenarios[0]!.summary.vi = 'x'.repeat(LIMITS.text + 1);
    expect(findings(checkPack(pack)).map((f) => f.message)).toContain(`scenarios.0.summary.vi: at most ${LIMITS.text} characters`);
  });

  it(`refuses a scenario of ${LIMITS.nodes + 1} nodes and a 2,000-decision chain before any walk, quickly`, () => {
    for (const decisions of [LIMITS.nodes, 2_000]) {
      const [checked, ms] = timed(() => checkPack(chainPack(1, decisions)));
      expect(findings(checked).map((f) => f.message)).toContain(`scenarios.0.nodes: at most ${LIMITS.nodes} nodes per scenario`);
      expect(ms).toBeLessThan(1_000);
    }
  });

  it(`refuses more than ${LIMITS.scenarios} scenarios in a pack`, () => {
    const pack = chainPack(1, 6) as { scenarios: unknown[] };
    pack.scenarios = Array.from({ length: LIMITS.scenarios + 1 }, (_, i) => chainScenario(6, { id: `s${i}` }));
    expect(findings(checkPack(pack)).map((f) => f.message)).toContain(`scenarios: at most ${LIMITS.scenarios} scenarios per pack`);
  });
});
