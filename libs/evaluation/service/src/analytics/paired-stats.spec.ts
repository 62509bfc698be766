import { pairedChange, reliableChange } from './paired-stats.js';

/*
 * Reference values: SciPy 1.17.1 (`ttest_rel`, its `confidence_interval`, `wilcoxon` with
 * zero_method="wilcox", correction=True, approx when ties/zeros else exact, `rankdata`), computed
 * independently by `test/scipy-reference.py` (run it to reproduce; output pasted here).
 */
const CASES = {
  who5_ties_zero: {
    resolution: 4,
    pre: [40, 52, 36, 60, 48, 44, 56, 32, 64, 40, 52, 28],
    post: [56, 60, 44, 60, 64, 40, 72, 40, 68, 52, 56, 44],
    ref: { n: 12, meanChange: 8.666666666666666, ciLow: 4.35454192793173, ciHigh: 12.978791405401601, t: 4.423620807961684, pValue: 0.001022363191541003, tPlus: 64, tMinus: 2, wilcoxonP: 0.006214871352059185, dz: 1.2769893321347539, gz: 1.1878970531486082, rankBiserial: 0.9393939393939394 },
  },
  continuous_exact: {
    resolution: 0.1,
    pre: [20.1, 18.4, 25.3, 30.2, 22.8, 19.9, 27.5, 24.1, 21.7],
    post: [22.3, 17.9, 28.0, 31.1, 26.4, 18.2, 30.9, 24.5, 25.0],
    ref: { n: 9, meanChange: 1.5888888888888886, ciLow: 0.12718396390907705, ciHigh: 3.0505938138687, t: 2.506651161627806, pValue: 0.03656118248090625, tPlus: 39, tMinus: 6, wilcoxonP: 0.0546875, dz: 0.8355503872092687, gz: 0.7546906723180491, rankBiserial: 0.7333333333333333 },
  },
  pss_small: {
    resolution: 1,
    pre: [22, 18, 25, 30, 19, 24],
    post: [18, 17, 20, 26, 19, 21],
    ref: { n: 6, meanChange: -2.8333333333333335, ciLow: -4.870067756685906, ciHigh: -0.7965989099807613, t: -3.575976876249206, pValue: 0.015942538704749456, tPlus: 0, tMinus: 15, wilcoxonP: 0.05790726541729722, dz: -1.4598864464670434, gz: -1.2293780601827733, rankBiserial: -1 },
  },
};

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
};

describe('pairedChange against SciPy reference values', () => {
  it.each(Object.entries(CASES))('%s', (_name, { pre, post, resolution, ref }) => {
    const r = pairedChange(pre, post, resolution);
    expect(r.n).toBe(ref.n);
    close(r.meanChange, ref.meanChange);
    close(r.ciLow, ref.ciLow);
    close(r.ciHigh, ref.ciHigh);
    close(r.t, ref.t);
    close(r.pValue, ref.pValue);
    close(r.wilcoxonTPlus, ref.tPlus);
    close(r.wilcoxonTMinus, ref.tMinus);
    close(r.wilcoxonP, ref.wilcoxonP);
    close(r.dz, ref.dz);
    close(r.gz, ref.gz);
    close(r.rankBiserial, ref.rankBiserial);
  });

  it('clamps the exact two-sided Wilcoxon p-value at 1 (SciPy gives 1.0)', () => {
    const r = pairedChange([0, 0, 0], [1, 2, -3], 1);
    expect(r.wilcoxonP).toBe(1);
    expect(r.wilcoxonTPlus).toBe(3);
    expect(r.wilcoxonTMinus).toBe(3);
  });

  it('reports T⁻ as well as T⁺ (SciPy two-sided reports min(T⁺, T⁻))', () => {
    const r = pairedChange(CASES.continuous_exact.pre, CASES.continuous_exact.post, 0.1);
    expect(Math.min(r.wilcoxonTPlus, r.wilcoxonTMinus)).toBe(6);
  });

  it('ranks in units of the resolution: floating-point noise does not break ties (CBI 25/60 steps)', () => {
    // Mean-scored changes of one third of an item: 0.333333 and 0.333334 after rounding to 1e-6 are the same change.
    const pre = [50, 50, 50, 50, 50, 50, 50, 50];
    const post = [58.333333, 58.333334, 58.333333, 58.333334, 41.666667, 66.666667, 58.333333, 66.666666];
    const r = pairedChange(pre, post, 25 / 60);
    // |d| in units: 20 ×5 (tied), 20 (neg), 40 ×2 → ranks 3.5 for the six twenties, 7.5 for the forties.
    expect(r.wilcoxonTPlus).toBe(5 * 3.5 + 2 * 7.5);
    expect(r.wilcoxonTMinus).toBe(3.5);
    expect(r.wilcoxonExact).toBe(false);
  });

  it('has no test and no effect size when every pair changed by the same amount, even with noise below the resolution', () => {
    expect(pairedChange([10, 12, 14], [10, 12, 14], 1)).toMatchObject({ meanChange: 0, sdChange: 0, t: null, pValue: null, ciLow: null, dz: null, gz: null, wilcoxonP: null, rankBiserial: null });
    const r = pairedChange([50, 41.666667, 33.333333, 25], [58.333333, 50, 41.666666, 33.333334], 25 / 60);
    expect(r).toMatchObject({ sdChange: 0, t: null, pValue: null, dz: null, gz: null, rankBiserial: 1 });
    expect(r.meanChange).toBeCloseTo(25 / 3, 12);
  });

  it('uses the exact Wilcoxon distribution below 50 non-zero differences and the normal approximation from 50 (R)', () => {
    const pre = (n: number) => Array.from({ length: n }, () => 0);
    const post = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -(i + 1) : i + 1));
    expect(pairedChange(pre(49), post(49), 1).wilcoxonExact).toBe(true);
    expect(pairedChange(pre(50), post(50), 1).wilcoxonExact).toBe(false);
  });

  it('refuses unmatched input', () => {
    expect(() => pairedChange([1, 2], [1], 1)).toThrow(/matched pairs/);
  });
});

describe('reliableChange (Jacobson–Truax)', () => {
  it('counts |RC| > 1.96 with S_diff = s1·√2·√(1 − r), signed by polarity', () => {
    // pre SD = √80 = 8.944; r = 0.875 → S_diff = √80·√2·√0.125 = √20 = 4.472; threshold 8.77 points
    const pre = [40, 50, 60, 40, 50, 60];
    const post = [50, 61, 68, 30, 50, 60];
    // changes: +10 (RC 2.24), +11 (2.46), +8 (1.79), −10 (−2.24), 0, 0
    expect(reliableChange(pre, post, 0.875, true)).toEqual({ improved: 2, deteriorated: 1, n: 6 });
    expect(reliableChange(pre, post, 0.875, false)).toEqual({ improved: 1, deteriorated: 2, n: 6 });
  });
});
