import { DEFAULT_WEIGHTS } from '@m4pris/matching-contracts';
import { solveAssignment } from './assignment.js';
import { monthsBetween, pairKey, type Applicant, type MatchPolicy, type MentorApplicant, type PairHistory, type Profile } from './model.js';
import { OverlapCache, scorePair } from './criteria.js';
import { planMatch } from './plan.js';

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

const ASOF = '2026-11-21';
const ROTAS = [
  { cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '07:00', hours: 8 })) },
  { cycleDays: 8, shifts: [0, 1, 2, 3].map((day) => ({ day, start: '19:00', hours: 12 })) },
];

/** A random small cohort with random rules: managers, conflicts, history, pins excluded (checked separately). */
function instance(rand: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const nMentees = 1 + Math.floor(rand() * 8);
  const nMentors = 1 + Math.floor(rand() * 5);
  const ids = Array.from({ length: nMentees + nMentors }, (_, k) => `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`);
  const managerOf = new Map<string, string>();
  ids.forEach((id, k) => {
    if (k > 0 && rand() < 0.3) managerOf.set(id, ids[Math.floor(rand() * k)]); // managers come earlier: no cycles
  });
  const chain = (id: string) => {
    const out: string[] = [];
    for (let cur = managerOf.get(id); cur; cur = managerOf.get(cur)) out.push(cur);
    return out;
  };
  const profile = (id: string): Profile => {
    const rota = Math.floor(rand() * ROTAS.length);
    return {
      staffId: id,
      tenantId: rand() < 0.05 ? 'other-tenant' : 'tenant',
      institutionId: pick(['i1', 'i2', 'i3']),
      institutionKind: pick(['adult', 'youth'] as const),
      region: pick(['north', 'south']),
      unitId: pick(['u1', 'u2', null]),
      supervisesOthers: rand() < 0.3,
      hiredOn: `${2000 + Math.floor(rand() * 27)}-0${1 + Math.floor(rand() * 9)}-15`,
      joinedInstitutionOn: '2024-01-01',
      previousInstitutionKind: rand() < 0.2 ? pick(['adult', 'youth'] as const) : null,
      rota: { ...ROTAS[rota], offsetDays: Math.floor(rand() * 7) },
      rotaKey: null,
      languages: [pick(['da', 'en'])],
      managementChain: chain(id),
      leftServiceOn: rand() < 0.05 ? '2026-01-01' : null,
    };
  };
  const base = (id: string): Applicant => ({
    applicationId: id,
    staffId: id,
    functions: (['psychosocial', 'job_familiarisation'] as const).filter(() => rand() < 0.5),
    languages: [],
    prefersSameUnit: rand() < 0.3,
    preferredStaffIds: rand() < 0.2 ? [pick(ids)] : [],
    conflictStaffIds: rand() < 0.15 ? [pick(ids)] : [],
    profile: rand() < 0.05 ? null : profile(id),
  });
  for (const a of ids.map(base)) if (a.profile) a.profile.rotaKey = `${a.staffId}`;
  const mentees = ids.slice(0, nMentees).map(base);
  const mentors: MentorApplicant[] = ids.slice(nMentees).map((id) => ({ ...base(id), capacityLeft: Math.floor(rand() * 4), trained: rand() < 0.7 }));
  for (const p of [...mentees, ...mentors]) if (p.profile) p.profile.rotaKey = p.staffId;
  const pairs = mentees.flatMap((m) => mentors.map((t) => pairKey(m.staffId, t.staffId)));
  const some = () => new Set(pairs.filter(() => rand() < 0.1));
  const history: PairHistory = { notAFit: some(), previousMentor: some(), forbidden: some(), pinned: new Set() };
  const policy: MatchPolicy = {
    tenantId: 'tenant',
    institutionScope: pick(['same_institution', 'same_region', 'any'] as const),
    lineManagerRule: pick(['forbid', 'allow_flagged'] as const),
    mentorKinds: pick(['peer', 'supervisor', 'both'] as const),
    minMentorExperienceMonths: pick([0, 12, 36, 120]),
    mentorTrainingRequired: rand() < 0.5,
    trainingDeployed: rand() < 0.7,
    languages: ['da'],
  };
  return { mentees, mentors, policy, history, weights: { ...DEFAULT_WEIGHTS, preferences: Math.floor(rand() * 20) }, asOf: ASOF, managerOf };
}

type Inst = ReturnType<typeof instance>;

