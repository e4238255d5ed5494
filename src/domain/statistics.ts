/**
 * Agreement statistics for calibration: a rater against the reference, and a panel
 * of raters with each other. Pure functions over levels 1–5; sources in the tests.
 */

export type Weights = 'none' | 'linear' | 'quadratic';
const CATEGORIES = [1, 2, 3, 4, 5] as const;

export interface Pair {
  /** The rater's level. */
  rater: number;
  /** The reference (or the other rater's) level. */
  reference: number;
}

export function exactAgreement(pairs: readonly Pair[]): number {
  return pairs.length ? pairs.filter((p) => p.rater === p.reference).length / pairs.length : NaN;
}

export function withinOne(pairs: readonly Pair[]): number {
  return pairs.length ? pairs.filter((p) => Math.abs(p.rater - p.reference) <= 1).length / pairs.length : NaN;
}

/** 5×5 counts: rows the reference level, columns the rater's. */
export function confusionMatrix(pairs: readonly Pair[], categories: readonly number[] = CATEGORIES): number[][] {
  const index = new Map(categories.map((c, i) => [c, i]));
  const m = categories.map(() => categories.map(() => 0));
  for (const p of pairs) m[index.get(p.reference)!]![index.get(p.rater)!]!++;
  return m;
}

/**
 * Cohen's kappa, unweighted or weighted (Cohen 1968): 1 − Σw·observed / Σw·expected,
 * disagreement weights 0 on the diagonal, |i−j| (linear) or (i−j)² (quadratic).
 */
export function cohenKappa(pairs: readonly Pair[], weights: Weights = 'quadratic', categories: readonly number[] = CATEGORIES): number {
  const n = pairs.length;
  if (!n) return NaN;
  const k = categories.length;
  const observed = confusionMatrix(pairs, categories);
  const rowSums = observed.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = categories.map((_, j) => observed.reduce((a, r) => a + r[j]!, 0));
  const w = (i: number, j: number) => (weights === 'none' ? (i === j ? 0 : 1) : weights === 'linear' ? Math.abs(i - j) / (k - 1) : ((i - j) / (k - 1)) ** 2);
  let o = 0;
  let e = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      o += w(i, j) * observed[i]![j]!;
      e += (w(i, j) * rowSums[i]! * colSums[j]!) / n;
    }
  return e === 0 ? (o === 0 ? 1 : NaN) : 1 - o / e;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
};

export interface Bias {
  /** Mean of rater − reference: above 0 lenient, below 0 severe. */
  meanDifference: number;
  /** The same in units of the reference's standard deviation (a standardised mean difference). */
  standardisedDifference: number;
  /** The rater's spread over the reference's: below 1, ratings pulled towards the middle (central tendency). */
  spreadRatio: number;
}

export function bias(pairs: readonly Pair[]): Bias {
  const diffs = pairs.map((p) => p.rater - p.reference);
  const refSd = sd(pairs.map((p) => p.reference));
  return {
    meanDifference: mean(diffs),
    standardisedDifference: mean(diffs) / refSd,
    spreadRatio: sd(pairs.map((p) => p.rater)) / refSd,
  };
}

export type Metric = 'nominal' | 'ordinal' | 'interval';

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 * 1 − D_o / D_e over the coincidence matrix. `units[u]` holds every rater's value
 * for unit u, null where a rater gave none; units with fewer than two values are
 * not pairable and drop out.
 */
export function krippendorffAlpha(units: readonly (readonly (number | null)[])[], metric: Metric = 'ordinal'): number {
  const values = [...new Set(units.flat().filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const V = values.length;
  const o = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const present = unit.filter((v): v is number => v !== null);
    const m = present.length;
    if (m < 2) continue;
    for (let a = 0; a < m; a++)
      for (let b = 0; b < m; b++) if (a !== b) o[index.get(present[a]!)!]![index.get(present[b]!)!]! += 1 / (m - 1);
  }
  const nc = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = nc.reduce((a, b) => a + b, 0);
  if (n === 0 || V < 2) return NaN;
  const delta = (c: number, k: number): number => {
    if (metric === 'nominal') return c === k ? 0 : 1;
    if (metric === 'interval') return (values[c]! - values[k]!) ** 2;
    // Ordinal: the marginal counts from c to k, less half of each end, squared.
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let s = 0;
    for (let g = lo; g <= hi; g++) s += nc[g]!;
    return (s - (nc[lo]! + nc[hi]!) / 2) ** 2;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++)
    for (let k = 0; k < V; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  return 1 - ((n - 1) * observed) / expected;
}
