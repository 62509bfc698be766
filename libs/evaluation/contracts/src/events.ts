import { IsIn, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';
import { WAVE_KINDS, type WaveKind } from './common.js';

/**
 * A survey wave opened for one participant: published for that person's own message only. No
 * invitation id and no participant code (the link between a person and their pseudonymous code
 * stays in evaluation's restricted key store), no instrument, no answer.
 */
export class SurveyOpenedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() staffId: string;
  @IsIn(WAVE_KINDS) wave: WaveKind;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dueOn: string;
}

/** `evaluation.v1.survey.opened`: the invited participant is told (notifications), nobody else. */
export const SurveyOpened = defineEvent('evaluation.v1.survey.opened', SurveyOpenedEvent);
