"""Reference values for src/analytics/paired-stats.reference.spec.ts, computed with SciPy.

Run (from the repository root; needs numpy + scipy, e.g. Debian's python3-scipy):
    python3 libs/evaluation/service/test/paired-stats-reference.py
It writes test/fixtures/paired-stats-scipy.json: 4,200 random datasets of real instrument scores
(mean-scored scales with missing items, prorated sums, complete sums), with ties, zero
differences, every pair changing by the same amount, exactly 49/50/51 pairs and far-tail p-values.

Each score is scored as the platform stores it (mean of the answered items, or a sum prorated from
that mean; × transform; rounded to 1e-6). The statistics are then computed the way the platform
defines them, independently of its code:
- in integer units of the score's resolution: itemMultiply × multiply / lcm(minAnswered … items)
  (× items for a prorated sum; a complete sum moves in whole steps);
- paired t-test and its 95 % CI: scipy.stats.ttest_1samp on the integer differences, CI scaled back;
  undefined (None) when every difference is the same;
- Wilcoxon signed-rank: scipy.stats.wilcoxon, zero_method="wilcox", correction=True, method="exact"
  when there are no ties, no zeros and fewer than 50 non-zero differences (R's wilcox.test rule),
  otherwise "asymptotic"; T+ / T- from scipy.stats.rankdata; None when every difference is 0;
- d_z = mean / SD of the differences, g_z = d_z (1 - 3 / (4 (n - 1) - 1)), rank-biserial
  (T+ - T-) / (T+ + T-).
"""
import json
import math
import os
import sys

import numpy as np
import scipy
from scipy import stats

# (instrument, score, items, response min, max, itemMultiply, multiply, rule, minAnswered, prorated, reverse items)
SCALES = [
    ("cbi", "personal", 6, 0, 4, 25, 1, "mean", 3, False, []),
    ("cbi", "work", 7, 0, 4, 25, 1, "mean", 4, False, [4]),
    ("cbi", "client", 6, 0, 4, 25, 1, "mean", 3, False, []),
    ("turnover3", "mean", 3, 1, 5, 1, 1, "mean", 2, False, []),
    ("m4p_integration", "mean", 3, 1, 5, 1, 1, "mean", 2, False, []),
    ("gse", "total", 10, 1, 4, 1, 1, "sum", 7, True, []),
    ("pss10", "total", 10, 0, 4, 1, 1, "sum", 8, True, [4, 5, 7, 8]),
    ("pss4", "total", 4, 0, 4, 1, 1, "sum", 4, False, [2, 3]),
    ("who5", "raw", 5, 0, 5, 1, 1, "sum", 5, False, []),
    ("who5", "percent", 5, 0, 5, 1, 4, "sum", 5, False, []),
]

P_FLOOR = 1e-300


def js_round6(x):
    # Math.round(x * 1e6) / 1e6 (JavaScript rounds halves up)
    return math.floor(x * 1e6 + 0.5) / 1e6


def resolution(scale):
    _, _, items, _, _, im, mul, rule, min_ans, prorated, _ = scale
    step = im * mul
    if rule == "sum" and (not prorated or min_ans >= items):
        return step
    l = 1
    for a in range(max(1, min_ans), items + 1):
        l = math.lcm(l, a)
    return step / l if rule == "mean" else step * items / l


def score(scale, answers):
    _, _, items, lo, hi, im, mul, rule, min_ans, prorated, reverse = scale
    values = [((lo + hi - v) if (i + 1) in reverse else v) * im for i, v in enumerate(answers) if v is not None]
    if len(values) < min_ans:
        return None
    s = sum(values)
    m = s / len(values)
    agg = m if rule == "mean" else (s if len(values) == items else m * items)
    return js_round6(agg * mul)


def answers(rng, scale, level, missing_rate):
    _, _, items, lo, hi, *_ = scale
    out = []
    for _ in range(items):
        v = int(np.clip(round(rng.normal(level, 1.0)), lo, hi))
        out.append(None if rng.random() < missing_rate else v)
    return out


def person(rng, scale, level, missing_rate):
    while True:
        v = score(scale, answers(rng, scale, level, missing_rate))
        if v is not None:
            return v


