import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, pageBounds, type Page, type RequestContext } from '@m4pris/platform-core';
import type { ByIdsRequest, GetInstitutionRequest, InstitutionDto, ListInstitutionsRequest } from '@m4pris/identity-contracts';
import { ORG_READERS, scopeFor, tenantFor, tenantWhere } from '../shared/access.js';
import { escapeLike } from '../tenant/tenant-queries.use-case.js';
import { InstitutionSchema } from './institution.entity.js';
import { toInstitutionDto } from './institution.mapper.js';
import { GetInstitution, ListInstitutions, GetInstitutionsByIds } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class GetInstitutionUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetInstitution)
  async execute(input: GetInstitutionRequest, ctx: RequestContext): Promise<InstitutionDto> {
    const scope = scopeFor(ctx, ORG_READERS);
    const institution = await this.em.findOne(InstitutionSchema, { id: input.id, ...tenantWhere(scope) });
    if (!institution) throw notFound('Institution', 'id');
    return toInstitutionDto(institution);
  }
}

@Injectable()
export class ListInstitutionsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListInstitutions)
  async execute(input: ListInstitutionsRequest, ctx: RequestContext): Promise<Page<InstitutionDto>> {
    const tenantId = tenantFor(ctx, input.tenantId, ORG_READERS);
    const { offset, limit } = pageBounds(input);
    const [items, total] = await this.em.findAndCount(
      InstitutionSchema,
      {
        tenantId,
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.region ? { region: input.region } : {}),
        ...(input.search ? { name: { $ilike: `%${escapeLike(input.search)}%` } } : {}),
      },
      { orderBy: { name: 'asc', id: 'asc' }, offset, limit },
    );
    return { items: items.map(toInstitutionDto), total, offset, limit };
  }
}

/** Batch lookup: institutions of the caller's tenant among `ids`; others are silently absent. */
@Injectable()
export class GetInstitutionsByIdsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetInstitutionsByIds)
  async execute(input: ByIdsRequest, ctx: RequestContext): Promise<InstitutionDto[]> {
    const scope = scopeFor(ctx, ORG_READERS);
    if (input.ids.length === 0) return [];
    const items = await this.em.find(InstitutionSchema, { id: { $in: input.ids }, ...tenantWhere(scope) });
    return items.map(toInstitutionDto);
  }
}
