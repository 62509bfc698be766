import ttest from '@stdlib/stats-ttest';
import wilcoxon from '@stdlib/stats-wilcoxon';

export interface PairedChange {
  n: number;
  preMean: number;
  postMean: number;
  meanChange: number;
  sdChange: number;
  ciLow: number | null;
  ciHigh: number | null;
  t: number | null;
  pValue: number | null;
  /** T⁺ and T⁻ both reported: stdlib gives T⁺, SciPy/R report min(T⁺, T⁻) or another convention. */
  wilcoxonTPlus: number;
  wilcoxonTMinus: number;
  wilcoxonP: number;
  dz: number | null;
  gz: number | null;
  rankBiserial: number | null;
}

/**
 * Paired pre/post analysis of matched pairs (post − pre): mean change with its 95 % CI and the
 * paired t-test (@stdlib/stats-ttest), the Wilcoxon signed-rank test (@stdlib/stats-wilcoxon,
 * zeros dropped, continuity correction, exact when there are no ties or zeros — as R), Cohen's
 * d_z with Hedges' g_z, and the matched-pairs rank-biserial correlation (Kerby's simple difference).
 *
 * Two known pitfalls of the library are handled here (research notes §4.3): the exact two-sided
 * Wilcoxon p-value is not clamped (it exceeds 1 when T⁺ sits at the null centre), so it is clamped
 * to 1; and its `statistic` is T⁺ only, so T⁻ is derived from the ranks' total.
 */
export function pairedChange(pre: readonly number[], post: readonly number[]): PairedChange {
  const n = pre.length;
  if (n !== post.length) throw new Error('pairedChange: pre and post must be matched pairs');
  if (n < 2) throw new Error('pairedChange: at least two pairs are needed');
  const d = post.map((v, i) => v - pre[i]!);
  const preMean = mean(pre);
  const postMean = mean(post);
  const meanChange = mean(d);
  const sdChange = Math.sqrt(d.reduce((a, x) => a + (x - meanChange) ** 2, 0) / (n - 1)); // sample SD (n − 1)

  let ciLow: number | null = null;
  let ciHigh: number | null = null;
  let t: number | null = null;
  let pValue: number | null = null;
  let dz: number | null = null;
  let gz: number | null = null;
  if (sdChange > 0) {
    const r = ttest(post as number[], pre as number[]);
    t = r.statistic;
    pValue = r.pValue;
    [ciLow, ciHigh] = [r.ci[0]!, r.ci[1]!];
    dz = meanChange / sdChange;
    gz = dz * (1 - 3 / (4 * (n - 1) - 1));
  } else {
    // Every pair changed by the same amount: no spread, no test.
    [ciLow, ciHigh] = [meanChange, meanChange];
  }

  const nonZero = d.filter((x) => x !== 0).length;
  let tPlus = 0;
  let tMinus = 0;
  let wilcoxonP = 1;
  if (nonZero > 0) {
    const w = wilcoxon(post as number[], pre as number[], { correction: true, zeroMethod: 'wilcox' });
    tPlus = w.statistic;
    tMinus = (nonZero * (nonZero + 1)) / 2 - tPlus;
    wilcoxonP = Math.min(1, w.pValue);
  }
  const rankBiserial = nonZero > 0 ? (tPlus - tMinus) / (tPlus + tMinus) : null;
  return { n, preMean, postMean, meanChange, sdChange, ciLow, ciHigh, t, pValue, wilcoxonTPlus: tPlus, wilcoxonTMinus: tMinus, wilcoxonP, dz, gz, rankBiserial };
}

/**
 * Jacobson–Truax reliable change: |post − pre| / (s₁·√2·√(1 − r_xx)) > 1.96, with s₁ the baseline
 * SD of the sample and r_xx the instrument's reliability. Returns the counts, signed by whether
 * higher scores are better.
 */
export function reliableChange(pre: readonly number[], post: readonly number[], reliability: number, higherIsBetter: boolean): { improved: number; deteriorated: number; n: number } {
  const n = pre.length;
  const s1 = sd(pre);
  const sDiff = s1 * Math.SQRT2 * Math.sqrt(1 - reliability);
  let improved = 0;
  let deteriorated = 0;
  if (sDiff > 0) {
    for (let i = 0; i < n; i++) {
      const rc = (post[i]! - pre[i]!) / sDiff;
      if (Math.abs(rc) <= 1.96) continue;
      if (rc > 0 === higherIsBetter) improved++;
      else deteriorated++;
    }
  }
  return { improved, deteriorated, n };
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}
