// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PlacedNode } from '../../src/ui/graph/layout.ts';
import MapNodes from '../../src/ui/graph/MapNodes.svelte';

const nodes = [
  { id: 'opening', kind: 'choice' as const, difficulty: 3 as const, x: 100, y: 50 },
  { id: 'split', kind: 'branch' as const, x: 100, y: 150 },
];

describe('MapNodes', () => {
  it('draws a box per node at its place, the start thick, a branch rounded, the detail under the id', () => {
    const { container } = render(MapNodes, { nodes, start: 'opening', detail: (n: PlacedNode) => `${n.kind} ${n.difficulty ?? ''}`.trim() });
    const [first, second] = [...container.querySelectorAll('g.node')];
    expect(first!.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(first!.getAttribute('transform')).toBe('translate(10,22)');
    expect(first!.classList.contains('start')).toBe(true);
    expect(second!.classList.contains('start')).toBe(false);
    expect(second!.querySelector('rect')!.getAttribute('rx')).toBe('28');
    expect([...first!.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['opening', 'choice 3']);
  });

  it('centres the id alone without a detail', () => {
    const { container } = render(MapNodes, { nodes });
    const texts = container.querySelector('g.node')!.querySelectorAll('text');
    expect(texts).toHaveLength(1);
    expect(texts[0]!.getAttribute('y')).toBe('32');
  });
});
