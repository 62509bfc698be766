import { readFileSync } from 'node:fs';
import { INSTRUMENTS } from '../instrument/catalogue.js';
import { scoreResolution } from '../instrument/scoring.js';
import type { InstrumentCode } from '@m4pris/evaluation-contracts';
import { pairedChange, P_FLOOR } from './paired-stats.js';

/*
 * ≥ 4,000 random datasets of real instrument scores (mean-scored scales with missing items,
 * prorated sums, complete sums; ties, zero differences, equal changes, 49/50/51 pairs, far-tail
 * p-values) with the statistics computed by SciPy in `test/paired-stats-reference.py` (run it to
 * regenerate `test/fixtures/paired-stats-scipy.json`). Every reported statistic within 1e-9
 * (absolute, relative above 1); p-values within 1e-9 relative, so tiny ones are checked too.
 */
interface Ref {
  n: number;
  preMean: number;
  postMean: number;
  meanChange: number;
  sdChange: number;
  ciLow: number | null;
  ciHigh: number | null;
  t: number | null;
  pValue: number | null;
  dz: number | null;
  gz: number | null;
  tPlus: number;
  tMinus: number;
  wilcoxonP: number | null;
  wilcoxonExact: boolean;
  rankBiserial: number | null;
}
interface Dataset {
  instrument: InstrumentCode;
  score: string;
  resolution: number;
  pre: number[];
  post: number[];
  ref: Ref;
}
const fixture = JSON.parse(readFileSync(new URL('../../test/fixtures/paired-stats-scipy.json', import.meta.url), 'utf8')) as { scipy: string; datasets: Dataset[] };

function problems(d: Dataset): string[] {
  const out: string[] = [];
  const r = pairedChange(d.pre, d.post, scoreResolution(INSTRUMENTS[d.instrument], d.score));
  const check = (name: string, actual: number | null, expected: number | null, relative = false) => {
    if (expected === null || actual === null) {
      if (expected !== actual) out.push(`${name}: ${actual} ≠ ${expected}`);
      return;
    }
    const tol = 1e-9 * (relative ? Math.abs(expected) : Math.max(1, Math.abs(expected)));
    if (!(Math.abs(actual - expected) <= tol)) out.push(`${name}: ${actual} vs ${expected}`);
  };
  check('n', r.n, d.ref.n);
  check('preMean', r.preMean, d.ref.preMean);
  check('postMean', r.postMean, d.ref.postMean);
  check('meanChange', r.meanChange, d.ref.meanChange);
  check('sdChange', r.sdChange, d.ref.sdChange);
  check('ciLow', r.ciLow, d.ref.ciLow);
  check('ciHigh', r.ciHigh, d.ref.ciHigh);
  check('t', r.t, d.ref.t);
  check('pValue', r.pValue, d.ref.pValue, true);
  check('dz', r.dz, d.ref.dz);
  check('gz', r.gz, d.ref.gz);
  check('T+', r.wilcoxonTPlus, d.ref.tPlus);
  check('T-', r.wilcoxonTMinus, d.ref.tMinus);
  check('wilcoxonP', r.wilcoxonP, d.ref.wilcoxonP, true);
  check('rankBiserial', r.rankBiserial, d.ref.rankBiserial);
  if (r.wilcoxonExact !== d.ref.wilcoxonExact) out.push(`wilcoxonExact: ${r.wilcoxonExact} ≠ ${d.ref.wilcoxonExact}`);
  return out;
}

describe(`pairedChange equals SciPy ${fixture.scipy} on ${fixture.datasets.length} random datasets`, () => {
  it('covers what the reference must cover', () => {
    const ds = fixture.datasets;
    expect(ds.length).toBeGreaterThanOrEqual(4000);
    const count = (f: (d: Dataset) => boolean) => ds.filter(f).length;
    expect(count((d) => ['cbi', 'turnover3', 'm4p_integration'].includes(d.instrument))).toBeGreaterThan(1000); // mean-scored
    expect(count((d) => d.ref.dz === null)).toBeGreaterThan(100); // every pair changed by the same amount
    expect(count((d) => d.ref.wilcoxonExact)).toBeGreaterThan(200);
    expect(count((d) => !d.ref.wilcoxonExact && d.ref.n === 50 && d.ref.tPlus + d.ref.tMinus === 1275)).toBeGreaterThan(0); // n = 50, no zeros: normal
    expect(count((d) => d.ref.pValue !== null && d.ref.pValue < 1e-16)).toBeGreaterThan(20);
    expect(count((d) => d.ref.wilcoxonP !== null && d.ref.wilcoxonP < 1e-16)).toBeGreaterThan(20);
  });

  it('uses the resolution the reference derived for every score', () => {
    const seen = new Map(fixture.datasets.map((d) => [`${d.instrument}.${d.score}`, d]));
    for (const d of seen.values()) expect(scoreResolution(INSTRUMENTS[d.instrument], d.score)).toBeCloseTo(d.resolution, 12);
  });

  it('reports every statistic within 1e-9 of SciPy', () => {
    const failures = fixture.datasets.flatMap((d, i) => problems(d).map((p) => `#${i} ${d.instrument}.${d.score} n=${d.ref.n}: ${p}`));
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('reports p-values far in the tail, not 0, and floors them at P_FLOOR', () => {
    const tiny = fixture.datasets.filter((d) => d.ref.wilcoxonP !== null && d.ref.wilcoxonP < 1e-16)[0]!;
    const r = pairedChange(tiny.pre, tiny.post, tiny.resolution);
    expect(r.wilcoxonP).toBeGreaterThan(0);
    expect(r.wilcoxonP).toBeLessThan(1e-16);
    const pre = Array.from({ length: 400 }, (_, i) => i % 7);
    const post = pre.map((v, i) => v + 50 + (i % 3));
    expect(pairedChange(pre, post, 1).pValue).toBe(P_FLOOR);
  });
});
