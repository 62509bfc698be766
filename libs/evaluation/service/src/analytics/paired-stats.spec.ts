import wilcoxon from '@stdlib/stats-wilcoxon';
import { pairedChange, reliableChange } from './paired-stats.js';

/*
 * Reference values: SciPy 1.17.1 (`ttest_rel`, its `confidence_interval`, `wilcoxon` with
 * zero_method="wilcox", correction=True, approx when ties/zeros else exact, `rankdata`), computed
 * independently by `test/scipy-reference.py` (run it to reproduce; output pasted here).
 */
const CASES = {
  who5_ties_zero: {
    pre: [40, 52, 36, 60, 48, 44, 56, 32, 64, 40, 52, 28],
    post: [56, 60, 44, 60, 64, 40, 72, 40, 68, 52, 56, 44],
    ref: { n: 12, meanChange: 8.666666666666666, ciLow: 4.35454192793173, ciHigh: 12.978791405401601, t: 4.423620807961684, pValue: 0.001022363191541003, tPlus: 64, tMinus: 2, wilcoxonP: 0.006214871352059185, dz: 1.2769893321347539, gz: 1.1878970531486082, rankBiserial: 0.9393939393939394 },
  },
  continuous_exact: {
    pre: [20.1, 18.4, 25.3, 30.2, 22.8, 19.9, 27.5, 24.1, 21.7],
    post: [22.3, 17.9, 28.0, 31.1, 26.4, 18.2, 30.9, 24.5, 25.0],
    ref: { n: 9, meanChange: 1.5888888888888886, ciLow: 0.12718396390907705, ciHigh: 3.0505938138687, t: 2.506651161627806, pValue: 0.03656118248090625, tPlus: 39, tMinus: 6, wilcoxonP: 0.0546875, dz: 0.8355503872092687, gz: 0.7546906723180491, rankBiserial: 0.7333333333333333 },
  },
  pss_small: {
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
  it.each(Object.entries(CASES))('%s', (_name, { pre, post, ref }) => {
    const r = pairedChange(pre, post);
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

  it('clamps the exact two-sided Wilcoxon p-value at 1 (library pitfall; SciPy gives 1.0)', () => {
    // The library itself returns more than 1 here — the reason for the clamp.
    expect(wilcoxon([1, 2, -3]).pValue).toBeGreaterThan(1);
    const r = pairedChange([0, 0, 0], [1, 2, -3]);
    expect(r.wilcoxonP).toBe(1);
    expect(r.wilcoxonTPlus).toBe(3);
    expect(r.wilcoxonTMinus).toBe(3);
  });

  it('reports T⁻ as well as the library’s T⁺ (SciPy two-sided reports min(T⁺, T⁻))', () => {
    const r = pairedChange(CASES.continuous_exact.pre, CASES.continuous_exact.post);
    expect(Math.min(r.wilcoxonTPlus, r.wilcoxonTMinus)).toBe(6);
  });

  it('has no test and no effect size when every pair changed by the same amount', () => {
    const r = pairedChange([10, 12, 14], [10, 12, 14]);
    expect(r).toMatchObject({ meanChange: 0, t: null, pValue: null, dz: null, wilcoxonP: 1, rankBiserial: null });
  });

  it('refuses unmatched input', () => {
    expect(() => pairedChange([1, 2], [1])).toThrow(/matched pairs/);
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
