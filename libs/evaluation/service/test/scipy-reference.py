"""Reference values for src/analytics/paired-stats.spec.ts, computed with SciPy (1.17.1 here).

Run: python3 libs/evaluation/service/test/scipy-reference.py
The Wilcoxon settings match the platform's (R's default): zeros dropped ("wilcox"), continuity
correction, normal approximation when there are ties or zeros, exact distribution otherwise.
"""
import json
import numpy as np
from scipy import stats

DATASETS = {
    # WHO-5 percentages, n = 12, with ties and one zero difference
    "who5_ties_zero": (
        [40, 52, 36, 60, 48, 44, 56, 32, 64, 40, 52, 28],
        [56, 60, 44, 60, 64, 40, 72, 40, 68, 52, 56, 44],
    ),
    # continuous, n = 9, no ties, no zeros (exact Wilcoxon)
    "continuous_exact": (
        [20.1, 18.4, 25.3, 30.2, 22.8, 19.9, 27.5, 24.1, 21.7],
        [22.3, 17.9, 28.0, 31.1, 26.4, 18.2, 30.9, 24.5, 25.0],
    ),
    # PSS-10 totals, n = 6, decrease is improvement, ties
    "pss_small": (
        [22, 18, 25, 30, 19, 24],
        [18, 17, 20, 26, 19, 21],
    ),
}

out = {}
for name, (pre, post) in DATASETS.items():
    pre, post = np.array(pre, float), np.array(post, float)
    d = post - pre
    n = len(d)
    t = stats.ttest_rel(post, pre)
    ci = t.confidence_interval(0.95)
    nz = d[d != 0]
    ranks = stats.rankdata(np.abs(nz))
    tplus = ranks[nz > 0].sum()
    tminus = ranks[nz < 0].sum()
    has_ties = len(np.unique(ranks)) != len(ranks) or len(nz) != n
    w = stats.wilcoxon(post, pre, zero_method="wilcox", correction=True, method="approx" if has_ties else "exact")
    dz = d.mean() / d.std(ddof=1)
    out[name] = dict(
        n=n, meanChange=d.mean(), ciLow=ci.low, ciHigh=ci.high, t=t.statistic, pValue=t.pvalue,
        tPlus=tplus, tMinus=tminus, wilcoxonP=w.pvalue, dz=dz, gz=dz * (1 - 3 / (4 * (n - 1) - 1)),
        rankBiserial=(tplus - tminus) / (tplus + tminus),
    )
print(json.dumps(out, indent=2))

# The library pitfall: two-sided exact p at the null centre (stdlib returns 1.25; SciPy clamps to 1).
print(json.dumps({"clamp_example_p": stats.wilcoxon([1, 2, -3], method="exact").pvalue}))
