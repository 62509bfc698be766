import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, isPlatformAdmin, notFound, pageBounds, requireAuthenticated, resolveTenant, sortClause, type Page, type RequestContext } from '@m4pris/platform-core';
import { Bus, Handles } from '@m4pris/platform-messaging';
import { GetInstitutionsByIds } from '@m4pris/identity-contracts';
import {
  defaultPolicy,
  type CreateProgrammeRequest,
  type ListProgrammesRequest,
  type PolicyVersionDto,
  type ProgrammeDto,
  type ProgrammeIdRequest,
  type UpdatePolicyRequest,
  CreateProgramme,
  UpdatePolicy,
  GetProgramme,
  ListProgrammes,
  ListPolicyVersions,
} from '@m4pris/programmes-contracts';
import { coordinatorScope, isTenantAdmin, requirePolicyAdmin } from '../shared/access.js';
import { Lookups } from '../shared/lookups.js';
import { checkedPolicy } from './policy.rules.js';
import { PolicyVersionSchema, ProgrammeSchema, type Programme } from './programme.entity.js';
import { toPolicyVersionDto, toProgrammeDto } from './programme.mapper.js';

@Injectable()
export class CreateProgrammeUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly bus: Bus,
  ) {}

  @Handles(CreateProgramme)
  async execute(input: CreateProgrammeRequest, ctx: RequestContext): Promise<ProgrammeDto> {
    const tenantId = requirePolicyAdmin(ctx, input.tenantId);
    const institutionIds = input.institutionIds ?? [];
    if (institutionIds.length > 0) {
      // Institutions live in identity: ask it, in the caller's tenant (a foreign id is simply absent).
      const found = await this.bus.request(GetInstitutionsByIds, { ids: institutionIds }, ctx);
      const known = new Set(found.filter((i) => i.tenantId === tenantId).map((i) => i.id));
      const missing = institutionIds.find((id) => !known.has(id));
      if (missing) throw notFound('Institution', 'institutionIds');
    }
    const policy = await checkedPolicy(this.em, this.bus, ctx, tenantId, input.policy ?? defaultPolicy());
    const now = new Date();
    const programme = this.em.create(ProgrammeSchema, {
      id: randomUUID(),
      tenantId,
      name: input.name,
      description: input.description ?? null,
      institutionIds,
      policyVersion: 1,
      createdAt: now,
      updatedAt: now,
    });
    this.em.create(PolicyVersionSchema, { id: randomUUID(), tenantId, programmeId: programme.id, version: 1, policy, createdBy: ctx.userId ?? null, createdAt: now });
    await this.em.flush();
    return toProgrammeDto(programme, policy, ctx.locale);
  }
}

@Injectable()
export class UpdatePolicyUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly bus: Bus,
  ) {}

  /** A new version; cohorts already created keep the version they were created under. */
  @Handles(UpdatePolicy)
  async execute(input: UpdatePolicyRequest, ctx: RequestContext): Promise<ProgrammeDto> {
    requireAuthenticated(ctx);
    const tenantId = isPlatformAdmin(ctx) ? undefined : ctx.tenantId;
    const programme = isPlatformAdmin(ctx)
      ? await this.em.findOne(ProgrammeSchema, { id: input.programmeId })
      : await this.lookups.programmeIn(tenantId, input.programmeId).catch(() => null);
    if (!programme) throw notFound('Programme', 'programmeId');
    requirePolicyAdmin(ctx, programme.tenantId);
    const policy = await checkedPolicy(this.em, this.bus, ctx, programme.tenantId, input.policy, 'policy', programme.id);
    programme.policyVersion += 1;
    programme.updatedAt = new Date();
    this.em.create(PolicyVersionSchema, {
      id: randomUUID(),
      tenantId: programme.tenantId,
      programmeId: programme.id,
      version: programme.policyVersion,
      policy,
      createdBy: ctx.userId ?? null,
      createdAt: new Date(),
    });
    await this.em.flush();
    return toProgrammeDto(programme, policy, ctx.locale);
  }
}

/**
 * Programmes and their policies are organisational information, no personal data: any member of
 * the tenant may read them (staff see what they can apply to and the limits of confidentiality).
 */
function mayRead(ctx: RequestContext, programme: Programme): boolean {
  return isPlatformAdmin(ctx) || programme.tenantId === ctx.tenantId;
}

@Injectable()
export class GetProgrammeUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(GetProgramme)
  async execute(input: ProgrammeIdRequest, ctx: RequestContext): Promise<ProgrammeDto> {
    requireAuthenticated(ctx);
    const programme = await this.em.findOne(ProgrammeSchema, { id: input.programmeId });
    if (!programme || !mayRead(ctx, programme)) throw notFound('Programme', 'programmeId');
    return toProgrammeDto(programme, await this.lookups.policy(programme.id, programme.policyVersion), ctx.locale);
  }
}

@Injectable()
export class ListProgrammesUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListProgrammes)
  async execute(input: ListProgrammesRequest, ctx: RequestContext): Promise<Page<ProgrammeDto>> {
    const tenantId = resolveTenant(ctx, input.tenantId);
    const { offset, limit } = pageBounds(input);
    const where = input.ids ? { tenantId, id: { $in: input.ids } } : { tenantId };
    const [page, total] = await this.em.findAndCount(ProgrammeSchema, where, {
      orderBy: sortClause(input.orderBy, { created_at: ['createdAt'], name: ['name'] }, [{ createdAt: 'asc', id: 'asc' }]),
      offset,
      limit,
    });
    const versions = page.length
      ? await this.em.find(PolicyVersionSchema, { $or: page.map((p) => ({ programmeId: p.id, version: p.policyVersion })) })
      : [];
    const policyOf = new Map(versions.map((v) => [v.programmeId, v.policy]));
    return { items: page.map((p) => toProgrammeDto(p, policyOf.get(p.id)!, ctx.locale)), total, offset, limit };
  }
}

@Injectable()
export class ListPolicyVersionsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListPolicyVersions)
  async execute(input: ProgrammeIdRequest, ctx: RequestContext): Promise<PolicyVersionDto[]> {
    requireAuthenticated(ctx);
    const programme = await this.em.findOne(ProgrammeSchema, { id: input.programmeId });
    if (!programme || !mayRead(ctx, programme)) throw notFound('Programme', 'programmeId');
    if (!isPlatformAdmin(ctx) && !isTenantAdmin(ctx, programme.tenantId) && !coordinatorScope(ctx)) throw CommonErrors.FORBIDDEN();
    const versions = await this.em.find(PolicyVersionSchema, { programmeId: programme.id }, { orderBy: { version: 'asc' } });
    return versions.map((v) => toPolicyVersionDto(v, ctx.locale));
  }
}
