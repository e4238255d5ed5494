import type { CalibrationSet } from './calibration.ts';
import { cohenKappa, krippendorffAlpha } from './statistics.ts';
import { parseYaml } from './yaml-source.ts';

/** One row of panel data: who rated which sample, at what level. */
export interface PanelRating {
  rater: string;
  item: string;
  level: number;
}

export type PanelParse = { ok: true; ratings: PanelRating[] } | { ok: false; problems: string[] };

/** `rater,item,level` with that header; each problem names the file and line. */
export function parsePanelCsv(text: string, file: string, set: CalibrationSet): PanelParse {
  const lines = text.split(/\r?\n/);
  const problems: string[] = [];
  const ratings: PanelRating[] = [];
  if (lines[0]?.trim().toLowerCase().replace(/\s/g, '') !== 'rater,item,level') {
    return { ok: false, problems: [`${file}:1: the first line must be the header rater,item,level`] };
  }
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 3) return void problems.push(`${file}:${i + 2}: expected 3 values (rater,item,level), found ${cells.length}`);
    const [rater, item, level] = cells as [string, string, string];
    check({ rater, item, level }, `${file}:${i + 2}`, set, ratings, problems);
  });
  return problems.length ? { ok: false, problems } : { ok: true, ratings };
}

/** `{ "set": id, "ratings": [{ rater, item, level }] }` (as exported); problems name the file and line. */
export function parsePanelJson(text: string, file: string, set: CalibrationSet): PanelParse {
  const parsed = parseYaml(text, file); // YAML reads JSON and keeps line positions
  if (!parsed.ok) return { ok: false, problems: parsed.diagnostics.map((d) => `${file}:${d.line}: not valid JSON (${d.message})`) };
  const data = parsed.source.data as { set?: unknown; ratings?: unknown };
  if (!data || typeof data !== 'object' || !Array.isArray(data.ratings)) {
    return { ok: false, problems: [`${file}:1: expected an object with a "ratings" list`] };
  }
  if (data.set !== set.id) return { ok: false, problems: [`${file}:${parsed.source.lineOf('set')}: these ratings are for set "${String(data.set)}", not "${set.id}"`] };
  const problems: string[] = [];
  const ratings: PanelRating[] = [];
  data.ratings.forEach((row: unknown, i: number) => {
    const where = `${file}:${parsed.source.lineOf(`ratings.${i}`)}`;
    const r = row as Record<string, unknown>;
    if (!r || typeof r !== 'object') return void problems.push(`${where}: expected { rater, item, level }`);
    check({ rater: String(r.rater ?? ''), item: String(r.item ?? ''), level: String(r.level ?? '') }, where, set, ratings, problems);
  });
  return problems.length ? { ok: false, problems } : { ok: true, ratings };
}

function check(row: { rater: string; item: string; level: string }, where: string, set: CalibrationSet, into: PanelRating[], problems: string[]) {
  const level = Number(row.level);
  if (!row.rater) return void problems.push(`${where}: no rater`);
  if (!set.samples.some((s) => s.id === row.item)) return void problems.push(`${where}: unknown item "${row.item}" (set ${set.id} has ${set.samples.map((s) => s.id).join(', ')})`);
  if (!Number.isInteger(level) || level < 1 || level > 5) return void problems.push(`${where}: level "${row.level}" is not a whole number from 1 to 5`);
  if (into.some((r) => r.rater === row.rater && r.item === row.item)) return void problems.push(`${where}: duplicate row: ${row.rater} already rated ${row.item}`);
  into.push({ rater: row.rater, item: row.item, level });
}

/** One rater's round as panel rows, and as the two files a panel is built from. */
export function toPanelCsv(rater: string, ratings: Readonly<Record<string, { level: number }>>): string {
  return ['rater,item,level', ...Object.entries(ratings).map(([item, r]) => `${rater.replace(/,/g, ' ')},${item},${r.level}`)].join('\n') + '\n';
}

export function toPanelJson(setId: string, rater: string, ratings: Readonly<Record<string, { level: number }>>): string {
  return JSON.stringify({ set: setId, ratings: Object.entries(ratings).map(([item, r]) => ({ rater, item, level: r.level })) }, null, 2) + '\n';
}

export interface PanelStats {
  raters: string[];
  alpha: { ordinal: number; nominal: number; interval: number };
  /** Quadratic-weighted kappa for each pair of raters, on the items both rated. */
  pairs: { a: string; b: string; qwk: number; items: number }[];
  /** Items by how far apart their ratings are, widest first. */
  disagreements: { item: string; range: number; levels: number[] }[];
}

export function panelStats(set: CalibrationSet, ratings: readonly PanelRating[]): PanelStats {
  const raters = [...new Set(ratings.map((r) => r.rater))].sort();
  const levelOf = new Map(ratings.map((r) => [`${r.rater}\u0000${r.item}`, r.level]));
  const units = set.samples.map((s) => raters.map((rater) => levelOf.get(`${rater}\u0000${s.id}`) ?? null));
  const pairs = raters.flatMap((a, i) =>
    raters.slice(i + 1).map((b) => {
      const both = set.samples.flatMap((s) => {
        const x = levelOf.get(`${a}\u0000${s.id}`);
        const y = levelOf.get(`${b}\u0000${s.id}`);
        return x !== undefined && y !== undefined ? [{ rater: x, reference: y }] : [];
      });
      return { a, b, qwk: cohenKappa(both, 'quadratic'), items: both.length };
    }),
  );
  const disagreements = set.samples
    .map((s, i) => {
      const levels = units[i]!.filter((l): l is number => l !== null);
      return { item: s.id, range: levels.length ? Math.max(...levels) - Math.min(...levels) : 0, levels };
    })
    .sort((x, y) => y.range - x.range);
  return {
    raters,
    alpha: { ordinal: krippendorffAlpha(units, 'ordinal'), nominal: krippendorffAlpha(units, 'nominal'), interval: krippendorffAlpha(units, 'interval') },
    pairs,
    disagreements,
  };
}
