import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario.ts';
import { LIMITS } from '../storage/records.ts';
import { loadContent } from '../../tools/content-loader.ts';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT_12, type Suspended } from './suspend.ts';

const sample: Suspended = {
  mode: 'practice',
  timeLimit: 60,
  seed: 0xfffffffe,
  content: 'abcdef12',
  decisions: [{ option: 0, hinted: false }, { option: 8, hinted: true }, { hinted: false }, { hinted: true }, { option: 3, hinted: false }],
};

/**
 * The most decisions on a path through a scenario's graph, each node once (memoised: exact
 * for the shipped graphs, which have no cycles; a loop is what LIMITS.answers bounds).
 */
function longestPath(scenario: Scenario): number {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const walk = (id: string, seen: Set<string>): number => {
    const node = nodes.get(id);
    if (!node || seen.has(id) || node.type === 'end') return 0;
    if (memo.has(id)) return memo.get(id)!;
    seen.add(id);
    const ways = node.type === 'choice' ? node.options.map((o) => o.next) : node.branches.map((b) => b.next);
    const most = (node.type === 'choice' ? 1 : 0) + Math.max(0, ...[...new Set(ways)].map((w) => walk(w, seen)));
    seen.delete(id);
    memo.set(id, most);
    return most;
  };
  return walk(scenario.start, new Set());
}

let scenarios: Scenario[] = [];
beforeAll(() => {
  const root = join(import.meta.dirname, '../..');
  scenarios = loadContent(join(root, 'scenarios'), root).scenarios.map((s) => s.value);
}, 60_000);

describe('resume data', () => {
  it('round-trips mode, time limit, seed, content and every kind of decision', () => {
    const text = encodeSuspend(sample);
    expect(text).toBe('r1.p.60.1z141z2.abcdef12.1itu4');
    expect(decodeSuspend(text)).toEqual(sample);
  });

  it.each(['', 'hello', 'r2.a.0.1.abc.12', 'r1.x.0.1.abc.12', 'r1.a.0.1.abc.1z', 'r1.a.-1.1.abc.1', 'r1.a.0.1.abc'])('refuses %j', (text) => {
    expect(decodeSuspend(text)).toBeUndefined();
  });

  it('refuses to encode an option past the ninth', () => {
    expect(() => encodeSuspend({ ...sample, decisions: [{ option: 9, hinted: false }] })).toThrow(RangeError);
  });

  it(`fits SCORM 1.2's ${SUSPEND_LIMIT_12} characters for the longest path of the largest shipped scenario, and for the most answers a run may hold`, () => {
    const largest = [...scenarios].sort((a, b) => b.nodes.length - a.nodes.length)[0]!;
    const worst = (decisions: number) =>
      encodeSuspend({ mode: 'practice', timeLimit: 99999, seed: 0xffffffff, content: 'ffffffff', decisions: Array.from({ length: decisions }, () => ({ option: 8, hinted: true })) });
    const path = longestPath(largest);
    expect(path).toBeGreaterThanOrEqual(4);
    expect(worst(path).length).toBeLessThan(100);
    console.info(`largest shipped scenario ${largest.id}: ${largest.nodes.length} nodes, ${path} decisions on its longest path, ${worst(path).length} characters at worst`);
    expect(worst(LIMITS.answers).length).toBeLessThanOrEqual(SUSPEND_LIMIT_12);
  });
});
