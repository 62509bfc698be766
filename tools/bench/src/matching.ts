// Matching solver benchmark: our assignment solver against the npm package `munkres` and, where
// python3 has SciPy, SciPy's `linear_sum_assignment`, on the same seeded cohorts and the same gains
// matrices, in the same run. The dense cases (n mentees, about n/2 mentors with capacities 1–3, six
// institutions in three regions; and "dense capacity 1", n mentors with one place each, the shape
// of issue 19's SciPy figures) and the sparse case (2000
// mentees, 1500 mentors in 20 institutions, pairs across institutions forbidden). `ours ÷ peer`
// below 1 means ours is faster. Prints the load average with every row (the cores are shared);
// the last line is one JSON object.
//   npm run bench:matching -- [--sizes 500,1000,2000,5000] [--sparse 2000x1500x20|none] [--repeat 3] [--peer-max 5000] [--capacity-one yes|no] [--python python3] [--json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import munkres from 'munkres';
import { DEFAULT_WEIGHTS } from '@m4pris/matching-contracts';
// The benchmark measures the service's own solver and matrix builder (a tool, never shipped).
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  buildMatrix,
  closeSolverWorker,
  menteeExclusions,
  mentorExclusions,
  OverlapCache,
  solveAssignment,
  solveByComponents,
  solveInWorker,
  warmSolverWorker,
  type Applicant,
  type AssignmentInput,
  type MatchInput,
  type MentorApplicant,
  type Profile,
} from '@m4pris/matching-service';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
const JSON_OUT = process.argv.includes('--json');
const SIZES = arg('sizes', '500,1000,2000,5000').split(',').map(Number);
const REPEAT = Number(arg('repeat', '3'));
const PEER_MAX = Number(arg('peer-max', '5000'));
const SPARSE = arg('sparse', '2000x1500x20');
const PYTHON = arg('python', 'python3');
const DENSE_ONE = arg('capacity-one', 'yes') !== 'no';

/**
 * The second peer, when this machine has it: SciPy's `linear_sum_assignment` (Crouse's shortest
 * augmenting path in C++), run by `python3` on the same rows × places cost matrix, timed inside
 * Python around the call alone (reading the matrix and starting Python are not counted).
 */
const SCIPY_PEER = `
import sys, json, time
import numpy as np
from scipy.optimize import linear_sum_assignment
path, rows, cols, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
cost = np.fromfile(path, dtype=np.float64).reshape(rows, cols)
times = []
for _ in range(repeat):
    t0 = time.perf_counter()
    r, c = linear_sum_assignment(cost)
    times.append((time.perf_counter() - t0) * 1000)
col = [-1] * rows
for i, j in zip(r.tolist(), c.tolist()):
    col[i] = j
print(json.dumps({"ms": times, "col": col}))
`;
const scipyVersion = (() => {
  const r = spawnSync(PYTHON, ['-c', 'import scipy; print(scipy.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
})();

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (prefix: number, i: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const TENANT = uuid(1, 0);
const ROTAS = [
  { cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '07:00', hours: 8 })) },
  { cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '15:00', hours: 8 })) },
  { cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '07:00', hours: 12 })) },
  { cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '19:00', hours: 12 })) },
  { cycleDays: 14, shifts: [0, 1, 2, 7, 8, 9, 10].map((day) => ({ day, start: '06:30', hours: 10 })) },
];

interface Shape {
  mentors: number;
  institutions: number;
  /** sparse: one mentor place each and pairs across institutions forbidden */
  sparse: boolean;
  /** one place per mentor (the issue's "dense capacity 1"; otherwise 1–3 places) */
  capacityOne?: boolean;
}

