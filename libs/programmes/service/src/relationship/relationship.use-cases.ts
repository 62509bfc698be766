import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, optionalPageBounds, pageBounds, requireAuthenticated, sortClause, type Page, type RequestContext } from '@m4pris/platform-core';
import { displayNameMatches, displayNameSort } from '../shared/name-sql.js';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  ProgrammesErrors,
  RelationshipClosed,
  RelationshipEndedEarly,
  RelationshipPaused,
  RelationshipResumed,
  type CloseRelationshipRequest,
  type CreateRelationshipRequest,
  type EarlyEndReason,
  type EndEarlyRequest,
  type ListRelationshipsRequest,
  type MyRelationshipsRequest,
  type ParticipantRole,
  type ReflectionDto,
  type RelationshipDto,
  type RelationshipIdRequest,
  type RelationshipState,
  CreateRelationship,
  GetRelationship,
  ListRelationships,
  MyRelationships,
  PauseRelationship,
  ResumeRelationship,
  EndRelationshipEarly,
  CloseRelationship,
  ListReflections,
} from '@m4pris/programmes-contracts';
import { auditRead } from '../shared/audit.js';
import { iso, requireCoordinator, requireStaff, scopeFilter, inScope } from '../shared/access.js';
import { today } from '../shared/dates.js';
import { Lookups } from '../shared/lookups.js';
import { DuoFactory } from './duo-factory.js';
import { ReflectionSchema, RelationshipSchema, type Relationship } from './relationship.entity.js';
import { relationshipEventPayload } from './relationship.mapper.js';
import { requireDuoTransition } from './transitions.js';
import { RelationshipPresenter } from './relationship.presenter.js';

export function requireState(r: Relationship, expected: RelationshipState[]): void {
  if (!expected.includes(r.state)) {
    throw ProgrammesErrors.RELATIONSHIP_NOT_ACTIVE({ field: 'relationshipId', params: { state: r.state, expected: expected.join(' or ') } });
  }
}

/** Ends a duo early (also used by the fit check). Records the event; the caller flushes. */
export function endEarly(em: EntityManager, r: Relationship, reason: EarlyEndReason, rematch: boolean, notAFit: boolean): void {
  const on = today();
  r.state = 'ended_early';
  r.endedOn = on;
  r.endReason = reason;
  r.rematchRequested = rematch;
  r.updatedAt = new Date();
  recordEvent(em, RelationshipEndedEarly, { ...relationshipEventPayload(r, on), reason, rematchRequested: rematch, notAFit }, { tenantId: r.tenantId });
}

/** Pause (from active) or resume (from paused), with its event. The caller flushes. */
function setPaused(em: EntityManager, r: Relationship, paused: boolean, role: ParticipantRole | null): void {
  requireDuoTransition(r.state, { role, reflected: false }, paused ? 'paused' : 'active');
  r.state = paused ? 'paused' : 'active';
  r.pausedAt = paused ? new Date() : null;
  r.updatedAt = new Date();
  recordEvent(em, paused ? RelationshipPaused : RelationshipResumed, relationshipEventPayload(r, today()), { tenantId: r.tenantId });
}

@Injectable()
export class CreateRelationshipUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly duos: DuoFactory,
    private readonly presenter: RelationshipPresenter,
  ) {}

  /** A coordinator forms a duo by hand (when the matching module is not used). */
  @Handles(CreateRelationship)
  async execute(input: CreateRelationshipRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const scope = requireCoordinator(ctx);
    const apps = await this.duos.applications(this.em, scope.tenantId, [input.mentorApplicationId, input.menteeApplicationId]);
    const mentorApp = apps.get(input.mentorApplicationId);
    const menteeApp = apps.get(input.menteeApplicationId);
    if (!mentorApp || !inScope(scope, mentorApp)) throw notFound('Application', 'mentorApplicationId');
    if (!menteeApp || !inScope(scope, menteeApp)) throw notFound('Application', 'menteeApplicationId');
    if (mentorApp.cohortId !== menteeApp.cohortId) throw ProgrammesErrors.APPLICATION_NOT_ACCEPTED({ field: 'menteeApplicationId', params: { role: 'mentee' } });
    const { cohort, policy } = await this.lookups.cohortIn(scope.tenantId, mentorApp.cohortId);
    const rel = await this.duos.form(this.em, cohort, policy, mentorApp, menteeApp, { startsOn: input.startsOn });
    await this.em.flush();
    return this.presenter.one(rel, null);
  }
}

@Injectable()
export class GetRelationshipUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(GetRelationship)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'metadata');
    const dto = await this.presenter.one(rel, role);
    // A coordinator reading a duo (names and process data); the duo's members read their own.
    if (role === null) await auditRead(this.em, ctx, { action: 'relationship.get', subjects: [rel.mentorStaffId, rel.menteeStaffId] });
    return dto;
  }
}

