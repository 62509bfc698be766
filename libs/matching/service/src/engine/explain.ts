import type { Criterion, CriterionScoreDto, RuleCode, RuleCountDto } from '@m4pris/matching-contracts';

const WHY: Record<Criterion, string> = {
  shiftOverlap: 'you are often on shift at the same time',
  sameUnit: 'you work in the same unit',
  experienceGap: "the mentor's experience suits a colleague who is new",
  sharedLanguage: 'you share a language',
  functions: "the mentor's strengths match the support the mentee asked for",
  destinationKind: 'the mentor knows the kind of institution the mentee moved to',
  preferences: 'it follows what you asked for',
};

const RULE_TEXT: Record<RuleCode, string> = {
  no_profile: 'no staff profile is known',
  left_service: 'has left the service',
  different_tenant: 'belongs to another organisation',
  same_person: 'the same person',
  institution_scope: 'outside the institution scope of the programme',
  line_manager_chain: 'in the line-management chain',
  mentor_kind: 'not the kind of mentor the programme allows',
  mentor_training: 'mentor training not completed',
  min_experience: 'less experience than the programme requires',
  mentor_capacity: 'no place left (mentor capacity reached)',
  declared_conflict: 'a declared conflict of interest',
  not_a_fit: 'an earlier duo ended as not a fit',
  previous_mentor: 'the previous mentor of a re-match',
  coordinator_forbidden: 'forbidden by the coordinator',
  capacity_taken: 'every mentor who fits was needed for other mentees',
  not_needed: 'not needed in this run (more places than mentees who fit)',
  no_mentors: 'no mentors in the cohort',
  no_mentees: 'no mentees waiting',
};

/** Criteria that stood out for a duo (value ≥ 0.5, by points). */
export function highlights(breakdown: CriterionScoreDto[]): Criterion[] {
  return breakdown
    .filter((c) => c.weight > 0 && c.value >= 0.5)
    .sort((a, b) => b.points - a.points)
    .slice(0, 3)
    .map((c) => c.criterion);
}

/** The plain-language reason shown to the duo: about the two of them only, no figures about others. */
export function duoReason(breakdown: CriterionScoreDto[]): string {
  const why = highlights(breakdown).map((c) => WHY[c]);
  if (why.length === 0) return 'You were proposed as the best available match in your cohort.';
  const list = why.length === 1 ? why[0] : `${why.slice(0, -1).join(', ')} and ${why[why.length - 1]}`;
  return `You were matched because ${list}.`;
}

/** Why a person was not matched, for the coordinator (counts only, nobody's identity). */
export function unmatchedExplanation(role: 'mentor' | 'mentee', reasons: RuleCountDto[]): string {
  const other = role === 'mentee' ? 'mentor' : 'mentee';
  const parts = reasons.map((r) => (r.count > 0 ? `${RULE_TEXT[r.rule]} (${r.count} ${other}${r.count === 1 ? '' : 's'})` : RULE_TEXT[r.rule]));
  return role === 'mentee' ? `No mentor proposed: ${parts.join('; ')}.` : `No mentee proposed: ${parts.join('; ')}.`;
}
