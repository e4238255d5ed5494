import { sampleOfItem, type CalibrationSet } from './calibration.ts';
import { cohenKappa, krippendorffAlpha } from './statistics.ts';
import { parseYaml } from './yaml-source.ts';
import { neutralise, unneutralise } from './csv.ts';

/** One row of panel data: who rated which sample, at what level. */
export interface PanelRating {
  rater: string;
  /** The sample's id, as the set has it (a file may have named it by its number on the rating sheet). */
  item: string;
  level: number;
}

/** What is wrong in a rating file, where: the screen words it in the reader's language. */
export type PanelProblem = { file: string; line: number } & (
  | { code: 'header' | 'not-object' | 'not-row' | 'no-rater' }
  | { code: 'columns'; found: number }
  | { code: 'json'; detail: string }
  | { code: 'wrong-set'; set: string; expected: string }
  | { code: 'unknown-item'; item: string; ids: string[] }
  | { code: 'level'; level: string }
  | { code: 'duplicate'; rater: string; item: string }
  /** The same rater in two files with different levels for the same samples. */
  | { code: 'rater-conflict'; rater: string; first: string; items: string[] }
);

export type PanelParse = { ok: true; ratings: PanelRating[] } | { ok: false; problems: PanelProblem[] };

/** `rater,item,level` with that header; each problem names the file and line. */
export function parsePanelCsv(text: string, file: string, set: CalibrationSet): PanelParse {
  const lines = text.split(/\r?\n/);
  const problems: PanelProblem[] = [];
  const ratings: PanelRating[] = [];
  if (lines[0]?.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s/g, '') !== 'rater,item,level') {
    return { ok: false, problems: [{ code: 'header', file, line: 1 }] };
  }
  lines.slice(1).forEach((text, i) => {
    const line = i + 2;
    if (text.trim() === '') return;
    const cells = text.split(',').map((c) => c.trim());
    if (cells.length !== 3) return void problems.push({ code: 'columns', file, line, found: cells.length });
    const [rater, item, level] = cells as [string, string, string];
    check({ rater: unneutralise(rater), item, level }, { file, line }, set, ratings, problems);
  });
  return problems.length ? { ok: false, problems } : { ok: true, ratings };
}

/** `{ "set": id, "ratings": [{ rater, item, level }] }` (as exported); problems name the file and line. */
export function parsePanelJson(text: string, file: string, set: CalibrationSet): PanelParse {
  const parsed = parseYaml(text, file); // YAML reads JSON and keeps line positions
  if (!parsed.ok) return { ok: false, problems: parsed.diagnostics.map((d) => ({ code: 'json', file, line: d.line, detail: d.message })) };
  const data = parsed.source.data as { set?: unknown; ratings?: unknown };
  if (!data || typeof data !== 'object' || !Array.isArray(data.ratings)) return { ok: false, problems: [{ code: 'not-object', file, line: 1 }] };
  if (data.set !== set.id) return { ok: false, problems: [{ code: 'wrong-set', file, line: parsed.source.lineOf('set'), set: String(data.set), expected: set.id }] };
  const problems: PanelProblem[] = [];
  const ratings: PanelRating[] = [];
  data.ratings.forEach((row: unknown, i: number) => {
    const where = { file, line: parsed.source.lineOf(`ratings.${i}`) };
    const r = row as Record<string, unknown>;
    if (!r || typeof r !== 'object') return void problems.push({ code: 'not-row', ...where });
    check({ rater: String(r.rater ?? ''), item: String(r.item ?? ''), level: String(r.level ?? '') }, where, set, ratings, problems);
  });
  return problems.length ? { ok: false, problems } : { ok: true, ratings };
}

function check(row: { rater: string; item: string; level: string }, where: { file: string; line: number }, set: CalibrationSet, into: PanelRating[], problems: PanelProblem[]) {
  const level = Number(row.level);
  if (!row.rater) return void problems.push({ code: 'no-rater', ...where });
  const sample = sampleOfItem(set, row.item);
  if (!sample) return void problems.push({ code: 'unknown-item', ...where, item: row.item, ids: set.samples.map((s) => s.id) });
  if (!Number.isInteger(level) || level < 1 || level > 5) return void problems.push({ code: 'level', ...where, level: row.level });
  if (into.some((r) => r.rater === row.rater && r.item === sample.id)) return void problems.push({ code: 'duplicate', ...where, rater: row.rater, item: sample.id });
  into.push({ rater: row.rater, item: sample.id, level });
}

