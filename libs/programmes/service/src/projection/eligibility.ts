import type { EligibilityReason, ProgrammePolicy } from '@m4pris/programmes-contracts';
import { dateOnly, monthsBetween } from '../shared/dates.js';

/** The staff data eligibility is computed from (the identity projection). */
export interface ProfileFacts {
  institutionKind: string;
  supervisesOthers: boolean;
  hiredOn: string | Date;
  joinedInstitutionOn: string | Date;
  previousInstitutionKind?: string | null;
  leftServiceOn?: string | Date | null;
}

/**
 * Why someone counts as a mentee under a policy, as of a date: new to the profession (hired within
 * the threshold), new to the setting (joined the current institution within the threshold after a
 * transfer), or moved from another kind of institution (e.g. adult → youth) within that window.
 * Empty: not eligible.
 */
export function menteeReasons(p: ProfileFacts, policy: ProgrammePolicy, asOf: string): EligibilityReason[] {
  if (p.leftServiceOn && dateOnly(p.leftServiceOn) <= asOf) return [];
  const hired = dateOnly(p.hiredOn);
  const joined = dateOnly(p.joinedInstitutionOn);
  const e = policy.eligibility;
  const reasons: EligibilityReason[] = [];
  if (e.newToProfessionMonths > 0 && monthsBetween(hired, asOf) < e.newToProfessionMonths) reasons.push('new_to_profession');
  const transferred = joined > hired;
  const recentlyJoined = e.newToSettingMonths > 0 && monthsBetween(joined, asOf) < e.newToSettingMonths;
  if (transferred && recentlyJoined) reasons.push('new_to_setting');
  if (e.institutionKindChangeCounts && recentlyJoined && p.previousInstitutionKind && p.previousInstitutionKind !== p.institutionKind) {
    reasons.push('institution_kind_change');
  }
  return reasons;
}

export type MentorCheck = { ok: true; reasons: EligibilityReason[] } | { ok: false; failure: string };

/** Whether someone may mentor under a policy: experience and the mentor kinds allowed. */
export function mentorCheck(p: ProfileFacts, policy: ProgrammePolicy, asOf: string): MentorCheck {
  if (p.leftServiceOn && dateOnly(p.leftServiceOn) <= asOf) return { ok: false, failure: 'has left the service' };
  const months = monthsBetween(dateOnly(p.hiredOn), asOf);
  if (months < policy.minMentorExperienceMonths) {
    return { ok: false, failure: `needs at least ${policy.minMentorExperienceMonths} months of service (has ${Math.max(0, months)})` };
  }
  if (policy.mentorKinds === 'peer' && p.supervisesOthers) return { ok: false, failure: 'this programme takes peers, not supervisors, as mentors' };
  if (policy.mentorKinds === 'supervisor' && !p.supervisesOthers) return { ok: false, failure: 'this programme takes supervisors as mentors' };
  return { ok: true, reasons: [p.supervisesOthers ? 'supervisor' : 'experienced_peer'] };
}
