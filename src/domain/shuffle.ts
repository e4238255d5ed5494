import type { ChoiceNode, ScenarioOption } from './scenario.ts';

/** mulberry32: a small, well-distributed PRNG, so an order is reproducible from its seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The order a run shows a decision point's options in: shuffled once per run (its
 * seed, kept in the saved run) and per node, so position never gives the level
 * away and a reload shows the same order. Seed 0 keeps the authored order.
 */
export function optionOrder(node: ChoiceNode, seed: number): ScenarioOption[] {
  return shuffled(node.options, seed, node.id);
}

/** A Fisher–Yates shuffle driven by `seed` and a salt; seed 0 returns the items in order. */
export function shuffled<T>(items: readonly T[], seed: number, salt = ''): T[] {
  const out = [...items];
  if (seed === 0) return out;
  const next = random(seed ^ hashString(salt));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
