import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CohortState } from '@m4pris/programmes-contracts';
import { noticeChange } from '../shared/notice-change.js';

export const CohortSchema = defineEntity({
  name: 'Cohort',
  tableName: 'cohort',
  triggers: [noticeChange],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid().index(),
    name: p.string().length(200),
    state: p.string().length(20).$type<CohortState>(),
    policyVersion: p.integer(),
    startsOn: p.date(),
    endsOn: p.date(),
    createdAt: p.datetime(),
    stateChangedAt: p.datetime(),
  },
});
export type Cohort = InferEntity<typeof CohortSchema>;
