import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import type { CreateInstitutionRequest, InstitutionDto } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { InstitutionSchema } from './institution.entity.js';
import { toInstitutionDto } from './institution.mapper.js';
import { CreateInstitution } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class CreateInstitutionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(CreateInstitution)
  async execute(input: CreateInstitutionRequest, ctx: RequestContext): Promise<InstitutionDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const now = new Date();
    const institution = this.em.create(InstitutionSchema, {
      id: randomUUID(),
      tenantId,
      name: input.name,
      kind: input.kind,
      region: input.region,
      createdAt: now,
      updatedAt: now,
    });
    this.audit.record(this.em, ctx, { tenantId, action: 'institution.create', entityType: 'Institution', entityId: institution.id });
    await this.em.flush();
    return toInstitutionDto(institution);
  }
}
