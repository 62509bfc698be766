import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataPart, requireDataSubject, type PersonalDataPartRequest, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { duoReason } from '../engine/explain.js';
import { auditRead } from '../shared/audit.js';
import { ParticipantSchema, StaffProfileSchema, TrainedMentorSchema } from '../projection/projection.entities.js';
import { ProposalSchema, UnmatchedSchema } from '../run/run.entities.js';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The matching part of a data subject's export: the copy of their profile used for matching, their
 * accepted applications as matching sees them, the proposals that include them (their role, the
 * score and its explanation, the decision) and the runs that left them unmatched (with why). The
 * other person of a proposal is not named: a proposal that was never approved is not theirs to know.
 * The data subject only. The export is audit-logged (`matching.v1.personalData.read`, into identity's audit log).
 */
@Injectable()
export class ExportPersonalDataPartUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(personalDataPart('matching'))
  async execute(input: PersonalDataPartRequest, ctx: RequestContext): Promise<PersonalDataSection> {
    const { tenantId, staffId } = requireDataSubject(ctx, input.staffId);
    const em = this.em;
    const [profile, trained, participations, proposals, unmatched] = await Promise.all([
      em.findOne(StaffProfileSchema, { tenantId, staffId }),
      em.findOne(TrainedMentorSchema, { tenantId, staffId }),
      em.find(ParticipantSchema, { tenantId, staffId }),
      em.find(ProposalSchema, { tenantId, $or: [{ mentorStaffId: staffId }, { menteeStaffId: staffId }] }),
      em.find(UnmatchedSchema, { tenantId, staffId }),
    ]);
    // Every export is audit-logged, the data subject's own included (identity's audit log, the person's accessLog).
    await auditRead(this.em, ctx, { action: 'personalData.export', subjects: [staffId], includeOwn: true });
    return {
      profile: profile
        ? {
            institutionId: profile.institutionId,
            institutionKind: profile.institutionKind,
            region: profile.region,
            unitId: profile.unitId ?? null,
            supervisesOthers: profile.supervisesOthers,
            hiredOn: profile.hiredOn,
            joinedInstitutionOn: profile.joinedInstitutionOn,
            previousInstitutionKind: profile.previousInstitutionKind ?? null,
            shiftPatternId: profile.shiftPatternId ?? null,
            languages: profile.languages,
            lineManagerId: profile.lineManagerId ?? null,
            leftServiceOn: profile.leftServiceOn ?? null,
          }
        : null,
      trainedMentorOn: trained?.completedOn ?? null,
      participations: participations.map((p) => ({
        applicationId: p.applicationId,
        cohortId: p.cohortId,
        role: p.role,
        functions: p.functions,
        languages: p.languages,
        prefersSameUnit: p.prefersSameUnit,
        active: p.active,
        matched: p.matched,
      })),
      proposals: proposals.map((p) => ({
        cohortId: p.cohortId,
        role: p.mentorStaffId === staffId ? 'mentor' : 'mentee',
        score: p.score,
        reason: duoReason(p.breakdown, ctx.locale),
        status: p.status,
        decidedAt: iso(p.decidedAt),
      })),
      unmatched: unmatched.map((u) => ({ runId: u.runId, role: u.role, reasons: u.reasons })),
    };
  }
}
