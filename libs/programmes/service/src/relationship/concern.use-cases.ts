import { supportContactFor } from '../programme/platform-wording.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, optionalPageBounds, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  ConcernRaised,
  ConcernRouted,
  ProgrammesErrors,
  type ConcernDto,
  type ConcernIdRequest,
  type MyRelationshipsRequest,
  type RaiseConcernRequest,
  type ProgrammePolicy,
  type SupportConcernsRequest,
  RaiseConcern,
  MyConcerns,
  SupportConcerns,
  CloseConcern,
} from '@m4pris/programmes-contracts';
import { auditRead } from '../shared/audit.js';
import { iso, requireStaff } from '../shared/access.js';
import { Lookups } from '../shared/lookups.js';
import { ConcernSchema, RelationshipSchema, type Concern } from './relationship.entity.js';

/*
 * A concern goes to the programme's designated support route (occupational health, a
 * psychologist), never to line management: its content is visible to the person who raised it and
 * to the support contact named in the policy only. The coordinator sees the fact (a count on the
 * duo) and nothing else.
 */

@Injectable()
export class ConcernViews {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  async toDtos(concerns: Concern[], locale: string): Promise<ConcernDto[]> {
    if (concerns.length === 0) return [];
    const rels = await this.em.find(RelationshipSchema, { id: { $in: [...new Set(concerns.map((c) => c.relationshipId))] } }, { fields: ['id', 'cohortId'] });
    // One policy read per cohort, however many concerns.
    const policies = new Map<string, Promise<ProgrammePolicy>>();
    const contactOf = new Map<string, { name: string; howToReach: string }>();
    for (const r of rels) {
      if (!policies.has(r.cohortId)) policies.set(r.cohortId, this.lookups.policyOfCohort(r.cohortId));
      const { supportContact } = await policies.get(r.cohortId)!;
      contactOf.set(r.id, supportContactFor(supportContact, locale));
    }
    return concerns.map((c) => ({
      id: c.id,
      relationshipId: c.relationshipId,
      category: c.category,
      details: c.details,
      status: c.status,
      raisedAt: iso(c.raisedAt),
      closedAt: iso(c.closedAt),
      supportContact: contactOf.get(c.relationshipId)!,
    }));
  }
}

@Injectable()
export class RaiseConcernUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly views: ConcernViews,
  ) {}

  @Handles(RaiseConcern)
  async execute(input: RaiseConcernRequest, ctx: RequestContext): Promise<ConcernDto> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'content');
    if (rel.state === 'closed') throw ProgrammesErrors.RELATIONSHIP_NOT_ACTIVE({ field: 'relationshipId', params: { state: rel.state, expected: 'not closed' } });
    const policy = await this.lookups.policyOfCohort(rel.cohortId);
    const concern = this.em.create(ConcernSchema, {
      id: randomUUID(),
      tenantId: rel.tenantId,
      programmeId: rel.programmeId,
      relationshipId: rel.id,
      raisedByStaffId: ctx.staffId!,
      supportStaffId: policy.supportContact.supportStaffId ?? null,
      category: input.category,
      details: input.details,
      status: 'open',
      raisedAt: new Date(),
      closedAt: null,
    });
    rel.openConcerns += 1;
    rel.updatedAt = new Date();
    recordEvent(this.em, ConcernRaised, { tenantId: rel.tenantId, programmeId: rel.programmeId, relationshipId: rel.id, concernId: concern.id }, { tenantId: rel.tenantId });
    // The support contact hears that something needs their attention: who they are, nothing else.
    if (concern.supportStaffId) recordEvent(this.em, ConcernRouted, { tenantId: rel.tenantId, concernId: concern.id, supportStaffId: concern.supportStaffId }, { tenantId: rel.tenantId });
    await this.em.flush();
    return (await this.views.toDtos([concern], ctx.locale))[0];
  }
}

@Injectable()
export class MyConcernsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly views: ConcernViews,
  ) {}

  @Handles(MyConcerns)
  async execute(_input: MyRelationshipsRequest, ctx: RequestContext): Promise<ConcernDto[]> {
    const me = requireStaff(ctx);
    return this.views.toDtos(await this.em.find(ConcernSchema, { tenantId: me.tenantId, raisedByStaffId: me.staffId }, { orderBy: { raisedAt: 'desc' } }), ctx.locale);
  }
}

@Injectable()
export class SupportConcernsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly views: ConcernViews,
  ) {}

  @Handles(SupportConcerns)
  async execute(input: SupportConcernsRequest, ctx: RequestContext): Promise<ConcernDto[]> {
    const me = requireStaff(ctx);
    const where = { tenantId: me.tenantId, supportStaffId: me.staffId, ...(input.status ? { status: input.status } : {}) };
    const concerns = await this.em.find(ConcernSchema, where, { orderBy: { raisedAt: 'desc', id: 'asc' }, ...optionalPageBounds(input) });
    const dtos = await this.views.toDtos(concerns, ctx.locale);
    // The support contact reads what the raisers wrote.
    await auditRead(this.em, ctx, { action: 'concern.forSupport', subjects: concerns.map((c) => c.raisedByStaffId) });
    return dtos;
  }
}

/** The support contact (or the person who raised it) closes a concern. */
@Injectable()
export class CloseConcernUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly views: ConcernViews,
  ) {}

  @Handles(CloseConcern)
  async execute(input: ConcernIdRequest, ctx: RequestContext): Promise<ConcernDto> {
    const me = requireStaff(ctx);
    const c = await this.em.findOne(ConcernSchema, {
      id: input.concernId,
      tenantId: me.tenantId,
      $or: [{ raisedByStaffId: me.staffId }, { supportStaffId: me.staffId }],
    });
    if (!c) throw notFound('Concern', 'concernId');
    if (c.status === 'open') {
      c.status = 'closed';
      c.closedAt = new Date();
      const rel = await this.em.findOneOrFail(RelationshipSchema, { id: c.relationshipId });
      rel.openConcerns = Math.max(0, rel.openConcerns - 1);
    }
    await this.em.flush();
    return (await this.views.toDtos([c], ctx.locale))[0];
  }
}
