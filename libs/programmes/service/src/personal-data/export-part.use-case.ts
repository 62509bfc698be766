import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { personalDataPart, requireDataSubject, type PersonalDataPartRequest, type PersonalDataSection, type RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import { auditRead } from '../shared/audit.js';
import { ApplicationSchema } from '../application/application.entity.js';
import { CohortSchema } from '../cohort/cohort.entity.js';
import { ProgrammeSchema } from '../programme/programme.entity.js';
import { StaffCardSchema } from '../projection/projection.entity.js';
import { AgreementSchema, ConcernSchema, FitCheckSchema, GoalSchema, MeetingSchema, ReflectionSchema, RelationshipSchema } from '../relationship/relationship.entity.js';

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString());

/**
 * The programmes part of a data subject's export (identity's exportPersonalData): their
 * applications, their duos (their role, the partner's name), the agreements, goals and meetings of
 * those duos (both sides see them already), their own fit-check answers and reflections, and the
 * concerns **they raised** — never one the partner raised (confidential to the raiser and the
 * support contact, DOMAIN.md). The data subject only: anyone else, a tenant admin included, is
 * refused here whatever the caller. The export is audit-logged (`programmes.v1.personalData.read`, into identity's audit log).
 */
@Injectable()
export class ExportPersonalDataPartUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(personalDataPart('programmes'))
  async execute(input: PersonalDataPartRequest, ctx: RequestContext): Promise<PersonalDataSection> {
    const { tenantId, staffId } = requireDataSubject(ctx, input.staffId);
    const em = this.em;
    const [applications, relationships] = await Promise.all([
      em.find(ApplicationSchema, { tenantId, staffId }, { orderBy: { submittedAt: 'asc' } }),
      em.find(RelationshipSchema, { tenantId, $or: [{ mentorStaffId: staffId }, { menteeStaffId: staffId }] }, { orderBy: { createdAt: 'asc' } }),
    ]);
    const relIds = relationships.map((r) => r.id);
    const cohortIds = [...new Set([...applications.map((a) => a.cohortId), ...relationships.map((r) => r.cohortId)])];
    const programmeIds = [...new Set([...applications.map((a) => a.programmeId), ...relationships.map((r) => r.programmeId)])];
    const partnerIds = relationships.map((r) => (r.mentorStaffId === staffId ? r.menteeStaffId : r.mentorStaffId));
    const inDuos = relIds.length > 0 ? { relationshipId: { $in: relIds } } : null;
    const [cohorts, programmes, cards, agreements, goals, meetings, fitChecks, reflections, concerns] = await Promise.all([
      cohortIds.length ? em.find(CohortSchema, { tenantId, id: { $in: cohortIds } }) : [],
      programmeIds.length ? em.find(ProgrammeSchema, { tenantId, id: { $in: programmeIds } }) : [],
      partnerIds.length ? em.find(StaffCardSchema, { tenantId, staffId: { $in: partnerIds } }) : [],
      inDuos ? em.find(AgreementSchema, { tenantId, ...inDuos }) : [],
      inDuos ? em.find(GoalSchema, { tenantId, ...inDuos }, { orderBy: { createdAt: 'asc' } }) : [],
      inDuos ? em.find(MeetingSchema, { tenantId, ...inDuos }, { orderBy: { heldOn: 'asc', createdAt: 'asc' } }) : [],
      inDuos ? em.find(FitCheckSchema, inDuos) : [],
      inDuos ? em.find(ReflectionSchema, inDuos) : [],
      // Concerns they raised only: one the partner raised (about them, perhaps) stays with its raiser.
      em.find(ConcernSchema, { tenantId, raisedByStaffId: staffId }, { orderBy: { raisedAt: 'asc' } }),
    ]);
    const cohortName = new Map(cohorts.map((c) => [c.id, c.name]));
    const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
    const partnerName = new Map(cards.map((c) => [c.staffId, c.displayName]));
    const roleIn = new Map(relationships.map((r) => [r.id, r.mentorStaffId === staffId ? 'mentor' : 'mentee']));
    // Every export is audit-logged, the data subject's own included (identity's audit log, the person's accessLog).
    await auditRead(this.em, ctx, { action: 'personalData.export', subjects: [staffId], includeOwn: true });
    return {
      applications: applications.map((a) => ({
        id: a.id,
        programme: programmeName.get(a.programmeId) ?? null,
        cohort: cohortName.get(a.cohortId) ?? null,
        role: a.role,
        state: a.state,
        motivation: a.motivation ?? null,
        strengthsOrNeeds: a.strengthsOrNeeds ?? null,
        functions: a.functions,
        languages: a.languages,
        prefersSameUnit: a.prefersSameUnit,
        consentVersion: a.consentVersion ?? null,
        submittedAt: iso(a.submittedAt),
        decidedAt: iso(a.decidedAt),
        withdrawnAt: iso(a.withdrawnAt),
      })),
      duos: relationships.map((r) => {
        const partner = r.mentorStaffId === staffId ? r.menteeStaffId : r.mentorStaffId;
        const agreement = agreements.find((g) => g.relationshipId === r.id);
        return {
          id: r.id,
          programme: programmeName.get(r.programmeId) ?? null,
          cohort: cohortName.get(r.cohortId) ?? null,
          role: roleIn.get(r.id),
          partner: partnerName.get(partner) ?? null,
          state: r.state,
          startedOn: r.startedOn,
          plannedEndOn: r.plannedEndOn,
          endedOn: r.endedOn ?? null,
          endReason: r.endReason ?? null,
          agreement: agreement
            ? {
                goalsSummary: agreement.goalsSummary ?? null,
                cadenceDays: agreement.cadenceDays,
                practicalities: agreement.practicalities ?? null,
                mentorAcknowledgedAt: iso(agreement.mentorAcknowledgedAt),
                menteeAcknowledgedAt: iso(agreement.menteeAcknowledgedAt),
              }
            : null,
          goals: goals
            .filter((g) => g.relationshipId === r.id)
            .map((g) => ({ title: g.title, description: g.description ?? null, function: g.function, progress: g.progress, status: g.status, createdAt: iso(g.createdAt) })),
          meetings: meetings
            .filter((m) => m.relationshipId === r.id)
            .map((m) => ({
              heldOn: m.heldOn,
              durationMinutes: m.durationMinutes,
              duringShift: m.duringShift,
              functions: m.functions,
              notes: m.notes ?? null,
              loggedBy: m.loggedByStaffId === staffId ? 'you' : 'partner',
            })),
          // Their own answer only (the partner's answer is the partner's).
          fitCheck: fitChecks.filter((f) => f.relationshipId === r.id && f.role === roleIn.get(r.id)).map((f) => ({ answer: f.answer, answeredAt: iso(f.answeredAt) }))[0] ?? null,
          reflection: reflections.filter((f) => f.relationshipId === r.id && f.role === roleIn.get(r.id)).map((f) => ({ text: f.text, createdAt: iso(f.createdAt) }))[0] ?? null,
        };
      }),
      concernsRaised: concerns.map((c) => ({
        duoId: c.relationshipId,
        category: c.category,
        details: c.details,
        status: c.status,
        raisedAt: iso(c.raisedAt),
        closedAt: iso(c.closedAt),
      })),
    };
  }
}
