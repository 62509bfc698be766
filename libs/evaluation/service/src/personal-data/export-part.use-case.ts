import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataPart, requireDataSubject, type PersonalDataPartRequest, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { auditRead } from '../shared/audit.js';
import { InvitationSchema } from '../invitation/invitation.entity.js';
import { invitationState } from '../invitation/invitation.mapper.js';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { StaffFactSchema } from '../projection/projection.entities.js';
import { SurveyResponseSchema } from '../response/survey-response.entity.js';
import { Clock } from '../shared/access.js';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The evaluation part of a data subject's export: their own survey invitations with their answers
 * and scores. They are found the way a signed-in respondent finds their own invitations — through
 * the key store (`ParticipantKeys.codesOf`, the only reader of the staff ↔ code link) — and
 * nothing else: no other participant's row is read, and the pseudonymous code itself is not put in
 * the document (a copy of the export handed on must not tie the research export's rows to a
 * person). The data subject only. The export is audit-logged (`evaluation.v1.personalData.read`, into identity's audit log) (without
 * the codes).
 */
@Injectable()
export class ExportPersonalDataPartUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: ParticipantKeys,
    private readonly clock: Clock,
  ) {}

  @Handles(personalDataPart('evaluation'))
  async execute(input: PersonalDataPartRequest, ctx: RequestContext): Promise<PersonalDataSection> {
    const { tenantId, staffId } = requireDataSubject(ctx, input.staffId);
    const codes = await this.keys.codesOf(tenantId, staffId);
    const [fact, invitations] = await Promise.all([
      this.em.findOne(StaffFactSchema, { tenantId, staffId }),
      codes.length ? this.em.find(InvitationSchema, { tenantId, participantCode: { $in: codes } }, { orderBy: { opensOn: 'asc', wave: 'asc' } }) : [],
    ]);
    const responses = invitations.length ? await this.em.find(SurveyResponseSchema, { tenantId, invitationId: { $in: invitations.map((i) => i.id) } }) : [];
    const today = this.clock.today();
    // Every export is audit-logged, the data subject's own included (identity's audit log, the person's accessLog).
    await auditRead(this.em, ctx, { action: 'personalData.export', subjects: [staffId], includeOwn: true });
    return {
      staffFacts: fact ? { institutionId: fact.institutionId, hiredOn: fact.hiredOn, leftServiceOn: fact.leftServiceOn ?? null } : null,
      surveys: invitations.map((inv) => {
        const r = responses.find((x) => x.invitationId === inv.id);
        return {
          programmeId: inv.programmeId,
          role: inv.role,
          wave: inv.wave,
          instruments: inv.instruments,
          opensOn: inv.opensOn,
          dueOn: inv.dueOn,
          state: invitationState(inv, today),
          startedAt: iso(inv.startedAt),
          completedAt: iso(inv.completedAt),
          answers: r?.answers ?? null,
          scores: r?.scores ?? null,
          completedOn: r?.completedOn ?? null,
        };
      }),
    };
  }
}
