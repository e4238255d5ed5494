import { Graph, layout } from '@dagrejs/dagre';
import type { Level } from '../../domain/text.ts';
import { branchLabel } from '../graph/edges.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../graph/layout.ts';

export { NODE_HEIGHT, NODE_WIDTH };

/**
 * What the editor's map draws of a scenario being written: unlike the published map
 * (graph/layout.ts), a draft may point at nodes that do not exist yet, repeat an id or
 * leave an option without evidence, and the map still shows it. Edges to a missing node
 * are kept as `missing` so the map can say so.
 */
export interface DraftNode {
  id: string;
  type: string;
  options?: readonly { id?: string; next?: string; evidence?: readonly { level?: number }[] }[];
  branches?: readonly { if?: { atLeast?: number; atMost?: number }; next?: string }[];
}

export interface MapNode {
  /** Position in the scenario's `nodes`: ids may repeat or be empty while the trainer types. */
  index: number;
  id: string;
  kind: string;
  x: number;
  y: number;
}

export interface MapEdge {
  from: number;
  to: number;
  label: string;
  level?: Level;
  points: { x: number; y: number }[];
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Ways on that name no node: `{ from, option or branch index, next }`. */
  missing: { from: number; next: string }[];
}

function levelOf(evidence: readonly { level?: number }[] | undefined): Level | undefined {
  const levels = (evidence ?? []).map((e) => e.level).filter((l): l is Level => typeof l === 'number' && l >= 1 && l <= 5);
  return levels.length ? (Math.max(...levels) as Level) : undefined;
}

export function layoutDraft(nodes: readonly DraftNode[]): MapLayout {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 64, edgesep: 12, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  // The first node holding an id is where a `next` leads.
  const byId = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (!byId.has(n.id)) byId.set(n.id, i);
    g.setNode(`n${i}`, { width: NODE_WIDTH, height: NODE_HEIGHT });
  });
  const edges: Omit<MapEdge, 'points'>[] = [];
  const missing: MapLayout['missing'] = [];
  nodes.forEach((node, from) => {
    const ways =
      node.type === 'choice'
        ? (node.options ?? []).map((o) => {
            const level = levelOf(o.evidence);
            return { next: o.next ?? '', label: level ? `${o.id ?? ''} · L${level}` : (o.id ?? ''), level };
          })
        : node.type === 'branch'
          ? (node.branches ?? []).map((b) => ({
              next: b.next ?? '',
              label: branchLabel(b),
              level: undefined,
            }))
          : [];
    for (const way of ways) {
      const to = byId.get(way.next);
      if (to === undefined) missing.push({ from, next: way.next });
      else edges.push({ from, to, label: way.label, ...(way.level ? { level: way.level } : {}) });
    }
  });
  edges.forEach((e, i) => g.setEdge(`n${e.from}`, `n${e.to}`, { width: 40, height: 14 }, `e${i}`));
  layout(g);
  const size = g.graph();
  return {
    width: Math.ceil(size.width ?? 0),
    height: Math.ceil(size.height ?? 0),
    nodes: nodes.map((node, index) => {
      const placed = g.node(`n${index}`);
      return { index, id: node.id, kind: node.type, x: placed.x, y: placed.y };
    }),
    edges: edges.map((e, i) => ({ ...e, points: g.edge({ v: `n${e.from}`, w: `n${e.to}`, name: `e${i}` }).points ?? [] })),
    missing,
  };
}