def dataset(rng, i):
    scale = SCALES[i % len(SCALES)]
    _, _, items, lo, hi, *_ = scale
    kind = rng.random()
    if i % 50 == 7:
        n = [49, 50, 51][(i // 50) % 3]
    elif kind < 0.6:
        n = int(rng.integers(2, 50))
    elif kind < 0.85:
        n = int(rng.integers(45, 61))
    else:
        n = int(rng.integers(60, 121))
    missing = float(rng.choice([0.0, 0.1, 0.25]))
    mid = (lo + hi) / 2
    pre = [person(rng, scale, mid + rng.normal(0, 0.7), missing) for _ in range(n)]
    mode = i % 20
    if mode == 0:  # nobody changed
        post = list(pre)
    elif mode == 1:  # everybody changed by the same amount (in floating point: noise)
        step = resolution(scale) * int(rng.integers(1, 4))
        post = [js_round6(v + step) for v in pre]
    elif mode == 2:  # large effect: far-tail p-values
        post = [person(rng, scale, hi, 0.0) for _ in range(n)]
        pre = [person(rng, scale, lo, missing) for _ in range(n)]
    elif mode in (3, 4):  # distinct differences (exact Wilcoxon when under 50 pairs)
        res = resolution(scale)
        ds = rng.permutation(np.arange(1, 3 * n + 1))[:n] * rng.choice([-1, 1], size=n, p=[0.35, 0.65])
        post = [js_round6(v + int(k) * res) for v, k in zip(pre, ds)]
    else:  # realistic change, often ties and zeros
        shift = rng.normal(0, 0.5)
        post = [v if rng.random() < 0.15 else person(rng, scale, mid + shift + rng.normal(0, 0.7), missing) for v in pre]
    return scale, pre, post


def reference(scale, pre, post):
    res = resolution(scale)
    pre_u = np.rint(np.asarray(pre) / res).astype(np.int64)
    post_u = np.rint(np.asarray(post) / res).astype(np.int64)
    d = post_u - pre_u
    n = len(d)
    out = {
        "n": n,
        "preMean": float(np.mean(pre)),
        "postMean": float(np.mean(post)),
        "meanChange": float(d.mean() * res),
        "sdChange": float(d.std(ddof=1) * res),
        "ciLow": None, "ciHigh": None, "t": None, "pValue": None, "dz": None, "gz": None,
    }
    if np.any(d != d[0]):
        r = stats.ttest_1samp(d.astype(float), 0.0)
        ci = r.confidence_interval(0.95)
        sdv = d.std(ddof=1)
        dz = d.mean() / sdv
        out.update({
            "t": float(r.statistic),
            "pValue": max(P_FLOOR, float(r.pvalue)),
            "ciLow": float(ci.low * res),
            "ciHigh": float(ci.high * res),
            "dz": float(dz),
            "gz": float(dz * (1 - 3 / (4 * (n - 1) - 1))),
        })
    nz = d[d != 0]
    m = len(nz)
    if m == 0:
        out.update({"tPlus": 0.0, "tMinus": 0.0, "wilcoxonP": None, "wilcoxonExact": False, "rankBiserial": None})
        return res, out
    ranks = stats.rankdata(np.abs(nz))
    t_plus = float(ranks[nz > 0].sum())
    t_minus = float(ranks[nz < 0].sum())
    ties = len(np.unique(np.abs(nz))) < m
    exact = (not ties) and m == n and m < 50
    w = stats.wilcoxon(d.astype(float), zero_method="wilcox", correction=True, method="exact" if exact else "asymptotic")
    out.update({
        "tPlus": t_plus,
        "tMinus": t_minus,
        "wilcoxonP": max(P_FLOOR, min(1.0, float(w.pvalue))),
        "wilcoxonExact": exact,
        "rankBiserial": (t_plus - t_minus) / (t_plus + t_minus),
    })
    return res, out


def main():
    rng = np.random.default_rng(20261202)
    data = []
    for i in range(4200):
        scale, pre, post = dataset(rng, i)
        res, ref = reference(scale, pre, post)
        data.append({"instrument": scale[0], "score": scale[1], "resolution": res, "pre": pre, "post": post, "ref": ref})
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "fixtures", "paired-stats-scipy.json")
    with open(path, "w") as f:
        json.dump({"scipy": scipy.__version__, "numpy": np.__version__, "python": sys.version.split()[0], "datasets": data}, f, separators=(",", ":"))
    print(f"{len(data)} datasets -> {path}")


if __name__ == "__main__":
    main()
