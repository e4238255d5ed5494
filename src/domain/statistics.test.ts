import { describe, expect, it } from 'vitest';
import { bias, cohenKappa, confusionMatrix, exactAgreement, krippendorffAlpha, withinOne, type Pair } from './statistics.ts';

const pairs = (rater: number[], reference: number[]): Pair[] => rater.map((r, i) => ({ rater: r, reference: reference[i]! }));

describe('krippendorffAlpha', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
  // twelve units, missing values. Published: nominal .743, ordinal .815, interval .849.
  // (The same "C" data ship as the example of R's DescTools::KrippAlpha.)
  const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
  const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
  const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
  const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
  const units = A.map((_, u) => [A[u]!, B[u]!, C[u]!, D[u]!]);

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('reproduces the published %s alpha', (metric, published) => {
    expect(krippendorffAlpha(units, metric)).toBeCloseTo(published, 3);
  });

  it('is 1 for perfect agreement and drops units with a single value', () => {
    expect(krippendorffAlpha([[1, 1], [3, 3], [5, 5], [2, null]], 'ordinal')).toBe(1);
  });
});

describe('cohenKappa', () => {
  it('reproduces the unweighted textbook example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → 0.4', () => {
    // Wikipedia, "Cohen's kappa", worked example (p_o = .7, p_e = .5).
    const data = [
      ...Array<Pair>(20).fill({ rater: 1, reference: 1 }),
      ...Array<Pair>(5).fill({ rater: 2, reference: 1 }),
      ...Array<Pair>(10).fill({ rater: 1, reference: 2 }),
      ...Array<Pair>(15).fill({ rater: 2, reference: 2 }),
    ];
    expect(cohenKappa(data, 'none', [1, 2])).toBeCloseTo(0.4, 10);
  });

  it('weights quadratically: a hand-worked 3-level table', () => {
    // Observed (rows reference 1..3, columns rater): [[2,1,0],[0,2,1],[0,0,2]], n = 8; weights ((i−j)/2)².
    // Weighted observed disagreement: 1·¼ + 1·¼ = 0.5.
    // Row sums 3,3,2; column sums 2,3,3; weighted expected Σ w·r·c / n:
    //   row 1: ¼·3·3 + 1·3·3 = 11.25; row 2: ¼·3·2 + ¼·3·3 = 3.75; row 3: 1·2·2 + ¼·2·3 = 5.5 → 20.5 / 8 = 2.5625.
    const data = pairs([1, 1, 2, 2, 2, 3, 3, 3], [1, 1, 1, 2, 2, 2, 3, 3]);
    expect(cohenKappa(data, 'quadratic', [1, 2, 3])).toBeCloseTo(1 - 0.5 / 2.5625, 10);
  });

  it('is 1 for perfect agreement and negative for systematic reversal', () => {
    expect(cohenKappa(pairs([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]))).toBe(1);
    expect(cohenKappa(pairs([5, 4, 3, 2, 1], [1, 2, 3, 4, 5]))).toBeCloseTo(-1, 10);
  });
});

describe('a rater against the reference', () => {
  const lenient = pairs([3, 4, 4, 5, 5], [2, 3, 4, 4, 5]);

  it('counts exact and within-one agreement', () => {
    expect(exactAgreement(lenient)).toBeCloseTo(2 / 5);
    expect(withinOne(lenient)).toBe(1);
  });

  it('measures leniency and central tendency', () => {
    expect(bias(lenient).meanDifference).toBeCloseTo(0.6);
    expect(bias(lenient).standardisedDifference).toBeGreaterThan(0);
    const central = bias(pairs([3, 3, 3, 3, 3], [1, 2, 3, 4, 5]));
    expect(central).toMatchObject({ meanDifference: 0, spreadRatio: 0 });
  });

  it('tabulates the 5×5 confusion matrix, rows the reference', () => {
    const m = confusionMatrix(lenient);
    expect(m[1]![2]).toBe(1); // reference 2, rated 3
    expect(m[3]).toEqual([0, 0, 0, 1, 1]); // reference 4: rated 4 once, 5 once
    expect(m.flat().reduce((a, b) => a + b, 0)).toBe(5);
  });
});
