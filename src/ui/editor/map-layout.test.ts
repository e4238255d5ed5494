import { describe, expect, it } from 'vitest';
import { layoutDraft, type DraftNode } from './map-layout.ts';

const choice = (id: string, ...next: string[]): DraftNode => ({ id, type: 'choice', options: next.map((n, i) => ({ id: `o${i}`, next: n, evidence: [{ level: i + 1 }] })) });

describe('layoutDraft', () => {
  it('draws a draft that points at a node not written yet, and names the missing way on', () => {
    const map = layoutDraft([choice('a', 'b', 'nowhere'), { id: 'b', type: 'end' }]);
    expect(map.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(map.edges).toHaveLength(1);
    expect(map.edges[0]).toMatchObject({ from: 0, to: 1, label: 'o0 · L1', level: 1 });
    expect(map.missing).toEqual([{ from: 0, next: 'nowhere' }]);
  });

  it('keeps two nodes with one id (and ids such as constructor) apart', () => {
    const map = layoutDraft([choice('constructor', 'x'), { id: 'x', type: 'end' }, { id: 'x', type: 'end' }]);
    expect(new Set(map.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(3);
  });

  it('lays out 60 nodes, each its own place', () => {
    const nodes: DraftNode[] = Array.from({ length: 59 }, (_, i) => choice(`d${i}`, `d${i + 1}`, i % 3 ? `d${i + 1}` : 'end'));
    nodes.push({ id: 'd59', type: 'end' }, { id: 'end', type: 'end' });
    const map = layoutDraft(nodes);
    expect(map.nodes).toHaveLength(61);
    expect(new Set(map.nodes.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`)).size).toBe(61);
    expect(map.missing).toEqual([]);
  });
});
