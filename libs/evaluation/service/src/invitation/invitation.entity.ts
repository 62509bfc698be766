import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One wave for one participant (by pseudonymous code): process data only. Which relationship it
 * belongs to is kept in the restricted key store (relationships name staff), the answers in
 * `survey_response`.
 */
export const InvitationSchema = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  indexes: [{ properties: ['tenantId', 'programmeId', 'wave'] }, { properties: ['openingAnnouncedAt', 'opensOn'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    programmeId: p.uuid(),
    participantCode: p.string().length(16).index(),
    role: p.string().length(10),
    wave: p.string().length(10),
    instruments: p.json<string[]>(),
    opensOn: p.string().length(10),
    dueOn: p.string().length(10),
    remindOn: p.string().length(10),
    startedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
    /**
     * When `evaluation.v1.survey.opened` was recorded for this invitation (at issue when the wave is
     * already open, else by the SurveyOpener sweep on the day it opens); null while not announced.
     */
    openingAnnouncedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof InvitationSchema>;
