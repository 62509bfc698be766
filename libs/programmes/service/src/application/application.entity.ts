import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ApplicationState, EligibilityReason, MentoringFunction, ParticipantRole } from '@m4pris/programmes-contracts';
import { noticeChange } from '../shared/notice-change.js';

export const ApplicationSchema = defineEntity({
  name: 'Application',
  tableName: 'application',
  triggers: [noticeChange],
  indexes: [{ properties: ['cohortId', 'state'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    cohortId: p.uuid(),
    staffId: p.uuid().index(),
    institutionId: p.uuid(),
    role: p.string().length(10).$type<ParticipantRole>(),
    state: p.string().length(12).$type<ApplicationState>(),
    motivation: p.text().nullable(),
    strengthsOrNeeds: p.text().nullable(),
    functions: p.json<MentoringFunction[]>(),
    languages: p.json<string[]>(),
    prefersSameUnit: p.boolean(),
    preferredStaffIds: p.json<string[]>(),
    conflictStaffIds: p.json<string[]>(),
    consentVersion: p.integer().nullable(),
    eligibility: p.json<EligibilityReason[]>(),
    flags: p.json<string[]>(),
    decisionReason: p.string().length(500).nullable(),
    decidedBy: p.string().length(64).nullable(),
    submittedAt: p.datetime(),
    decidedAt: p.datetime().nullable(),
    withdrawnAt: p.datetime().nullable(),
  },
});
export type Application = InferEntity<typeof ApplicationSchema>;
