import type { AttentionReason, ProgrammePolicy } from '@m4pris/programmes-contracts';
import { addDays, dateOnly, daysBetween } from '../shared/dates.js';

export interface AttentionFacts {
  state: string;
  startedOn: string | Date;
  plannedEndOn: string | Date;
  firstMeetingOn?: string | Date | null;
  lastMeetingOn?: string | Date | null;
  openConcerns: number;
  agreementAcknowledged: boolean;
  fitCheckDone: boolean;
}

export interface AttentionRules {
  /** A duo whose planned end is this close (or past) needs closing. */
  endingSoonDays: number;
  /** Days after the start by which both sides should have acknowledged the agreement. */
  agreementDueDays: number;
}

/** Days since the last contact: the last meeting, or the start when there has been none. */
export function daysSinceContact(r: AttentionFacts, asOf: string): number {
  return daysBetween(dateOnly(r.lastMeetingOn) ?? dateOnly(r.startedOn), asOf);
}

/**
 * Why a live duo needs the coordinator's attention, computed from metadata only:
 * no meeting within the policy's inactivity threshold, the fit check not done in time after the
 * first meeting, an open concern (the fact only), the planned end close, the agreement not
 * acknowledged by both sides in time.
 */
export function attentionReasons(r: AttentionFacts, policy: ProgrammePolicy, asOf: string, rules: AttentionRules): AttentionReason[] {
  if (r.state !== 'active' && r.state !== 'paused') return [];
  const reasons: AttentionReason[] = [];
  if (r.state === 'active' && daysSinceContact(r, asOf) > policy.inactivityDays) reasons.push('no_recent_meeting');
  const first = dateOnly(r.firstMeetingOn);
  if (policy.fitCheckDays > 0 && first && !r.fitCheckDone && asOf > addDays(first, policy.fitCheckDays)) reasons.push('fit_check_missed');
  if (r.openConcerns > 0) reasons.push('open_concern');
  if (r.state === 'active' && daysBetween(asOf, dateOnly(r.plannedEndOn)) <= rules.endingSoonDays) reasons.push('ending_soon');
  if (!r.agreementAcknowledged && asOf > addDays(dateOnly(r.startedOn), rules.agreementDueDays)) reasons.push('agreement_pending');
  return reasons;
}