/** The panel read from several files, each rater once. */
export interface CombinedPanel {
  ratings: PanelRating[];
  /** Raters found again in a later file with the same levels (their CSV and their JSON): counted once, said once. */
  repeated: { rater: string; files: [string, string] }[];
  /** Raters found again with different levels: the panel cannot tell which to keep. */
  problems: PanelProblem[];
}

/**
 * Puts the files of a panel together. A rater already read from an earlier file is the
 * same person loaded twice when their levels agree on every sample both files have: their
 * ratings count once (and samples only the later file has are added). If the levels differ,
 * one problem names the rater, both files and the samples.
 */
export function combinePanelFiles(files: readonly { file: string; ratings: readonly PanelRating[] }[]): CombinedPanel {
  const ratings: PanelRating[] = [];
  const firstFile = new Map<string, string>();
  const repeated: CombinedPanel['repeated'] = [];
  const problems: PanelProblem[] = [];
  for (const { file, ratings: rows } of files) {
    const raters = [...new Set(rows.map((r) => r.rater))];
    for (const rater of raters) {
      const mine = rows.filter((r) => r.rater === rater);
      const first = firstFile.get(rater);
      if (first === undefined) {
        firstFile.set(rater, file);
        ratings.push(...mine);
        continue;
      }
      const held = new Map(ratings.filter((r) => r.rater === rater).map((r) => [r.item, r.level]));
      const differ = mine.filter((r) => held.has(r.item) && held.get(r.item) !== r.level).map((r) => r.item);
      if (differ.length) problems.push({ code: 'rater-conflict', file, line: 1, rater, first, items: differ });
      else {
        repeated.push({ rater, files: [first, file] });
        ratings.push(...mine.filter((r) => !held.has(r.item)));
      }
    }
  }
  return { ratings, repeated, problems };
}

/** One rater's round as panel rows, and as the two files a panel is built from. */
export function toPanelCsv(rater: string, ratings: Readonly<Record<string, { level: number }>>): string {
  return panelCsv(asRows(rater, ratings));
}

export function toPanelJson(setId: string, rater: string, ratings: Readonly<Record<string, { level: number }>>): string {
  return panelJson(setId, asRows(rater, ratings));
}

/** A whole panel as one file of either kind, which the panel screen reads back. */
export function panelCsv(ratings: readonly PanelRating[]): string {
  // A rater's name is typed by a person: one a spreadsheet would run as a formula is written as text.
  return ['rater,item,level', ...ratings.map((r) => `${neutralise(r.rater.replace(/[,\r\n]/g, ' '))},${r.item},${r.level}`)].join('\n') + '\n';
}

export function panelJson(setId: string, ratings: readonly PanelRating[]): string {
  return JSON.stringify({ set: setId, ratings: ratings.map(({ rater, item, level }) => ({ rater, item, level })) }, null, 2) + '\n';
}

const asRows = (rater: string, ratings: Readonly<Record<string, { level: number }>>): PanelRating[] =>
  Object.entries(ratings).map(([item, r]) => ({ rater, item, level: r.level }));

/** Each rater's level for each sample, in the sheet's order: the table of raters by samples. */
export function panelGrid(set: CalibrationSet, ratings: readonly PanelRating[]): { raters: string[]; rows: { sample: string; number: number; reference: number; levels: (number | null)[] }[] } {
  const raters = [...new Set(ratings.map((r) => r.rater))].sort();
  const levelOf = new Map(ratings.map((r) => [`${r.rater}\u0000${r.item}`, r.level]));
  return {
    raters,
    rows: set.samples.map((s, i) => ({ sample: s.id, number: i + 1, reference: s.level, levels: raters.map((rater) => levelOf.get(`${rater}\u0000${s.id}`) ?? null) })),
  };
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
