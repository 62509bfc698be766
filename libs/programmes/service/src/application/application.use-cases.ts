import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, pageBounds, requireAuthenticated, sortClause, SUPPORTED_LOCALES, type Page, type RequestContext } from '@m4pris/platform-core';
import { displayNameMatches, displayNameSort } from '../shared/name-sql.js';
import { Bus, recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  ApplicationAccepted,
  ApplicationDeclined,
  ApplicationReceived,
  ApplicationWaitlisted,
  ApplicationWithdrawn,
  ConsentGiven,
  PROGRAMME_PARTICIPATION_PURPOSE,
  ProgrammesErrors,
  type ApplicationDto,
  type ApplicationIdRequest,
  type DecideApplicationRequest,
  type ListApplicationsRequest,
  type MyApplicationsRequest,
  type SubmitApplicationRequest,
  SubmitApplication,
  WithdrawApplication,
  DecideApplication,
  GetApplication,
  ListApplications,
  MyApplications,
} from '@m4pris/programmes-contracts';
import { mentorCheck, menteeReasons } from '../projection/eligibility.js';
import { StaffProfileSchema, TrainedMentorSchema } from '../projection/projection.entity.js';
import { coordinatorScope, inScope, iso, requireCoordinator, requireStaff, scopeFilter } from '../shared/access.js';
import { today } from '../shared/dates.js';
import { auditRead } from '../shared/audit.js';
import { Lookups } from '../shared/lookups.js';
import { People } from '../shared/people.js';
import { ApplicationSchema, type Application } from './application.entity.js';

/** `conflictStaffIds` are the applicant's own declaration: shown to them only. */
export function toApplicationDto(a: Application, forApplicant: boolean): Omit<ApplicationDto, 'applicant'> {
  return {
    id: a.id,
    tenantId: a.tenantId,
    programmeId: a.programmeId,
    cohortId: a.cohortId,
    staffId: a.staffId,
    institutionId: a.institutionId,
    role: a.role,
    state: a.state,
    motivation: a.motivation ?? '',
    strengthsOrNeeds: a.strengthsOrNeeds ?? null,
    functions: a.functions,
    languages: a.languages,
    prefersSameUnit: a.prefersSameUnit,
    preferredStaffIds: a.preferredStaffIds,
    conflictStaffIds: forApplicant ? a.conflictStaffIds : null,
    eligibility: a.eligibility,
    flags: a.flags,
    decisionReason: a.decisionReason ?? null,
    submittedAt: iso(a.submittedAt),
    decidedAt: iso(a.decidedAt),
  };
}

/**
 * Applications with their applicant, in one statement for the whole list: the applicant sees
 * themselves in full; a coordinator (whose scope the caller checked) sees the name.
 */
async function present(people: People, apps: Application[], forApplicant: boolean): Promise<ApplicationDto[]> {
  if (apps.length === 0) return [];
  const persons = await people.persons(apps[0]!.tenantId, apps.map((a) => a.staffId), forApplicant ? 'full' : 'name');
  return apps.map((a) => ({ ...toApplicationDto(a, forApplicant), applicant: persons.get(a.staffId)! }));
}

const OPEN_STATES = ['submitted', 'accepted', 'waitlisted'] as const;

/** The applicant's own message: ids only (never the motivation or a coordinator's reason). */
function applicationStatePayload(a: Application) {
  return { tenantId: a.tenantId, programmeId: a.programmeId, cohortId: a.cohortId, applicationId: a.id, staffId: a.staffId };
}

export function applicationEventPayload(a: Application) {
  return {
    tenantId: a.tenantId,
    programmeId: a.programmeId,
    cohortId: a.cohortId,
    applicationId: a.id,
    staffId: a.staffId,
    role: a.role,
    functions: a.functions,
    languages: a.languages,
    prefersSameUnit: a.prefersSameUnit,
    preferredStaffIds: a.preferredStaffIds,
    conflictStaffIds: a.conflictStaffIds,
  };
}