/** A seeded cohort: n mentees, about n/2 mentors with capacities 1–3, realistic profiles and rules. */
function cohort(n: number, seed: number, shape: Shape = { mentors: Math.ceil(n / 2), institutions: 6, sparse: false }): MatchInput {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const institutions = Array.from({ length: shape.institutions }, (_, k) => ({ id: uuid(2, k), kind: k % 6 === 5 ? ('youth' as const) : ('adult' as const), region: `R${k % 3}` }));
  const units = institutions.map((_, k) => Array.from({ length: 5 }, (_, u) => uuid(3, k * 10 + u)));
  const date = (yearsAgo: number) => {
    const d = new Date(Date.UTC(2026, 10, 21) - Math.floor(yearsAgo * 365.25 * 86_400_000));
    return d.toISOString().slice(0, 10);
  };
  const managers: string[] = [];
  const person = (id: string, mentor: boolean): Profile => {
    const k = Math.floor(rand() * institutions.length);
    const rota = Math.floor(rand() * ROTAS.length);
    const offset = Math.floor(rand() * ROTAS[rota].cycleDays);
    const inst = institutions[k];
    const moved = !mentor && rand() < 0.15;
    const manager = managers.length > 0 && rand() < 0.3 ? pick(managers) : null;
    return {
      staffId: id,
      tenantId: TENANT,
      institutionId: inst.id,
      institutionKind: inst.kind,
      region: inst.region,
      unitId: pick(units[k]),
      supervisesOthers: mentor && rand() < 0.25,
      hiredOn: date(mentor ? 2 + rand() * 25 : rand() * 2),
      joinedInstitutionOn: date(rand() * 2),
      previousInstitutionKind: moved ? (inst.kind === 'youth' ? 'adult' : 'youth') : null,
      rota: { ...ROTAS[rota], offsetDays: offset },
      rotaKey: `${rota}:${offset}`,
      languages: rand() < 0.2 ? ['en'] : ['da', 'en'].slice(0, 1 + Math.floor(rand() * 2)),
      managementChain: manager ? [manager] : [],
      leftServiceOn: null,
    };
  };
  const functions = () => (['psychosocial', 'job_familiarisation'] as const).filter(() => rand() < 0.6);
  const mentors: MentorApplicant[] = Array.from({ length: shape.mentors }, (_, j) => {
    const id = uuid(5, j);
    const m: MentorApplicant = {
      applicationId: uuid(6, j),
      staffId: id,
      functions: [...functions()],
      languages: [],
      prefersSameUnit: false,
      preferredStaffIds: [],
      conflictStaffIds: [],
      profile: person(id, true),
      capacityLeft: shape.sparse || shape.capacityOne ? 1 : 1 + Math.floor(rand() * 3),
      trained: true,
    };
    if (m.profile!.supervisesOthers) managers.push(id);
    return m;
  });
  const mentees: Applicant[] = Array.from({ length: n }, (_, i) => {
    const id = uuid(7, i);
    return {
      applicationId: uuid(8, i),
      staffId: id,
      functions: [...functions()],
      languages: [],
      prefersSameUnit: rand() < 0.3,
      preferredStaffIds: rand() < 0.1 ? [pick(mentors).staffId] : [],
      conflictStaffIds: rand() < 0.05 ? [pick(mentors).staffId] : [],
      profile: person(id, false),
    };
  });
  return {
    mentees,
    mentors,
    policy: { tenantId: TENANT, institutionScope: shape.sparse ? 'same_institution' : 'same_region', lineManagerRule: 'forbid', mentorKinds: 'both', minMentorExperienceMonths: 36, mentorTrainingRequired: true, trainingDeployed: true, languages: ['da', 'en'] },
    history: { notAFit: new Set(), previousMentor: new Set(), forbidden: new Set(), pinned: new Set() },
    weights: { ...DEFAULT_WEIGHTS },
    asOf: '2026-11-21',
  };
}

