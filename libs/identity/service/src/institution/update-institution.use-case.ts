import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { PlaceRenamed, type InstitutionDto, type UpdateInstitutionRequest } from '@m4pris/identity-contracts';
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
    if (input.name !== undefined && input.name !== institution.name) {
      institution.name = input.name;
      // Modules holding staff cards rename it on theirs (programmes shows it to duo partners).
      recordEvent(this.em, PlaceRenamed, { tenantId: institution.tenantId, kind: 'institution', id: institution.id, name: institution.name }, { tenantId: institution.tenantId });
    }
    if (input.kind !== undefined) institution.kind = input.kind;
    if (input.region !== undefined) institution.region = input.region;
    institution.updatedAt = new Date();
    this.audit.record(this.em, ctx, { tenantId: institution.tenantId, action: 'institution.update', entityType: 'Institution', entityId: institution.id });
    await this.em.flush();
    return toInstitutionDto(institution);
  }
}
