import type { MatchingWeights, RuleCode, RuleCountDto } from '@m4pris/matching-contracts';
import type { StoredCriterionScore } from './criteria.js';
import type { AssignmentInput, AssignmentResult } from './assignment.js';
import { OverlapCache, scorePair, SCORE_SCALE } from './criteria.js';
import { pairKey, type Applicant, type MatchPolicy, type MentorApplicant, type PairHistory } from './model.js';
import { menteeExclusions, mentorExclusions, pairRules } from './rules.js';

export interface MatchInput {
  mentees: Applicant[];
  mentors: MentorApplicant[];
  policy: MatchPolicy;
  history: PairHistory;
  weights: MatchingWeights;
  asOf: string;
}

export interface PlannedPair {
  mentee: Applicant;
  mentor: MentorApplicant;
  score: number;
  breakdown: StoredCriterionScore[];
  flags: RuleCode[];
  pinned: boolean;
}

export interface PlannedUnmatched {
  applicant: Applicant;
  role: 'mentor' | 'mentee';
  /** Rules that excluded the candidates, with how many each excluded (no one's identity). */
  reasons: RuleCountDto[];
}

export interface MatchPlan {
  pairs: PlannedPair[];
  unmatched: PlannedUnmatched[];
  totalScore: number;
}

export type Solver = (input: AssignmentInput) => Promise<AssignmentResult>;

function countRules(list: RuleCode[][]): RuleCountDto[] {
  const counts = new Map<RuleCode, number>();
  for (const rules of list) for (const r of new Set(rules)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([rule, count]) => ({ rule, count }));
}

/**
 * The gains matrix of a run (rows: mentees to place, columns: mentors): `-Infinity` where a hard
 * rule forbids the pair, otherwise K + score, where K (more than any total of scores) makes the
 * solver place as many mentees as possible first. Also which rules excluded whom.
 */
export function buildMatrix(
  input: MatchInput,
  mentees: Applicant[],
  mentors: MentorApplicant[],
  rows: number[],
  menteeOwn: RuleCode[][],
  mentorOwn: RuleCode[][],
  overlaps: OverlapCache,
) {
  const { policy, history, weights, asOf } = input;
  const cols = mentors.length;
  const weight = new Float64Array(rows.length * cols).fill(-Infinity);
  const K = (rows.length + 1) * SCORE_SCALE + 1;
  const excludedBy: RuleCode[][][] = rows.map(() => []);
  const mentorExcludedBy: RuleCode[][][] = mentors.map(() => []);
  const allowed: boolean[] = new Array<boolean>(rows.length).fill(false);
  const mentorAllowed: boolean[] = new Array<boolean>(cols).fill(false);
  const flagsOf = new Map<number, RuleCode[]>();
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    for (let j = 0; j < cols; j++) {
      let rules: RuleCode[] = [...menteeOwn[i], ...mentorOwn[j]];
      if (rules.length === 0) {
        const verdict = pairRules(mentees[i], mentors[j], policy, history);
        rules = verdict.excluded;
        if (rules.length === 0) {
          if (verdict.flags.length > 0) flagsOf.set(r * cols + j, verdict.flags);
          weight[r * cols + j] = K + scorePair(mentees[i], mentors[j], weights, history, asOf, overlaps).score;
          allowed[r] = true;
          mentorAllowed[j] = true;
          continue;
        }
      }
      excludedBy[r].push(rules);
      mentorExcludedBy[j].push(rules);
    }
  }
  return { weight, K, excludedBy, mentorExcludedBy, allowed, mentorAllowed, flagsOf };
}

/**
 * One match run on the whole cohort at once: hard rules decide which pairs may exist, the
 * weighted criteria score them, the solver picks the assignment that matches as many mentees as
 * possible and, among those, has the highest total score. Pinned pairs are fixed first.
 * Inputs are sorted by staff id so the same input gives the same plan.
 */
export async function planMatch(input: MatchInput, solve: Solver): Promise<MatchPlan> {
  const { policy, history, weights, asOf } = input;
  const mentees = [...input.mentees].sort((a, b) => a.staffId.localeCompare(b.staffId));
  const mentors = [...input.mentors].sort((a, b) => a.staffId.localeCompare(b.staffId));
  const overlaps = new OverlapCache();
  const menteeOwn = mentees.map((m) => menteeExclusions(m, policy));
  const mentorOwn = mentors.map((m) => mentorExclusions(m, policy, asOf));
  const capacity = mentors.map((m, j) => (mentorOwn[j].length === 0 ? m.capacityLeft : 0));

  // Pins: fixed before solving when the pair is allowed and the mentor has room.
  const pairs: PlannedPair[] = [];
  const pinnedMentee = new Set<number>();
  for (let i = 0; i < mentees.length; i++) {
    if (menteeOwn[i].length > 0) continue;
    for (let j = 0; j < mentors.length; j++) {
      if (!history.pinned.has(pairKey(mentees[i].staffId, mentors[j].staffId)) || capacity[j] <= 0) continue;
      const verdict = pairRules(mentees[i], mentors[j], policy, history);
      if (verdict.excluded.length > 0) continue;
      capacity[j]--;
      pinnedMentee.add(i);
      const s = scorePair(mentees[i], mentors[j], weights, history, asOf, overlaps, true);
      pairs.push({ mentee: mentees[i], mentor: mentors[j], score: s.score, breakdown: s.breakdown, flags: verdict.flags, pinned: true });
      break;
    }
  }

  const rows = mentees.map((_, i) => i).filter((i) => !pinnedMentee.has(i));
  const cols = mentors.length;
  const { weight, excludedBy, mentorExcludedBy, allowed, mentorAllowed, flagsOf } = buildMatrix(input, mentees, mentors, rows, menteeOwn, mentorOwn, overlaps);
  const result = rows.length > 0 && cols > 0 ? await solve({ rows: rows.length, cols, capacity, weight }) : { colOfRow: new Int32Array(rows.length).fill(-1), total: 0, matched: 0 };

  const unmatched: PlannedUnmatched[] = [];
  const used = new Set<number>(pairs.map((p) => mentors.indexOf(p.mentor)));
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    const j = result.colOfRow[r];
    if (j >= 0) {
      used.add(j);
      const s = scorePair(mentees[i], mentors[j], weights, history, asOf, overlaps, true);
      pairs.push({ mentee: mentees[i], mentor: mentors[j], score: s.score, breakdown: s.breakdown, flags: flagsOf.get(r * cols + j) ?? [], pinned: false });
    } else {
      const reasons = cols === 0 ? [{ rule: 'no_mentors' as RuleCode, count: 0 }] : allowed[r] ? [{ rule: 'capacity_taken' as RuleCode, count: 0 }] : countRules(excludedBy[r]);
      unmatched.push({ applicant: mentees[i], role: 'mentee', reasons });
    }
  }
  for (let j = 0; j < cols; j++) {
    if (used.has(j)) continue;
    const own = mentorOwn[j];
    const reasons: RuleCountDto[] =
      own.length > 0 ? own.map((rule) => ({ rule, count: 0 })) : mentorAllowed[j] ? [{ rule: 'not_needed', count: 0 }] : rows.length === 0 ? [{ rule: 'no_mentees', count: 0 }] : countRules(mentorExcludedBy[j]);
    unmatched.push({ applicant: mentors[j], role: 'mentor', reasons });
  }
  pairs.sort((a, b) => a.mentee.staffId.localeCompare(b.mentee.staffId));
  return { pairs, unmatched, totalScore: pairs.reduce((s, p) => s + p.score, 0) };
}