@Injectable()
export class ListRelationshipsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(ListRelationships)
  async execute(input: ListRelationshipsRequest, ctx: RequestContext): Promise<Page<RelationshipDto>> {
    const scope = requireCoordinator(ctx);
    const { cohort } = await this.lookups.cohortIn(scope.tenantId, input.cohortId);
    const { offset, limit } = pageBounds(input);
    // Search and sort stay inside the coordinator's scope filter; a duo's coordinator sees both display names.
    const where = {
      ...scopeFilter(scope),
      cohortId: cohort.id,
      ...(input.state ? { state: input.state } : {}),
      ...(input.search?.trim() ? displayNameMatches(this.em, ['mentor_staff_id', 'mentee_staff_id'], input.search) : {}),
    };
    const orderBy = sortClause(
      input.orderBy,
      {
        started_on: ['startedOn'],
        planned_end_on: ['plannedEndOn'],
        state: ['state'],
        mentor_name: () => [displayNameSort(this.em, 'mentor_staff_id')],
        mentee_name: () => [displayNameSort(this.em, 'mentee_staff_id')],
        last_meeting_on: ['lastMeetingOn'],
      },
      [{ startedOn: 'asc', id: 'asc' }],
    );
    const [items, total] = await this.em.findAndCount(RelationshipSchema, where, { orderBy, offset, limit });
    const dtos = await this.presenter.many(items, () => null);
    await auditRead(this.em, ctx, { action: 'relationship.list', subjects: items.flatMap((r) => [r.mentorStaffId, r.menteeStaffId]) });
    return { items: dtos, total, offset, limit };
  }
}

@Injectable()
export class MyRelationshipsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(MyRelationships)
  async execute(input: MyRelationshipsRequest, ctx: RequestContext): Promise<RelationshipDto[]> {
    const me = requireStaff(ctx);
    const items = await this.em.find(
      RelationshipSchema,
      { tenantId: me.tenantId, $or: [{ mentorStaffId: me.staffId }, { menteeStaffId: me.staffId }] },
      { orderBy: { startedOn: 'desc', id: 'asc' }, ...optionalPageBounds(input) },
    );
    return this.presenter.many(items, (r) => (r.mentorStaffId === me.staffId ? 'mentor' : 'mentee'));
  }
}

/** Either side of the duo, or its coordinator, may pause and resume. */
@Injectable()
export class PauseRelationshipUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(PauseRelationship)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'metadata');
    setPaused(this.em, rel, true, role);
    await this.em.flush();
    return this.presenter.one(rel, role);
  }
}

@Injectable()
export class ResumeRelationshipUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(ResumeRelationship)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'metadata');
    setPaused(this.em, rel, false, role);
    await this.em.flush();
    return this.presenter.one(rel, role);
  }
}

/** Either side (without giving more than a reason code) or the coordinator ends the duo early. */
@Injectable()
export class EndRelationshipEarlyUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(EndRelationshipEarly)
  async execute(input: EndEarlyRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'metadata');
    requireDuoTransition(rel.state, { role, reflected: false }, 'ended_early');
    endEarly(this.em, rel, input.reason, input.rematch, input.reason === 'not_a_fit');
    await this.em.flush();
    return this.presenter.one(rel, role);
  }
}

/**
 * Closure: each side leaves a short reflection (private to the duo); the duo is closed when both
 * have, or when its coordinator closes the record (no reflection) once the planned end is near.
 */
@Injectable()
export class CloseRelationshipUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(CloseRelationship)
  async execute(input: CloseRelationshipRequest, ctx: RequestContext): Promise<RelationshipDto> {
    const { rel, role } = await this.lookups.relationship(ctx, input.relationshipId, 'metadata');
    const reflected = role ? (await this.em.count(ReflectionSchema, { relationshipId: rel.id, role })) > 0 : false;
    requireDuoTransition(rel.state, { role, reflected }, 'closed');
    if (role) {
      if (!input.reflection) throw CommonErrors.INVALID_INPUT({ field: 'reflection', params: { field: 'reflection', reason: 'required to close as a participant' } });
      this.em.create(ReflectionSchema, { relationshipId: rel.id, role, text: input.reflection, createdAt: new Date() });
      const other = await this.em.count(ReflectionSchema, { relationshipId: rel.id, role: role === 'mentor' ? 'mentee' : 'mentor' });
      if (other > 0) this.close(rel);
    } else {
      if (input.reflection) throw CommonErrors.INVALID_INPUT({ field: 'reflection', params: { field: 'reflection', reason: 'only the duo writes reflections' } });
      this.close(rel);
    }
    await this.em.flush();
    return this.presenter.one(rel, role);
  }

  private close(rel: Relationship): void {
    const on = today();
    rel.state = 'closed';
    rel.endedOn = on;
    rel.updatedAt = new Date();
    recordEvent(this.em, RelationshipClosed, relationshipEventPayload(rel, on), { tenantId: rel.tenantId });
  }
}

@Injectable()
export class ListReflectionsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(ListReflections)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<ReflectionDto[]> {
    requireAuthenticated(ctx);
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    const rows = await this.em.find(ReflectionSchema, { relationshipId: rel.id }, { orderBy: { createdAt: 'asc' } });
    return rows.map((r) => ({ role: r.role, text: r.text, createdAt: iso(r.createdAt) }));
  }
}