interface Row {
  case: string;
  n: number;
  mentors: number;
  places: number;
  allowedShare: number;
  oursMs: number;
  /** the first run of the case (the first case: the solver not yet compiled by the JIT) */
  oursFirstMs: number;
  peerMs: number | null;
  /** ours ÷ peer (below 1: ours is faster) */
  oursOverPeer: number | null;
  loadAvg1: number;
  sameOptimum: boolean | null;
  oursTotal: number;
  peerTotal: number | null;
  /** SciPy's linear_sum_assignment on the same places matrix (null: no SciPy on this machine) */
  scipyMs: number | null;
  /** ours ÷ SciPy (below 1: ours is faster) */
  oursOverScipy: number | null;
  scipySameOptimum: boolean | null;
  /** sparse case: the same solver on the whole matrix at once (before the split into components) */
  onePieceMs: number | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The service's path for one instance: solveInWorker in a fresh worker, cold and after warmSolverWorker(). */
interface WorkerFirstRun {
  case: string;
  n: number;
  /** median over `--repeat` fresh workers of the first solve in a cold worker (message round trip included) */
  coldMs: number;
  /** median over `--repeat` fresh workers of the first solve after warmSolverWorker() resolved */
  warmedMs: number;
  /** the warmed worker's next solve of the same instance (the steady state, for comparison) */
  nextMs: number;
  /** how long warmSolverWorker() took (starting the worker included), median */
  warmUpMs: number;
  scipyMs: number | null;
  loadAvg1: number;
}

async function workerFirstRun(r: Row, input: AssignmentInput): Promise<WorkerFirstRun> {
  const cold: number[] = [];
  const warmed: number[] = [];
  const next: number[] = [];
  const warmUp: number[] = [];
  // the service asks for progress (the run's progress field): so does this
  let progressed = 0;
  const onProgress = () => void progressed++;
  for (let k = 0; k < REPEAT; k++) {
    await closeSolverWorker();
    let t0 = performance.now();
    let res = await solveInWorker(input, onProgress);
    cold.push(performance.now() - t0);
    if (res.total !== r.oursTotal) throw new Error(`worker (cold) ${res.total} ≠ ${r.oursTotal}`);
    await closeSolverWorker();
    t0 = performance.now();
    let warmError: Error | undefined;
    await warmSolverWorker((e) => (warmError = e));
    if (warmError) throw warmError;
    warmUp.push(performance.now() - t0);
    t0 = performance.now();
    res = await solveInWorker(input, onProgress);
    warmed.push(performance.now() - t0);
    if (res.total !== r.oursTotal) throw new Error(`worker (warmed) ${res.total} ≠ ${r.oursTotal}`);
    t0 = performance.now();
    await solveInWorker(input, onProgress);
    next.push(performance.now() - t0);
  }
  await closeSolverWorker();
  if (progressed === 0) throw new Error('the worker reported no progress');
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    case: r.case,
    n: r.n,
    coldMs: round(median(cold)),
    warmedMs: round(median(warmed)),
    nextMs: round(median(next)),
    warmUpMs: round(median(warmUp)),
    scipyMs: r.scipyMs,
    loadAvg1: Math.round(loadavg()[0] * 100) / 100,
  };
}

