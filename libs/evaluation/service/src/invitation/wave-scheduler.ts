import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { RESPONDENT_ROLES, SurveyOpened, type RespondentRole, type WavePlanDto } from '@m4pris/evaluation-contracts';
import { recordEvent } from '@m4pris/platform-messaging';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { SurveyPlanSchema } from '../plan/survey-plan.entity.js';
import type { RelationshipFact } from '../projection/projection.entities.js';
import { addDays, addMonths, Clock, maxDate } from '../shared/access.js';

/** When a wave opens for a relationship, or null when it does not (yet) apply. */
export function waveOpensOn(wave: WavePlanDto, r: Pick<RelationshipFact, 'startedOn' | 'plannedEndOn' | 'endedOn'>): string | null {
  switch (wave.kind) {
    case 'baseline':
      return r.startedOn;
    case 'midpoint': {
      const start = Date.parse(`${r.startedOn}T00:00:00Z`);
      const end = Date.parse(`${r.plannedEndOn}T00:00:00Z`);
      const mid = new Date(start + Math.round((end - start) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
      return r.endedOn && r.endedOn < mid ? null : mid;
    }
    case 'closure':
      return r.endedOn ?? null;
    case 'follow_up':
      return r.endedOn ? addMonths(r.endedOn, wave.monthsAfterEnd ?? 3) : null;
  }
}

/**
 * Issues the waves of a programme's survey plan that apply to a relationship: baseline at its
 * start, midpoint half-way to its planned end, closure when it closes or ends early, follow-up N
 * months later. Each (relationship, participant, wave) is issued once. A wave open at issue is
 * announced here (`survey.opened`); one that opens later is announced by `SurveyOpener`. The due date counts from
 * when the wave opens, or from today when the invitation is issued later than that.
 */
@Injectable()
export class WaveScheduler {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
  ) {}

  async schedule(r: RelationshipFact): Promise<number> {
    const plan = await this.em.findOne(SurveyPlanSchema, { tenantId: r.tenantId, programmeId: r.programmeId });
    if (!plan) return 0;
    if (r.state === 'ended_early' && r.endedOn) await this.keys.withdrawUnstarted(r.relationshipId, 'midpoint', r.endedOn);
    let issued = 0;
    const today = this.clock.today();
    for (const wave of plan.waves) {
      const opensOn = waveOpensOn(wave, r);
      if (!opensOn) continue;
      for (const role of RESPONDENT_ROLES) {
        const staffId = role === 'mentor' ? r.mentorStaffId : r.menteeStaffId;
        const instruments = role === 'mentor' ? wave.mentorInstruments : wave.menteeInstruments;
        if (!staffId || instruments.length === 0) continue;
        const code = await this.keys.codeFor(r.tenantId, r.programmeId, staffId, role as RespondentRole);
        const dueOn = addDays(maxDate(opensOn, today), wave.dueWithinDays);
        const invitationId = randomUUID();
        const openNow = opensOn <= today;
        const created = await this.keys.issueOnce(r.relationshipId, {
          id: invitationId,
          tenantId: r.tenantId,
          programmeId: r.programmeId,
          participantCode: code,
          role,
          wave: wave.kind,
          instruments: [...instruments],
          opensOn,
          dueOn,
          remindOn: addDays(dueOn, -wave.remindBeforeDueDays),
          startedAt: null,
          completedAt: null,
          createdAt: this.clock.now(),
          openingAnnouncedAt: openNow ? this.clock.now() : null,
        });
        if (!created) continue;
        issued++;
        // Open now: the invited participant (only them) is told, in this transaction. A wave that opens
        // later is announced by the SurveyOpener sweep on the day it opens (openingAnnouncedAt null until then).
        if (openNow) recordEvent(this.em, SurveyOpened, { tenantId: r.tenantId, staffId, wave: wave.kind, dueOn, invitationId }, { tenantId: r.tenantId });
      }
    }
    await this.em.flush();
    return issued;
  }
}
