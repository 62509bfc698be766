import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';
import { WAVE_KINDS, type WaveKind } from './common.js';

/**
 * A survey wave opened for one participant (once per invitation: when issued if the wave is already
 * open, else on the day it opens — evaluation's survey opener): published for that person's own messages only
 * (notifications, an internal consumer: the open message and the reminders before the due date).
 * No participant code (the link between a person and their pseudonymous code stays in evaluation's
 * restricted key store), no instrument, no answer. `invitationId` (added for the reminders, issue
 * 20; optional so that events recorded before it still validate) only lets notifications match the
 * later `survey.completed`; it is never put in a message.
 */
export class SurveyOpenedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() staffId: string;
  @IsIn(WAVE_KINDS) wave: WaveKind;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) dueOn: string;
  @IsOptional() @IsUUID() invitationId?: string;
}

/** `evaluation.v1.survey.opened`: the invited participant is told (notifications), nobody else. */
export const SurveyOpened = defineEvent('evaluation.v1.survey.opened', SurveyOpenedEvent);

/**
 * The participant submitted their survey: ids only — never answers, scores, the instrument or the
 * participant code. For notifications only (it stops the reminders of that invitation). A survey
 * "kept without your id" is still pseudonymous towards coordinators and researchers: no consumer
 * other than notifications may subscribe, and notifications keeps no record of who answered beyond
 * dropping the pending reminder.
 */
export class SurveyCompletedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() invitationId: string;
  @IsUUID() staffId: string;
}

/** `evaluation.v1.survey.completed`: internal to notifications (no reminder to someone who answered). */
export const SurveyCompleted = defineEvent('evaluation.v1.survey.completed', SurveyCompletedEvent);
