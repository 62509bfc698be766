import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { WavePlanDto } from '@m4pris/evaluation-contracts';

/** The survey plan of one programme: its waves and which instruments go to mentors and mentees. */
export const SurveyPlanSchema = defineEntity({
  name: 'SurveyPlan',
  tableName: 'survey_plan',
  uniques: [{ properties: ['tenantId', 'programmeId'] }],
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().index(),
    programmeId: p.uuid(),
    version: p.integer(),
    waves: p.json<WavePlanDto[]>(),
    updatedAt: p.datetime(),
  },
});
export type SurveyPlan = InferEntity<typeof SurveyPlanSchema>;
