import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export type StoredAnswers = Record<string, Record<string, number>>;
export type StoredScores = Record<string, Record<string, number | null>>;

/**
 * Answers and scores of one invitation, under the participant's pseudonymous code (health data,
 * GDPR Art. 9). Saved partially and resumed; `completedOn` is coarsened to the day.
 */
export const SurveyResponseSchema = defineEntity({
  name: 'SurveyResponse',
  tableName: 'survey_response',
  indexes: [{ properties: ['tenantId', 'programmeId', 'wave'] }],
  properties: {
    invitationId: p.uuid().primary(),
    tenantId: p.uuid(),
    programmeId: p.uuid(),
    participantCode: p.string().length(16).index(),
    role: p.string().length(10),
    wave: p.string().length(10),
    answers: p.json<StoredAnswers>(),
    scores: p.json<StoredScores>().nullable(),
    completedOn: p.string().length(10).nullable(),
  },
});
export type SurveyResponse = InferEntity<typeof SurveyResponseSchema>;
