import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import type { InstitutionDto, UpdateInstitutionRequest } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { InstitutionSchema } from './institution.entity.js';
import { toInstitutionDto } from './institution.mapper.js';

@Injectable()
export class UpdateInstitutionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  async execute(input: UpdateInstitutionRequest, ctx: RequestContext): Promise<InstitutionDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const institution = await this.em.findOne(InstitutionSchema, { id: input.id, ...tenantWhere(scope) });
    if (!institution) throw notFound('Institution', 'id');
    if (input.name !== undefined) institution.name = input.name;
    if (input.kind !== undefined) institution.kind = input.kind;
    if (input.region !== undefined) institution.region = input.region;
    institution.updatedAt = new Date();
    this.audit.record(this.em, ctx, { tenantId: institution.tenantId, action: 'institution.update', entityType: 'Institution', entityId: institution.id });
    await this.em.flush();
    return toInstitutionDto(institution);
  }
}
