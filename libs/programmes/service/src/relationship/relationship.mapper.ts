import type { ParticipantRole, RelationshipDto } from '@m4pris/programmes-contracts';
import { dateOnly } from '../shared/dates.js';
import type { Relationship } from './relationship.entity.js';

/**
 * Metadata only: the same shape for the duo and its coordinator, except the open-concern count,
 * which is the coordinator's alone (null for the duo's members: a concern may be about the other
 * member, who must not learn that one was raised; the raiser sees their own concerns).
 */
export function toRelationshipDto(r: Relationship, myRole: ParticipantRole | null): Omit<RelationshipDto, 'mentor' | 'mentee' | 'cohort' | 'programme' | 'fitCheckDueOn' | 'allowedTransitions'> {
  return {
    id: r.id,
    tenantId: r.tenantId,
    programmeId: r.programmeId,
    cohortId: r.cohortId,
    institutionId: r.institutionId,
    mentorStaffId: r.mentorStaffId,
    menteeStaffId: r.menteeStaffId,
    state: r.state,
    startedOn: dateOnly(r.startedOn),
    plannedEndOn: dateOnly(r.plannedEndOn),
    endedOn: dateOnly(r.endedOn),
    endReason: r.endReason ?? null,
    rematchRequested: r.rematchRequested,
    flags: r.flags,
    proposalId: r.proposalId ?? null,
    agreementAcknowledged: r.agreementAcknowledged,
    meetingCount: r.meetingCount,
    firstMeetingOn: dateOnly(r.firstMeetingOn),
    lastMeetingOn: dateOnly(r.lastMeetingOn),
    lastCheckInOn: dateOnly(r.lastCheckInOn),
    openConcerns: myRole ? null : r.openConcerns,
    fitCheckDone: r.fitCheckDone,
    myRole,
  };
}

export function relationshipEventPayload(r: Relationship, on: string) {
  return {
    tenantId: r.tenantId,
    programmeId: r.programmeId,
    cohortId: r.cohortId,
    relationshipId: r.id,
    mentorStaffId: r.mentorStaffId,
    menteeStaffId: r.menteeStaffId,
    on,
  };
}
