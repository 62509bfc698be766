import type { InstrumentCode, InvitationDto, InvitationState, RespondentRole, WaveKind } from '@m4pris/evaluation-contracts';
import { INSTRUMENTS } from '../instrument/catalogue.js';
import type { SurveyResponse } from '../response/survey-response.entity.js';
import type { Invitation } from './invitation.entity.js';

/** The state of an invitation on a given day (expiry is derived, never a stored flag that can lag). */
export function invitationState(inv: Pick<Invitation, 'opensOn' | 'dueOn' | 'startedAt' | 'completedAt'>, today: string): InvitationState {
  if (inv.completedAt) return 'completed';
  if (today < inv.opensOn) return 'scheduled';
  if (today > inv.dueOn) return 'expired';
  return inv.startedAt ? 'started' : 'open';
}

export function itemCount(instruments: readonly string[]): number {
  return instruments.reduce((a, c) => a + (INSTRUMENTS[c as InstrumentCode]?.items.length ?? 0), 0);
}

export function answeredCount(response: SurveyResponse | null | undefined): number {
  return response ? Object.values(response.answers).reduce((a, byItem) => a + Object.keys(byItem).length, 0) : 0;
}

export function toInvitationDto(inv: Invitation, response: SurveyResponse | null | undefined, today: string): InvitationDto {
  const state = invitationState(inv, today);
  return {
    id: inv.id,
    programmeId: inv.programmeId,
    wave: inv.wave as WaveKind,
    role: inv.role as RespondentRole,
    instruments: inv.instruments as InstrumentCode[],
    opensOn: inv.opensOn,
    dueOn: inv.dueOn,
    state,
    reminderDue: (state === 'open' || state === 'started') && today >= inv.remindOn,
    answered: answeredCount(response),
    itemCount: itemCount(inv.instruments),
  };
}