/** The rules, written again independently of rules.ts. */
function allowed(inst: Inst, mentee: Applicant, mentor: MentorApplicant): boolean {
  const a = mentee.profile;
  const b = mentor.profile;
  const { policy: pol, history } = inst;
  if (!a || !b || a.tenantId !== 'tenant' || b.tenantId !== 'tenant' || a.leftServiceOn || b.leftServiceOn) return false;
  if (mentee.staffId === mentor.staffId) return false;
  if (pol.institutionScope === 'same_institution' && a.institutionId !== b.institutionId) return false;
  if (pol.institutionScope === 'same_region' && a.region !== b.region) return false;
  const above = (x: string, y: string) => {
    for (let cur = inst.managerOf.get(x); cur; cur = inst.managerOf.get(cur)) if (cur === y) return true;
    return false;
  };
  if (pol.lineManagerRule === 'forbid' && (above(mentee.staffId, mentor.staffId) || above(mentor.staffId, mentee.staffId))) return false;
  if (pol.mentorKinds === 'peer' && b.supervisesOthers) return false;
  if (pol.mentorKinds === 'supervisor' && !b.supervisesOthers) return false;
  if (pol.mentorTrainingRequired && pol.trainingDeployed && !mentor.trained) return false;
  if (monthsBetween(b.hiredOn, ASOF) < pol.minMentorExperienceMonths) return false;
  if (mentee.conflictStaffIds.includes(mentor.staffId) || mentor.conflictStaffIds.includes(mentee.staffId)) return false;
  const k = `${mentee.staffId}:${mentor.staffId}`;
  return !history.notAFit.has(k) && !history.previousMentor.has(k) && !history.forbidden.has(k) && mentor.capacityLeft > 0;
}

/** Best (pairs, score) over every assignment within capacities and rules. */
function bruteForce(inst: Inst): [number, number] {
  const overlaps = new OverlapCache();
  const score = inst.mentees.map((m) => inst.mentors.map((t) => (allowed(inst, m, t) ? scorePair(m, t, inst.weights, inst.history, ASOF, overlaps).score : -1)));
  const load = inst.mentors.map(() => 0);
  let best: [number, number] = [0, 0];
  const go = (i: number, count: number, sum: number) => {
    if (i === inst.mentees.length) {
      if (count > best[0] || (count === best[0] && sum > best[1])) best = [count, sum];
      return;
    }
    go(i + 1, count, sum);
    inst.mentors.forEach((t, j) => {
      if (score[i][j] < 0 || load[j] >= t.capacityLeft) return;
      load[j]++;
      go(i + 1, count + 1, sum + score[i][j]);
      load[j]--;
    });
  };
  go(0, 0, 0);
  return best;
}

describe('planMatch (property)', () => {
  it('on 400 random small cohorts with random rules: the brute-force optimum, and no rule ever broken', async () => {
    const rand = rng(424242);
    const solve = (a: Parameters<typeof solveAssignment>[0]) => Promise.resolve(solveAssignment(a));
    for (let t = 0; t < 400; t++) {
      const inst = instance(rand);
      const plan = await planMatch(inst, solve);
      const load = new Map<string, number>();
      for (const p of plan.pairs) {
        expect(allowed(inst, p.mentee, p.mentor)).toBe(true);
        load.set(p.mentor.staffId, (load.get(p.mentor.staffId) ?? 0) + 1);
        if (inst.policy.lineManagerRule === 'allow_flagged') {
          const inChain = p.mentee.profile!.managementChain.includes(p.mentor.staffId) || p.mentor.profile!.managementChain.includes(p.mentee.staffId);
          expect(p.flags.includes('line_manager_chain')).toBe(inChain);
        }
      }
      for (const m of inst.mentors) expect(load.get(m.staffId) ?? 0).toBeLessThanOrEqual(m.capacityLeft);
      expect([plan.pairs.length, plan.totalScore]).toEqual(bruteForce(inst));
      expect(plan.pairs.length + plan.unmatched.filter((u) => u.role === 'mentee').length).toBe(inst.mentees.length);
      for (const u of plan.unmatched) expect(u.reasons.length).toBeGreaterThan(0);
    }
  });

  it('fixes pinned pairs first and is deterministic whatever the input order', async () => {
    const rand = rng(99);
    const solve = (a: Parameters<typeof solveAssignment>[0]) => Promise.resolve(solveAssignment(a));
    for (let t = 0; t < 50; t++) {
      const inst = instance(rand);
      const a = await planMatch(inst, solve);
      const b = await planMatch({ ...inst, mentees: [...inst.mentees].reverse(), mentors: [...inst.mentors].reverse() }, solve);
      expect(b.pairs.map((p) => [p.mentee.staffId, p.mentor.staffId])).toEqual(a.pairs.map((p) => [p.mentee.staffId, p.mentor.staffId]));
      const allowedPair = inst.mentees.flatMap((m) => inst.mentors.filter((x) => allowed(inst, m, x)).map((x) => [m, x] as const))[0];
      if (!allowedPair) continue;
      const pinned = await planMatch({ ...inst, history: { ...inst.history, pinned: new Set([pairKey(allowedPair[0].staffId, allowedPair[1].staffId)]) } }, solve);
      expect(pinned.pairs.find((p) => p.mentee.staffId === allowedPair[0].staffId)).toMatchObject({ mentor: { staffId: allowedPair[1].staffId }, pinned: true });
    }
  });
});
