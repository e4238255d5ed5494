/**
 * What the maps draw of an edge, apart from how it looks: the scenario map, the editor's
 * map and the class results' map all place edges with dagre (layout.ts, editor/map-layout.ts)
 * and draw them with MapEdges.svelte through these.
 */

export interface Point {
  x: number;
  y: number;
}

/** The SVG path through the points dagre placed an edge on (one decimal: enough on screen, short in the DOM). */
export function edgePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

/** Where an edge's label sits: `dx` to the right of its middle point (dagre puts a point where the label was made room for). */
export function labelAt(points: readonly Point[], dx: number): Point {
  const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
  return { x: middle.x + dx, y: middle.y };
}

/** A way's line on the class map: 1 for one no one took, else 2 to 12 by its share of the most taken. */
export function takenWidth(count: number, most: number): number {
  return count > 0 ? 2 + (10 * count) / Math.max(1, most) : 1;
}

/** A branch's label: its guard's bounds (`≥ 4 ≤ 5`), or `otherwise` for the branch taken when no guard holds. */
export function branchLabel(branch: { if?: { atLeast?: number; atMost?: number } }): string {
  const guard = branch.if;
  if (!guard) return 'otherwise';
  return [guard.atLeast && `≥ ${guard.atLeast}`, guard.atMost && `≤ ${guard.atMost}`].filter(Boolean).join(' ');
}
