import { Graph, layout } from '@dagrejs/dagre';
import type { Scenario, ScenarioNode } from '../../domain/scenario.ts';
import { nodeDifficulty, optionLevel } from '../../domain/scenario.ts';
import { LIMITS, type Level } from '../../domain/text.ts';
import { branchLabel } from './edges.ts';

export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 56;

export interface PlacedNode {
  id: string;
  kind: ScenarioNode['type'];
  /** The node's difficulty (decision points only). */
  difficulty?: Level;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** Option id and level for an option; the guard for a branch. */
  label: string;
  level?: Level;
  /** Its place among the node's options or branches, from 0: how class results count the ways taken. */
  index: number;
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Above this many nodes the map is not drawn (dagre's layout grows faster than the graph); the list still shows every node. */
export const MAX_MAP_NODES = LIMITS.nodes;

/**
 * Lays a scenario out top to bottom with dagre: one box per node, one edge per option or
 * branch; null for a scenario too large to draw. dagre keys its graph by name in plain
 * objects, so nodes go in by their position (`n0`, `n1`, …), never by their ids: an id such
 * as `constructor` would otherwise read an object's prototype.
 */
export function layoutScenario(scenario: Scenario): GraphLayout | null {
  if (scenario.nodes.length > MAX_MAP_NODES) return null;
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 64, edgesep: 12, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const key = new Map(scenario.nodes.map((node, i) => [node.id, `n${i}`]));
  for (const node of scenario.nodes) g.setNode(key.get(node.id)!, { width: NODE_WIDTH, height: NODE_HEIGHT });

  const edges: Omit<PlacedEdge, 'points'>[] = [];
  for (const node of scenario.nodes) {
    if (node.type === 'choice') {
      for (const [index, o] of node.options.entries()) {
        const level = optionLevel(o);
        edges.push({ from: node.id, to: o.next, label: `${o.id} · L${level}`, level, index });
      }
    } else if (node.type === 'branch') {
      for (const [index, b] of node.branches.entries()) {
        edges.push({ from: node.id, to: b.next, label: branchLabel(b), index });
      }
    }
  }
  edges.forEach((e, i) => g.setEdge(key.get(e.from)!, key.get(e.to)!, { width: 40, height: 14 }, `e${i}`));
  layout(g);

  const size = g.graph();
  return {
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    nodes: scenario.nodes.map((node) => {
      const placed = g.node(key.get(node.id)!);
      return {
        id: node.id,
        kind: node.type,
        ...(node.type === 'choice' ? { difficulty: nodeDifficulty(scenario, node) } : {}),
        x: placed.x,
        y: placed.y,
      };
    }),
    edges: edges.map((e, i) => ({ ...e, points: g.edge({ v: key.get(e.from)!, w: key.get(e.to)!, name: `e${i}` }).points ?? [] })),
  };
}
