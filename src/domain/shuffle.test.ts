import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/load-fixture.ts';
import type { ChoiceNode } from './scenario.ts';
import { optionOrder } from './shuffle.ts';

const { scenario } = loadFixture();
const first = scenario.nodes.find((n) => n.id === 'first') as ChoiceNode;
const ids = (seed: number, node = first) => optionOrder(node, seed).map((o) => o.id);

describe('optionOrder', () => {
  it('keeps the authored order for seed 0', () => {
    expect(ids(0)).toEqual(['a', 'b', 'c']);
  });

  it('is a permutation, the same every time for one seed', () => {
    for (const seed of [1, 42, 2 ** 31 + 7]) {
      expect([...ids(seed)].sort()).toEqual(['a', 'b', 'c']);
      expect(ids(seed)).toEqual(ids(seed));
    }
  });

  it('puts every option first about equally often across runs', () => {
    const counts = new Map<string, number>();
    for (let seed = 1; seed <= 3000; seed++) counts.set(ids(seed)[0]!, (counts.get(ids(seed)[0]!) ?? 0) + 1);
    for (const id of ['a', 'b', 'c']) expect(counts.get(id)!).toBeGreaterThan(850);
  });

  it('shuffles each decision point on its own', () => {
    const other = { ...first, id: 'other' };
    const differs = Array.from({ length: 50 }, (_, i) => i + 1).some((seed) => ids(seed).join() !== ids(seed, other).join());
    expect(differs).toBe(true);
  });

  it('does not reorder the scenario itself', () => {
    optionOrder(first, 7);
    expect(first.options.map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });
});
