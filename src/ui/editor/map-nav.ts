/** Arrow-key moves between the boxes of a laid-out map: the nearest box that way, never one behind. */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function directionOf(key: string): Direction | undefined {
  return KEYS[key];
}

/**
 * The node to move to from `from`, or undefined at the edge of the map. Distance along
 * the arrow counts once, distance across it twice, so Down picks the box below before a
 * nearer one off to the side (the map is laid out top to bottom).
 */
export function nextNode(points: readonly Point[], from: string, direction: Direction): string | undefined {
  const here = points.find((p) => p.id === from);
  if (!here) return points[0]?.id;
  let best: { id: string; cost: number } | undefined;
  for (const p of points) {
    if (p.id === from) continue;
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    const [along, across] = direction === 'down' ? [dy, dx] : direction === 'up' ? [-dy, dx] : direction === 'right' ? [dx, dy] : [-dx, dy];
    if (along <= 0) continue;
    const cost = along + 2 * Math.abs(across);
    if (!best || cost < best.cost) best = { id: p.id, cost };
  }
  return best?.id;
}

export const ZOOM_STEPS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5, 2] as const;

/** The next zoom step in (`+1`) or out (`-1`) from `zoom`, within the steps. */
export function stepZoom(zoom: number, by: 1 | -1): number {
  if (by > 0) return ZOOM_STEPS.find((z) => z > zoom + 1e-6) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-6) ?? ZOOM_STEPS[0];
}

/** A zoom from a pinch or a wheel, kept within the steps' range. */
export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_STEPS.at(-1)!, Math.max(ZOOM_STEPS[0], zoom));
}

/** The zoom at which a map `width` × `height` fits a view `viewWidth` × `viewHeight`, never above 1. */
export function fitZoom(width: number, height: number, viewWidth: number, viewHeight: number): number {
  if (width <= 0 || height <= 0 || viewWidth <= 0 || viewHeight <= 0) return 1;
  return clampZoom(Math.min(1, viewWidth / width, viewHeight / height));
}
