import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A pseudonymous participant of one programme in one role. Holds no staff or account id: the
 * responses and the research export only ever see `code`. Coarse attributes for the report
 * breakdowns and the export (role, institution and its region, country) are copied here when the code is issued.
 */
export const ParticipantSchema = defineEntity({
  name: 'Participant',
  tableName: 'participant',
  properties: {
    code: p.string().length(16).primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid().index(),
    role: p.string().length(10),
    institutionId: p.uuid().nullable(),
    /** Region of that institution (identity's `Institution.region`), for the export's generalisation. */
    region: p.string().length(100).nullable(),
    country: p.string().length(2).nullable(),
    createdAt: p.datetime(),
  },
});
export type Participant = InferEntity<typeof ParticipantSchema>;

/**
 * RESTRICTED: the only link between a staff member and their participant code. Read and written
 * only by `ParticipantKeys` (the invitation path: issuing codes from programmes events, and a
 * respondent finding their own invitations); analytics, reports and exports never touch it
 * (enforced by `participant-keys.spec.ts`). Deleted when identity erases the staff member, which
 * leaves the responses anonymous.
 */
export const ParticipantLinkSchema = defineEntity({
  name: 'ParticipantLink',
  tableName: 'participant_link',
  uniques: [{ properties: ['tenantId', 'programmeId', 'staffId', 'role'] }],
  properties: {
    code: p.string().length(16).primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    staffId: p.uuid().index(),
    role: p.string().length(10),
  },
});
export type ParticipantLink = InferEntity<typeof ParticipantLinkSchema>;

/**
 * RESTRICTED, like `participant_link`: which relationship (and so which staff members) an
 * invitation was issued for; used to issue each wave once and to withdraw waves of a relationship
 * that ended early. Only `ParticipantKeys` reads it.
 */
export const InvitationKeySchema = defineEntity({
  name: 'InvitationKey',
  tableName: 'invitation_key',
  uniques: [{ properties: ['relationshipId', 'participantCode', 'wave'] }],
  properties: {
    invitationId: p.uuid().primary(),
    tenantId: p.uuid().index(),
    relationshipId: p.uuid().index(),
    participantCode: p.string().length(16),
    wave: p.string().length(10),
  },
});
export type InvitationKey = InferEntity<typeof InvitationKeySchema>;
