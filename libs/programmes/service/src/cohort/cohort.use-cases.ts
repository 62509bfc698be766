import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, pageBounds, requireAuthenticated, sortClause, resolveTenant, type Page, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  COHORT_TRANSITIONS,
  CohortChanged,
  ProgrammesErrors,
  type CohortDto,
  type CohortState,
  type CohortIdRequest,
  type CreateCohortRequest,
  type EligibleStaffDto,
  type EligibleStaffRequest,
  type ListCohortsRequest,
  type ProgrammePolicy,
  type TransitionCohortRequest,
  CreateCohort,
  TransitionCohort,
  GetCohort,
  ListCohorts,
  ListEligibleStaff,
} from '@m4pris/programmes-contracts';
import { mentorCheck, menteeReasons } from '../projection/eligibility.js';
import { StaffProfileSchema } from '../projection/projection.entity.js';
import { ProgrammeSchema, type Programme } from '../programme/programme.entity.js';
import { cohortManagerScope, coordinatorScope, iso, programmeInScope, requireCohortManager } from '../shared/access.js';
import { People } from '../shared/people.js';
import { addMonths, dateOnly, monthsBetween, today } from '../shared/dates.js';
import { Lookups } from '../shared/lookups.js';
import { CohortSchema, type Cohort } from './cohort.entity.js';

/**
 * The states this caller may move a cohort to now: the state machine's next states for whoever runs
 * it (a tenant admin, or a coordinator whose scope covers the programme), none for anyone else.
 * `Cohort.allowedTransitions` and TransitionCohort's check are this one rule.
 */
export function allowedCohortTransitions(ctx: RequestContext, cohort: Pick<Cohort, 'state'>, programme: Pick<Programme, 'id' | 'tenantId' | 'institutionIds'>): CohortState[] {
  const scope = cohortManagerScope(ctx);
  if (!scope || !programmeInScope(scope, programme)) return [];
  return [...COHORT_TRANSITIONS[cohort.state]];
}

export function toCohortDto(c: Cohort, allowedTransitions: CohortState[]): CohortDto {
  return {
    id: c.id,
    tenantId: c.tenantId,
    programmeId: c.programmeId,
    name: c.name,
    state: c.state,
    policyVersion: c.policyVersion,
    startsOn: dateOnly(c.startsOn),
    endsOn: dateOnly(c.endsOn),
    createdAt: iso(c.createdAt),
    stateChangedAt: iso(c.stateChangedAt),
    allowedTransitions,
  };
}

function recordCohortChanged(em: EntityManager, cohort: Cohort, programme: Programme, policy: ProgrammePolicy): void {
  recordEvent(
    em,
    CohortChanged,
    {
      tenantId: cohort.tenantId,
      programmeId: cohort.programmeId,
      cohortId: cohort.id,
      state: cohort.state,
      policyVersion: cohort.policyVersion,
      policy,
      institutionIds: programme.institutionIds,
      startsOn: dateOnly(cohort.startsOn),
      endsOn: dateOnly(cohort.endsOn),
    },
    { tenantId: cohort.tenantId },
  );
}

@Injectable()
export class CreateCohortUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(CreateCohort)
  async execute(input: CreateCohortRequest, ctx: RequestContext): Promise<CohortDto> {
    const scope = requireCohortManager(ctx);
    const programme = await this.lookups.programmeIn(scope.tenantId, input.programmeId);
    if (!programmeInScope(scope, programme)) throw notFound('Programme', 'programmeId');
    const policy = await this.lookups.policy(programme.id, programme.policyVersion);
    const endsOn = input.endsOn ?? addMonths(input.startsOn, policy.durationMonths);
    if (endsOn <= input.startsOn) throw ProgrammesErrors.COHORT_DATES_INVALID({ field: 'endsOn' });
    const now = new Date();
    const cohort = this.em.create(CohortSchema, {
      id: randomUUID(),
      tenantId: programme.tenantId,
      programmeId: programme.id,
      name: input.name,
      state: 'draft',
      policyVersion: programme.policyVersion,
      startsOn: input.startsOn,
      endsOn,
      createdAt: now,
      stateChangedAt: now,
    });
    recordCohortChanged(this.em, cohort, programme, policy);
    await this.em.flush();
    return toCohortDto(cohort, allowedCohortTransitions(ctx, cohort, programme));
  }
}

