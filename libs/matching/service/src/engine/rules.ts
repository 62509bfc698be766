import type { RuleCode } from '@m4pris/matching-contracts';
import { monthsBetween, pairKey, type Applicant, type MatchPolicy, type MentorApplicant, type PairHistory } from './model.js';

/** Rules about one mentee alone: nobody can be matched with them while one applies. */
export function menteeExclusions(mentee: Applicant, policy: MatchPolicy): RuleCode[] {
  const p = mentee.profile;
  if (!p) return ['no_profile'];
  const out: RuleCode[] = [];
  if (p.tenantId !== policy.tenantId) out.push('different_tenant');
  if (p.leftServiceOn) out.push('left_service');
  return out;
}

/** Rules about one mentor alone. */
export function mentorExclusions(mentor: MentorApplicant, policy: MatchPolicy, asOf: string): RuleCode[] {
  const p = mentor.profile;
  if (!p) return ['no_profile'];
  const out: RuleCode[] = [];
  if (p.tenantId !== policy.tenantId) out.push('different_tenant');
  if (p.leftServiceOn) out.push('left_service');
  if (policy.mentorKinds === 'peer' && p.supervisesOthers) out.push('mentor_kind');
  if (policy.mentorKinds === 'supervisor' && !p.supervisesOthers) out.push('mentor_kind');
  if (policy.mentorTrainingRequired && policy.trainingDeployed && !mentor.trained) out.push('mentor_training');
  if (monthsBetween(p.hiredOn, asOf) < policy.minMentorExperienceMonths) out.push('min_experience');
  if (mentor.capacityLeft <= 0) out.push('mentor_capacity');
  return out;
}

export interface PairVerdict {
  /** Hard rules that forbid the pair. */
  excluded: RuleCode[];
  /** Rules that allow the pair but must be shown to the coordinator (e.g. line_manager_chain). */
  flags: RuleCode[];
}

/** Rules about the pair (both people pass their own rules). */
export function pairRules(mentee: Applicant, mentor: MentorApplicant, policy: MatchPolicy, history: PairHistory): PairVerdict {
  const a = mentee.profile!;
  const b = mentor.profile!;
  const excluded: RuleCode[] = [];
  const flags: RuleCode[] = [];
  const key = pairKey(mentee.staffId, mentor.staffId);
  if (mentee.staffId === mentor.staffId) excluded.push('same_person');
  if (a.tenantId !== b.tenantId) excluded.push('different_tenant');
  if (policy.institutionScope === 'same_institution' && a.institutionId !== b.institutionId) excluded.push('institution_scope');
  if (policy.institutionScope === 'same_region' && a.region !== b.region) excluded.push('institution_scope');
  // Chain of command, both ways: the mentor manages the mentee (at any level) or the reverse.
  if (a.managementChain.includes(mentor.staffId) || b.managementChain.includes(mentee.staffId)) {
    if (policy.lineManagerRule === 'forbid') excluded.push('line_manager_chain');
    else flags.push('line_manager_chain');
  }
  if (mentee.conflictStaffIds.includes(mentor.staffId) || mentor.conflictStaffIds.includes(mentee.staffId)) excluded.push('declared_conflict');
  if (history.notAFit.has(key)) excluded.push('not_a_fit');
  if (history.previousMentor.has(key)) excluded.push('previous_mentor');
  if (history.forbidden.has(key)) excluded.push('coordinator_forbidden');
  return { excluded, flags };
}
