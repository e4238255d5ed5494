import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/fixtures/load-fixture.ts';
import { chainScenario } from '../../../tests/fixtures/large-pack.ts';
import { optionLevel } from '../../domain/scenario.ts';
import { MAX_MAP_NODES, NODE_HEIGHT, NODE_WIDTH, layoutScenario } from './layout.ts';

const { scenario } = loadFixture();

describe('layoutScenario', () => {
  const graph = layoutScenario(scenario)!;

  it('places every node once, inside the drawing', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(scenario.nodes.map((n) => n.id));
    for (const n of graph.nodes) {
      expect(n.x - NODE_WIDTH / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + NODE_HEIGHT / 2).toBeLessThanOrEqual(graph.height);
    }
  });

  it('keeps boxes apart', () => {
    for (const a of graph.nodes)
      for (const b of graph.nodes) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
  });

  it('draws one edge per option, labelled with its level, and one per branch', () => {
    const options = scenario.nodes.flatMap((n) => (n.type === 'choice' ? n.options : []));
    const branches = scenario.nodes.flatMap((n) => (n.type === 'branch' ? n.branches : []));
    expect(graph.edges).toHaveLength(options.length + branches.length);
    expect(graph.edges.filter((e) => e.level).map((e) => e.level)).toEqual(options.map(optionLevel));
    expect(graph.edges.filter((e) => !e.level).map((e) => e.label)).toEqual(['≥ 4', 'otherwise']);
    for (const e of graph.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
  });

  it('numbers each edge by its place among the node’s options or branches', () => {
    expect(graph.edges.filter((e) => e.from === 'first').map((e) => e.index)).toEqual([0, 1, 2]);
    expect(graph.edges.filter((e) => e.from === 'route').map((e) => [e.index, e.to])).toEqual([[0, 'hard'], [1, 'easy']]);
  });

  it('ranks the start above what follows it', () => {
    const y = new Map(graph.nodes.map((n) => [n.id, n.y]));
    expect(y.get('first')!).toBeLessThan(y.get('route')!);
    expect(y.get('route')!).toBeLessThan(y.get('hard')!);
    expect(y.get('fourth')!).toBeLessThan(y.get('end')!);
  });
});

describe('layoutScenario on ids and sizes a pack may bring', () => {
  it('lays out a scenario with a node called `constructor` (an id that names an object prototype member)', () => {
    const renamed = JSON.parse(JSON.stringify(scenario).replaceAll('"route"', '"constructor"')) as typeof scenario;
    const graph = layoutScenario(renamed)!;
    expect(graph.nodes.map((n) => n.id)).toContain('constructor');
    expect(graph.edges.every((e) => e.points.length >= 2)).toBe(true);
  });

  it('lays out a chain of decisions with no recursion limit in the way, and declines one past the limit', () => {
    const chain = chainScenario(60) as unknown as typeof scenario;
    expect(layoutScenario(chain)!.nodes).toHaveLength(61);
    expect(layoutScenario(chainScenario(MAX_MAP_NODES) as unknown as typeof scenario)).toBeNull();
  });
});
