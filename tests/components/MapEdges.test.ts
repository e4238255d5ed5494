// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MapEdges from '../../src/ui/graph/MapEdges.svelte';

const line = [{ x: 0, y: 0 }, { x: 10, y: 20 }, { x: 20, y: 40 }];
const edges = [
  { points: line, level: 2, label: 'a · L2' },
  { points: line, label: 'otherwise' },
];

describe('MapEdges', () => {
  it('draws a flow map’s edges with one arrow, coloured by level, a branch’s dashed and its “otherwise” in the page’s words', () => {
    const { container } = render(MapEdges, { edges, otherwise: 'còn lại' });
    const groups = container.querySelectorAll('g.edge');
    expect(groups).toHaveLength(2);
    const marker = container.querySelector('marker')!;
    expect(marker.namespaceURI).toBe('http://www.w3.org/2000/svg');
    for (const g of groups) expect(g.querySelector('path')!.getAttribute('marker-end')).toBe(`url(#${marker.id})`);
    expect(groups[0]!.querySelector('path')!.getAttribute('d')).toBe('M0.0,0.0 L10.0,20.0 L20.0,40.0');
    expect((groups[0] as SVGGElement).style.getPropertyValue('--c')).toBe('var(--level-2)');
    expect(groups[0]!.classList.contains('branch')).toBe(false);
    expect([...container.querySelectorAll('text')].map((t) => [t.textContent, t.getAttribute('x'), t.getAttribute('y')])).toEqual([
      ['a · L2', '14', '20'],
      ['còn lại', '14', '20'],
    ]);
    expect(groups[1]!.classList.contains('branch')).toBe(true);
  });

  it('gives each map its own arrow, so two maps on a page do not share one', () => {
    const a = render(MapEdges, { edges }).container.querySelector('marker')!.id;
    const b = render(MapEdges, { edges }).container.querySelector('marker')!.id;
    expect(a).not.toBe(b);
  });

  it('draws the class map’s ways without arrows, as wide as given, the ways no one took faint and unlabelled', () => {
    const { container } = render(MapEdges, {
      look: 'taken',
      edges: [
        { points: line, level: 5, label: '7', width: 12 },
        { points: line, level: 1, label: '', width: 1, faint: true },
      ],
    });
    expect(container.querySelector('marker')).toBeNull();
    const [taken, untaken] = [...container.querySelectorAll<SVGGElement>('g.edge')];
    expect(taken!.querySelector('path')!.getAttribute('stroke-width')).toBe('12');
    expect(taken!.style.getPropertyValue('--c')).toBe('var(--level-5)');
    expect(taken!.querySelector('text')!.getAttribute('x')).toBe('16');
    expect(untaken!.classList.contains('faint')).toBe(true);
    expect(untaken!.style.getPropertyValue('--c')).toBe('');
    expect(untaken!.querySelector('text')).toBeNull();
  });
});