@Injectable()
export class TransitionCohortUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(TransitionCohort)
  async execute(input: TransitionCohortRequest, ctx: RequestContext): Promise<CohortDto> {
    const scope = requireCohortManager(ctx);
    const { cohort, programme, policy } = await this.lookups.cohortIn(scope.tenantId, input.cohortId);
    if (!programmeInScope(scope, programme)) throw notFound('Cohort', 'cohortId');
    if (!allowedCohortTransitions(ctx, cohort, programme).includes(input.to)) {
      throw ProgrammesErrors.COHORT_TRANSITION_INVALID({ field: 'to', params: { from: cohort.state, to: input.to } });
    }
    cohort.state = input.to;
    cohort.stateChangedAt = new Date();
    recordCohortChanged(this.em, cohort, programme, policy);
    await this.em.flush();
    return toCohortDto(cohort, allowedCohortTransitions(ctx, cohort, programme));
  }
}

/** Cohorts are organisational information: any member of the tenant may read them. */
@Injectable()
export class GetCohortUseCase {
  constructor(private readonly lookups: Lookups) {}

  @Handles(GetCohort)
  async execute(input: CohortIdRequest, ctx: RequestContext): Promise<CohortDto> {
    requireAuthenticated(ctx);
    const { cohort, programme } = await this.lookups.cohortIn(ctx.tenantId, input.cohortId);
    return toCohortDto(cohort, allowedCohortTransitions(ctx, cohort, programme));
  }
}

@Injectable()
export class ListCohortsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListCohorts)
  async execute(input: ListCohortsRequest, ctx: RequestContext): Promise<Page<CohortDto>> {
    const tenantId = resolveTenant(ctx, input.tenantId);
    const { offset, limit } = pageBounds(input);
    const where = { tenantId, ...(input.programmeId ? { programmeId: input.programmeId } : {}), ...(input.state ? { state: input.state } : {}) };
    const [items, total] = await this.em.findAndCount(CohortSchema, where, {
      orderBy: sortClause(input.orderBy, { starts_on: ['startsOn'], ends_on: ['endsOn'], name: ['name'], state: ['state'], created_at: ['createdAt'] }, [{ startsOn: 'desc', id: 'asc' }]),
      offset,
      limit,
    });
    // The page's programmes (one statement), only for a caller who runs cohorts.
    const programmes = cohortManagerScope(ctx) && items.length > 0
      ? new Map((await this.em.find(ProgrammeSchema, { id: { $in: [...new Set(items.map((c) => c.programmeId))] }, tenantId })).map((p) => [p.id, p]))
      : new Map<string, Programme>();
    return { items: items.map((c) => { const p = programmes.get(c.programmeId); return toCohortDto(c, p ? allowedCohortTransitions(ctx, c, p) : []); }), total, offset, limit };
  }
}

/** Who could take part, computed from identity data and the cohort's policy (for the coordinator). */
@Injectable()
export class ListEligibleStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly people: People,
  ) {}

  @Handles(ListEligibleStaff)
  async execute(input: EligibleStaffRequest, ctx: RequestContext): Promise<Page<EligibleStaffDto>> {
    const scope = requireCohortManager(ctx);
    const { cohort, programme, policy } = await this.lookups.cohortIn(scope.tenantId, input.cohortId);
    if (!programmeInScope(scope, programme)) throw notFound('Cohort', 'cohortId');
    const asOf = today();
    const institutions = programme.institutionIds.length > 0 ? programme.institutionIds : null;
    const visible = scope.all || scope.programmeIds.includes(programme.id) ? null : scope.institutionIds;
    const where: Record<string, unknown> = { tenantId: cohort.tenantId, leftServiceOn: null };
    const filters = [institutions, visible].filter((x): x is string[] => x !== null);
    if (filters.length > 0) where.institutionId = { $in: filters.reduce((a, b) => a.filter((x) => b.includes(x))) };
    const profiles = await this.em.find(StaffProfileSchema, where, { orderBy: { hiredOn: 'desc', staffId: 'asc' } });
    const out: EligibleStaffDto[] = [];
    for (const p of profiles) {
      const months = Math.max(0, monthsBetween(dateOnly(p.hiredOn), asOf));
      if (input.role !== 'mentor') {
        const reasons = menteeReasons(p, policy, asOf);
        if (reasons.length > 0) out.push({ staffId: p.staffId, institutionId: p.institutionId, role: 'mentee', reasons, monthsOfService: months, person: null });
      }
      if (input.role !== 'mentee') {
        const check = mentorCheck(p, policy, asOf);
        if (check.ok) out.push({ staffId: p.staffId, institutionId: p.institutionId, role: 'mentor', reasons: check.reasons, monthsOfService: months, person: null });
      }
    }
    const { offset, limit } = pageBounds(input);
    const items = out.slice(offset, offset + limit);
    // Names for the coordinator who recruits (one statement for the page); the tenant admin keeps aggregates only.
    if (coordinatorScope(ctx)) {
      const persons = await this.people.persons(cohort.tenantId, items.map((x) => x.staffId), 'name');
      for (const x of items) x.person = persons.get(x.staffId)!;
    }
    return { items, total: out.length, offset, limit };
  }
}
