import { describe, expect, it } from 'vitest';
import { formatDiagnostic, isError } from '../../src/domain/diagnostics.ts';
import { checkPack } from '../../src/domain/pack.ts';
import { reachableOutcomes } from '../../src/domain/reach.ts';
import type { Scenario } from '../../src/domain/scenario.ts';
import { MIN_NODES, generatePack, mainPath } from '../fixtures/generate-scenario.ts';

/** The benchmark plays this many decisions in one run; the main path must be at least as long. */
const MIN_MAIN_PATH = 100;

const scenarioOf = (pack: Record<string, unknown>) => (pack.scenarios as Scenario[])[0]!;
const findings = (result: ReturnType<typeof checkPack>) =>
  (result.ok ? result.warnings : result.findings).map((f) => formatDiagnostic({ ...f, file: 'generated', line: 0 })).join('\n');

/** The checked pack; fails with every finding printed when the checker refuses it. */
function accepted(result: ReturnType<typeof checkPack>) {
  expect(result.ok, findings(result)).toBe(true);
  if (!result.ok) throw new Error('refused');
  return result;
}

describe('generatePack', () => {
  it('gives a 200-node pack that checkPack accepts with no error, quickly', () => {
    const pack = generatePack({ nodes: 200, seed: 1 });
    const started = performance.now();
    const result = checkPack(pack);
    const ms = performance.now() - started;
    console.log(`checkPack on the generated 200-node pack: ${ms.toFixed(0)} ms\n${findings(result)}`);
    // Two warnings: the linter's outcome walk stops at 40 decisions, and the long line goes on past
    // them; and the generator, which never lets the best option alone be the longest (SC011, one
    // decision at a time), makes the longest response weaker than chance over 167 decisions: the
    // whole-scenario pattern SC015 exists to find.
    expect(accepted(result).warnings.map((w) => w.code)).toEqual(['length-strategy', 'paths-truncated']);
    expect(ms).toBeLessThan(5_000);
  });

  it('has exactly the nodes asked for: mostly decisions with 3–5 options, some guarded branches, a few ends', () => {
    const scenario = scenarioOf(generatePack({ nodes: 200, seed: 1 }));
    const count = (type: string) => scenario.nodes.filter((n) => n.type === type).length;
    expect(scenario.nodes).toHaveLength(200);
    expect([count('choice'), count('branch'), count('end')]).toEqual([167, 28, 5]);
    const optionCounts = new Set(scenario.nodes.flatMap((n) => (n.type === 'choice' ? [n.options.length] : [])));
    expect(optionCounts).toEqual(new Set([3, 4, 5]));
    expect(scenario.nodes.every((n) => n.type !== 'branch' || n.branches.slice(0, -1).every((b) => b.if))).toBe(true);
    expect(new Set(scenario.nodes.map((n) => n.id)).size).toBe(200);
  });

  it('is deterministic for a seed, and another seed gives other content', () => {
    expect(generatePack({ seed: 7 })).toEqual(generatePack({ seed: 7 }));
    expect(JSON.stringify(generatePack({ seed: 7 }))).not.toBe(JSON.stringify(generatePack({ seed: 8 })));
  });

  it(`plays at least ${MIN_MAIN_PATH} decisions in one run when the first authored option is always taken`, () => {
    const { steps, end } = mainPath(scenarioOf(generatePack({ nodes: 200, seed: 1 })));
    expect(steps.length).toBeGreaterThanOrEqual(MIN_MAIN_PATH);
    expect(steps).toHaveLength(112);
    expect(end).toBe('end-later');
    expect(new Set(steps.map((s) => s.level))).toEqual(new Set([3]));
  });

  it('lets the linter find a path to level 4 or above and one to 2 or below, each of at least four decisions', () => {
    const reach = reachableOutcomes(scenarioOf(generatePack({ nodes: 200, seed: 1 })));
    const levels = reach.outcomes.map((o) => o.levels[0]!);
    expect(Math.max(...levels)).toBeGreaterThanOrEqual(4);
    expect(Math.min(...levels)).toBeLessThanOrEqual(2);
    expect(Math.min(...reach.outcomes.map((o) => o.decisions))).toBeGreaterThanOrEqual(4);
  });

  it.each([
    [MIN_NODES, 2],
    [57, 3],
    [200, 42],
    [333, 5],
  ])('passes checkPack at %i nodes (seed %i)', (nodes, seed) => {
    const { value, warnings } = accepted(checkPack(generatePack({ nodes, seed, id: `gen-${nodes}` })));
    expect(value.scenarios[0]!.nodes).toHaveLength(nodes);
    expect(warnings.filter(isError)).toEqual([]);
  });

  it('refuses a size too small for its fixed frame', () => {
    expect(() => generatePack({ nodes: MIN_NODES - 1 })).toThrow(`at least ${MIN_NODES} nodes`);
  });
});
