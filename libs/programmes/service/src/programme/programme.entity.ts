import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ProgrammePolicy } from '@m4pris/programmes-contracts';
import { noticeChange } from '../shared/notice-change.js';

/** A tenant's mentoring programme; its policy lives in versions. */
export const ProgrammeSchema = defineEntity({
  name: 'Programme',
  tableName: 'programme',
  triggers: [noticeChange],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    name: p.string().length(200),
    description: p.text().nullable(),
    institutionIds: p.json<string[]>(),
    policyVersion: p.integer(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Programme = InferEntity<typeof ProgrammeSchema>;

/** Every version of a programme's policy, kept forever: a cohort runs under the version it started with. */
export const PolicyVersionSchema = defineEntity({
  name: 'PolicyVersion',
  tableName: 'policy_version',
  triggers: [noticeChange],
  uniques: [{ properties: ['programmeId', 'version'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    programmeId: p.uuid().index(),
    version: p.integer(),
    policy: p.json<ProgrammePolicy>(),
    createdBy: p.string().length(64).nullable(),
    createdAt: p.datetime(),
  },
});
export type PolicyVersion = InferEntity<typeof PolicyVersionSchema>;