@Injectable()
export class SubmitApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly people: People,
  ) {}

  @Handles(SubmitApplication)
  async execute(input: SubmitApplicationRequest, ctx: RequestContext): Promise<ApplicationDto> {
    const me = requireStaff(ctx);
    const { cohort, programme, policy } = await this.lookups.cohortIn(me.tenantId, input.cohortId);
    if (cohort.state !== 'recruiting') throw ProgrammesErrors.COHORT_NOT_RECRUITING({ field: 'cohortId', params: { state: cohort.state } });
    if (policy.participation === 'voluntary' && !input.consent) throw ProgrammesErrors.CONSENT_REQUIRED({ field: 'consent' });
    const profile = await this.em.findOne(StaffProfileSchema, { staffId: me.staffId, tenantId: me.tenantId });
    const notEligible = (reason: string) => ProgrammesErrors.NOT_ELIGIBLE({ field: 'role', params: { role: input.role, reason } });
    if (!profile) throw notEligible('no staff record is known to the programme yet');
    if (programme.institutionIds.length > 0 && !programme.institutionIds.includes(profile.institutionId)) {
      throw notEligible('the programme does not cover your institution');
    }
    const asOf = today();
    let eligibility;
    if (input.role === 'mentee') {
      eligibility = menteeReasons(profile, policy, asOf);
      if (eligibility.length === 0) throw notEligible('you are neither new to the profession nor new to your setting');
    } else {
      const check = mentorCheck(profile, policy, asOf);
      if (!check.ok) throw notEligible(check.failure);
      eligibility = check.reasons;
    }
    const open = await this.em.count(ApplicationSchema, { cohortId: cohort.id, staffId: me.staffId, state: { $in: [...OPEN_STATES] } });
    if (open > 0) throw ProgrammesErrors.ALREADY_APPLIED({ field: 'cohortId' });
    if (input.conflictStaffIds?.includes(me.staffId)) throw CommonErrors.INVALID_INPUT({ field: 'conflictStaffIds', params: { field: 'conflictStaffIds', reason: 'cannot name yourself' } });
    const application = this.em.create(ApplicationSchema, {
      id: randomUUID(),
      tenantId: me.tenantId,
      programmeId: programme.id,
      cohortId: cohort.id,
      staffId: me.staffId,
      institutionId: profile.institutionId,
      role: input.role,
      state: 'submitted',
      motivation: input.motivation,
      strengthsOrNeeds: input.strengthsOrNeeds ?? null,
      functions: input.functions,
      languages: input.languages,
      prefersSameUnit: input.prefersSameUnit ?? false,
      preferredStaffIds: input.preferredStaffIds ?? [],
      conflictStaffIds: input.conflictStaffIds ?? [],
      consentVersion: input.consent ? (policy.consentTextVersion ?? null) : null,
      eligibility,
      flags: [],
      decisionReason: null,
      decidedBy: null,
      submittedAt: new Date(),
      decidedAt: null,
      withdrawnAt: null,
    });
    recordEvent(this.em, ApplicationReceived, applicationStatePayload(application), { tenantId: application.tenantId });
    // Consent once: identity (which owns consent records) records it for the person, purpose and version.
    if (input.consent) {
      const locale = (SUPPORTED_LOCALES as readonly string[]).includes(ctx.locale) ? ctx.locale : null;
      recordEvent(
        this.em,
        ConsentGiven,
        {
          tenantId: application.tenantId,
          staffId: application.staffId,
          programmeId: application.programmeId,
          cohortId: application.cohortId,
          applicationId: application.id,
          purpose: PROGRAMME_PARTICIPATION_PURPOSE,
          version: application.consentVersion ?? null,
          locale,
        },
        { tenantId: application.tenantId },
      );
    }
    await this.em.flush();
    return (await present(this.people, [application], true))[0]!;
  }
}

/** At any time, without a reason. Nobody is notified; matching stops considering the person. */
@Injectable()
export class WithdrawApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
  ) {}

  @Handles(WithdrawApplication)
  async execute(input: ApplicationIdRequest, ctx: RequestContext): Promise<ApplicationDto> {
    const me = requireStaff(ctx);
    const a = await this.em.findOne(ApplicationSchema, { id: input.applicationId, tenantId: me.tenantId, staffId: me.staffId });
    if (!a) throw notFound('Application', 'applicationId');
    if (!(OPEN_STATES as readonly string[]).includes(a.state)) throw ProgrammesErrors.APPLICATION_NOT_OPEN({ field: 'applicationId', params: { state: a.state } });
    const wasAccepted = a.state === 'accepted';
    a.state = 'withdrawn';
    a.withdrawnAt = new Date();
    if (wasAccepted) recordEvent(this.em, ApplicationWithdrawn, { tenantId: a.tenantId, cohortId: a.cohortId, applicationId: a.id, staffId: a.staffId }, { tenantId: a.tenantId });
    await this.em.flush();
    return (await present(this.people, [a], true))[0]!;
  }
}