function benchOne(n: number, shape?: Shape): Row & { instance: AssignmentInput } {
  const input = cohort(n, 1000 + n, shape);
  const mentees = input.mentees;
  const mentors = input.mentors;
  const menteeOwn = mentees.map((m) => menteeExclusions(m, input.policy));
  const mentorOwn = mentors.map((m) => mentorExclusions(m, input.policy, input.asOf));
  const rows = mentees.map((_, i) => i);
  const { weight } = buildMatrix(input, mentees, mentors, rows, menteeOwn, mentorOwn, new OverlapCache());
  const capacity = mentors.map((m, j) => (mentorOwn[j].length === 0 ? m.capacityLeft : 0));
  const cols = mentors.length;
  let allowedCount = 0;
  for (const x of weight) if (x !== -Infinity) allowedCount++;

  // Ours: the solver alone, split into independent components as the service does (the service runs
  // the same function in its warm worker thread, so the headline is the median of REPEAT runs after
  // a first one; the first run, in the first case still compiling the solver, is printed too).
  const oursTimes: number[] = [];
  let oursTotal = 0;
  let oursFirstMs = 0;
  for (let k = 0; k <= REPEAT; k++) {
    const t0 = performance.now();
    const r = solveByComponents({ rows: n, cols, capacity, weight });
    if (k === 0) oursFirstMs = performance.now() - t0;
    else oursTimes.push(performance.now() - t0);
    oursTotal = r.total;
  }

  // Peer: the same gains, capacities expanded into slot columns, forbidden = unmatched (gain 0),
  // padded with "nobody" columns when there are fewer places than mentees; munkres minimises cost.
  const slotOf: number[] = [];
  capacity.forEach((c, j) => {
    for (let s = 0; s < c; s++) slotOf.push(j);
  });
  const width = Math.max(slotOf.length, n);
  let wmax = 0;
  for (const x of weight) if (x > wmax) wmax = x;
  let peerMs: number | null = null;
  let peerTotal: number | null = null;
  const places = slotOf.length;
  if (n <= PEER_MAX) {
    const times: number[] = [];
    for (let k = 0; k < Math.min(REPEAT, n >= 5000 ? 1 : REPEAT); k++) {
      const cost: Float64Array[] = [];
      for (let i = 0; i < n; i++) {
        const row = new Float64Array(width).fill(wmax);
        for (let s = 0; s < slotOf.length; s++) {
          const w = weight[i * cols + slotOf[s]];
          if (w !== -Infinity) row[s] = wmax - w;
        }
        cost.push(row);
      }
      const t0 = performance.now();
      const pairs = munkres(cost);
      times.push(performance.now() - t0);
      peerTotal = 0;
      for (const [i, s] of pairs) {
        if (s >= slotOf.length) continue;
        const w = weight[i * cols + slotOf[s]];
        if (w !== -Infinity) peerTotal += w;
      }
    }
    peerMs = median(times);
  }
  let scipyMs: number | null = null;
  let scipyTotal: number | null = null;
  if (scipyVersion !== null) {
    // rows × places (rectangular as it is: SciPy needs no padding); a forbidden pair costs wmax, as staying unmatched gains 0
    const cost = new Float64Array(n * places);
    for (let i = 0; i < n; i++) {
      for (let s = 0; s < places; s++) {
        const w = weight[i * cols + slotOf[s]];
        cost[i * places + s] = w === -Infinity ? wmax : wmax - w;
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'bench-matching-'));
    try {
      const file = join(dir, 'cost.f64');
      writeFileSync(file, cost);
      const r = spawnSync(PYTHON, ['-c', SCIPY_PEER, file, String(n), String(places), String(REPEAT)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`SciPy peer failed: ${r.stderr}`);
      const out = JSON.parse(r.stdout) as { ms: number[]; col: number[] };
      scipyMs = median(out.ms);
      let total = 0;
      for (let i = 0; i < n; i++) {
        const s = out.col[i];
        const w = s >= 0 ? weight[i * cols + slotOf[s]] : -Infinity;
        if (w !== -Infinity) total += w;
      }
      scipyTotal = total;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const oursMs = median(oursTimes);
  let onePieceMs: number | null = null;
  if (shape?.sparse) {
    const times: number[] = [];
    for (let k = 0; k < REPEAT; k++) {
      const t0 = performance.now();
      const r = solveAssignment({ rows: n, cols, capacity, weight });
      times.push(performance.now() - t0);
      if (r.total !== oursTotal) throw new Error(`components ${oursTotal} ≠ whole ${r.total}`);
    }
    onePieceMs = Math.round(median(times) * 10) / 10;
  }
  return {
    instance: { rows: n, cols, capacity, weight },
    case: shape?.sparse ? `sparse ${shape.institutions} institutions` : shape?.capacityOne ? 'dense capacity 1' : 'dense',
    n,
    mentors: cols,
    places,
    allowedShare: allowedCount / (n * cols),
    oursMs: Math.round(oursMs * 10) / 10,
    oursFirstMs: Math.round(oursFirstMs * 10) / 10,
    peerMs: peerMs === null ? null : Math.round(peerMs * 10) / 10,
    oursOverPeer: peerMs === null ? null : Math.round((oursMs / peerMs) * 100) / 100,
    loadAvg1: Math.round(loadavg()[0] * 100) / 100,
    sameOptimum: peerTotal === null ? null : peerTotal === oursTotal,
    scipyMs: scipyMs === null ? null : Math.round(scipyMs * 10) / 10,
    oursOverScipy: scipyMs === null ? null : Math.round((oursMs / scipyMs) * 100) / 100,
    scipySameOptimum: scipyTotal === null ? null : scipyTotal === oursTotal,
    oursTotal,
    peerTotal,
    onePieceMs,
  };
}

const cases: { n: number; shape?: Shape }[] = SIZES.filter((n) => n > 0).map((n) => ({ n }));
// the issue's SciPy figures were for dense capacity 1: n mentees, n mentors with one place each
if (DENSE_ONE) for (const n of SIZES.filter((x) => x > 0)) cases.push({ n, shape: { mentors: n, institutions: 6, sparse: false, capacityOne: true } });
if (SPARSE !== 'none') {
  const [n, mentors, institutions] = SPARSE.split('x').map(Number);
  cases.push({ n, shape: { mentors, institutions, sparse: true } });
}
const results: Row[] = [];
let firstRun: WorkerFirstRun | null = null;
console.log(
  `matching solver benchmark: ours vs munkres (npm) and ${scipyVersion ? `SciPy ${scipyVersion} linear_sum_assignment` : 'no SciPy (not on this machine)'}, repeat ${REPEAT} (median; ours after a first run, shown as "first ms"); node ${process.version}; load average at start ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
);
console.log('ours ÷ peer = our time divided by the peer\'s (below 1: ours is faster). The old `ratio` field was peer ÷ ours; it is gone.');
console.log('case                        n  mentors  places  allowed  first ms   ours ms   munkres ms  ours ÷ munkres  same   scipy ms  ours ÷ scipy  same  load avg');
for (const c of cases) {
  const { instance, ...r } = benchOne(c.n, c.shape);
  results.push(r);
  // The service's path for the first case: the solve posted to the worker thread, first in a fresh
  // cold worker, then first in a fresh worker warmed by warmSolverWorker() (what the service does at start).
  if (firstRun === null) firstRun = await workerFirstRun(r, instance);
  console.log(
    (r.onePieceMs !== null ? `(the same solver on the whole matrix, before the split into components: ${r.onePieceMs.toFixed(1)} ms)\n` : '') +
      `${r.case.padEnd(22)}  ${String(r.n).padStart(5)}  ${String(r.mentors).padStart(7)}  ${String(r.places).padStart(6)}  ${(r.allowedShare * 100).toFixed(0).padStart(6)}%  ${r.oursFirstMs.toFixed(1).padStart(8)}  ${r.oursMs.toFixed(1).padStart(8)}  ${(r.peerMs?.toFixed(1) ?? 'skipped').padStart(11)}  ${(r.oursOverPeer?.toFixed(2) ?? '-').padStart(14)}  ${String(r.sameOptimum ?? '-').padStart(5)}  ${(r.scipyMs?.toFixed(1) ?? '-').padStart(9)}  ${(r.oursOverScipy?.toFixed(2) ?? '-').padStart(12)}  ${String(r.scipySameOptimum ?? '-').padStart(5)}  ${r.loadAvg1.toFixed(2).padStart(8)}`,
  );
}
if (firstRun) {
  const f = firstRun;
  const vs = (x: number) => (f.scipyMs ? ` (${(x / f.scipyMs).toFixed(2)}× SciPy)` : '');
  console.log(
    `worker first run, the service's path (${f.case} n=${f.n}, solveInWorker, median of ${REPEAT} fresh workers): cold worker ${f.coldMs.toFixed(1)} ms${vs(f.coldMs)}; ` +
      `after warmSolverWorker() (${f.warmUpMs.toFixed(1)} ms, worker start included) ${f.warmedMs.toFixed(1)} ms${vs(f.warmedMs)}; the warmed worker's next run ${f.nextMs.toFixed(1)} ms${vs(f.nextMs)}; ` +
      `SciPy ${f.scipyMs?.toFixed(1) ?? '-'} ms; load avg ${f.loadAvg1.toFixed(2)}`,
  );
}
// the last line: one JSON object (always; --json is kept for older callers)
void JSON_OUT;
console.log(
  JSON.stringify({
    benchmark: 'matching',
    node: process.version,
    scipy: scipyVersion,
    loadAvgEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    workerFirstRun: firstRun,
    results: results.map((r) => ({
      case: r.case,
      n: r.n,
      mentors: r.mentors,
      places: r.places,
      oursMs: r.oursMs,
      oursFirstMs: r.oursFirstMs,
      peerMs: r.peerMs,
      oursOverPeer: r.oursOverPeer,
      scipyMs: r.scipyMs,
      oursOverScipy: r.oursOverScipy,
      onePieceMs: r.onePieceMs,
      sameOptimum: r.sameOptimum,
      scipySameOptimum: r.scipySameOptimum,
      loadAvg1: r.loadAvg1,
    })),
  }),
);