@Injectable()
export class DecideApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly bus: Bus,
    private readonly people: People,
  ) {}

  @Handles(DecideApplication)
  async execute(input: DecideApplicationRequest, ctx: RequestContext): Promise<ApplicationDto> {
    const scope = requireCoordinator(ctx);
    const a = await this.em.findOne(ApplicationSchema, { id: input.applicationId, tenantId: scope.tenantId });
    if (!a || !inScope(scope, a)) throw notFound('Application', 'applicationId');
    if (a.state === 'withdrawn') throw ProgrammesErrors.APPLICATION_NOT_OPEN({ field: 'applicationId', params: { state: a.state } });
    const { policy } = await this.lookups.cohortIn(scope.tenantId, a.cohortId);
    const wasAccepted = a.state === 'accepted';
    const before = a.state;
    if (input.decision === 'decline') {
      if (!input.reason?.trim()) throw ProgrammesErrors.DECLINE_REASON_REQUIRED({ field: 'reason' });
      a.state = 'declined';
      a.decisionReason = input.reason.trim();
    } else if (input.decision === 'waitlist') {
      a.state = 'waitlisted';
      a.decisionReason = input.reason?.trim() || null;
    } else {
      a.flags = [];
      if (a.role === 'mentor') a.flags = await this.checkMentor(a, policy);
      a.state = 'accepted';
      a.decisionReason = input.reason?.trim() || null;
    }
    a.decidedAt = new Date();
    a.decidedBy = ctx.userId ?? null;
    if (a.state === 'accepted' && !wasAccepted) recordEvent(this.em, ApplicationAccepted, applicationEventPayload(a), { tenantId: a.tenantId });
    if (a.state !== 'accepted' && wasAccepted) {
      recordEvent(this.em, ApplicationWithdrawn, { tenantId: a.tenantId, cohortId: a.cohortId, applicationId: a.id, staffId: a.staffId }, { tenantId: a.tenantId });
    }
    // The applicant hears a change of decision (not a repeated one): waitlisted or declined.
    if (a.state !== before && a.state === 'waitlisted') recordEvent(this.em, ApplicationWaitlisted, applicationStatePayload(a), { tenantId: a.tenantId });
    if (a.state !== before && a.state === 'declined') recordEvent(this.em, ApplicationDeclined, applicationStatePayload(a), { tenantId: a.tenantId });
    await this.em.flush();
    return (await present(this.people, [a], false))[0]!;
  }

  /** Mentor criteria at selection: experience and kind (again, data may have changed) and training. */
  private async checkMentor(a: Application, policy: Awaited<ReturnType<Lookups['policy']>>): Promise<string[]> {
    const profile = await this.em.findOne(StaffProfileSchema, { staffId: a.staffId, tenantId: a.tenantId });
    if (!profile) throw ProgrammesErrors.MENTOR_CRITERIA_NOT_MET({ field: 'applicationId', params: { reason: 'no staff record' } });
    const check = mentorCheck(profile, policy, today());
    if (!check.ok) throw ProgrammesErrors.MENTOR_CRITERIA_NOT_MET({ field: 'applicationId', params: { reason: check.failure } });
    if (!policy.mentorTrainingRequired) return [];
    const trained = await this.em.count(TrainedMentorSchema, { staffId: a.staffId, tenantId: a.tenantId });
    if (trained > 0) return [];
    // Training status is only known when the training module is deployed.
    if (await this.bus.serves('training')) throw ProgrammesErrors.MENTOR_NOT_TRAINED({ field: 'applicationId' });
    return ['training_not_verified'];
  }
}

@Injectable()
export class GetApplicationUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
  ) {}

  @Handles(GetApplication)
  async execute(input: ApplicationIdRequest, ctx: RequestContext): Promise<ApplicationDto> {
    requireAuthenticated(ctx);
    const a = ctx.tenantId ? await this.em.findOne(ApplicationSchema, { id: input.applicationId, tenantId: ctx.tenantId }) : null;
    if (!a) throw notFound('Application', 'applicationId');
    if (ctx.staffId === a.staffId) return (await present(this.people, [a], true))[0]!;
    const scope = coordinatorScope(ctx);
    if (!scope || !inScope(scope, a)) throw notFound('Application', 'applicationId');
    const dto = (await present(this.people, [a], false))[0]!;
    await auditRead(this.em, ctx, { action: 'application.get', subjects: [a.staffId] });
    return dto;
  }
}

@Injectable()
export class ListApplicationsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly people: People,
  ) {}

  @Handles(ListApplications)
  async execute(input: ListApplicationsRequest, ctx: RequestContext): Promise<Page<ApplicationDto>> {
    const scope = requireCoordinator(ctx);
    const { cohort } = await this.lookups.cohortIn(scope.tenantId, input.cohortId);
    const { offset, limit } = pageBounds(input);
    // Search and sort stay inside the coordinator's scope filter; coordinators see applicants' display names.
    const where = {
      ...scopeFilter(scope),
      cohortId: cohort.id,
      ...(input.state ? { state: input.state } : {}),
      ...(input.role ? { role: input.role } : {}),
      ...(input.search?.trim() ? displayNameMatches(this.em, ['staff_id'], input.search) : {}),
    };
    const orderBy = sortClause(
      input.orderBy,
      { submitted_at: ['submittedAt'], applicant_name: () => [displayNameSort(this.em, 'staff_id')], state: ['state'], role: ['role'] },
      [{ submittedAt: 'asc', id: 'asc' }],
    );
    const [items, total] = await this.em.findAndCount(ApplicationSchema, where, { orderBy, offset, limit });
    const dtos = await present(this.people, items, false);
    // The applicants' motivation, needs and strengths: one audit record for the page, every applicant named.
    await auditRead(this.em, ctx, { action: 'application.list', subjects: items.map((a) => a.staffId) });
    return { items: dtos, total, offset, limit };
  }
}

@Injectable()
export class MyApplicationsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly people: People,
  ) {}

  @Handles(MyApplications)
  async execute(_input: MyApplicationsRequest, ctx: RequestContext): Promise<ApplicationDto[]> {
    const me = requireStaff(ctx);
    const items = await this.em.find(ApplicationSchema, { tenantId: me.tenantId, staffId: me.staffId }, { orderBy: { submittedAt: 'desc' } });
    return present(this.people, items, true);
  }
}
