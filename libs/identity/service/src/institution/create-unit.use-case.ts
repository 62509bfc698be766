import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import type { CreateUnitRequest, ListUnitsRequest, UnitDto } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { ORG_READERS, scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { InstitutionSchema, UnitSchema } from './institution.entity.js';
import { toUnitDto } from './institution.mapper.js';
import { CreateUnit, ListUnits } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class CreateUnitUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(CreateUnit)
  async execute(input: CreateUnitRequest, ctx: RequestContext): Promise<UnitDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const institution = await this.em.findOne(InstitutionSchema, { id: input.institutionId, ...tenantWhere(scope) });
    if (!institution) throw notFound('Institution', 'institutionId');
    const unit = this.em.create(UnitSchema, {
      id: randomUUID(),
      tenantId: institution.tenantId,
      institutionId: institution.id,
      name: input.name,
      createdAt: new Date(),
    });
    this.audit.record(this.em, ctx, { tenantId: unit.tenantId, action: 'unit.create', entityType: 'Unit', entityId: unit.id });
    await this.em.flush();
    return toUnitDto(unit);
  }
}

@Injectable()
export class ListUnitsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListUnits)
  async execute(input: ListUnitsRequest, ctx: RequestContext): Promise<UnitDto[]> {
    const scope = scopeFor(ctx, ORG_READERS);
    const institution = await this.em.findOne(InstitutionSchema, { id: input.institutionId, ...tenantWhere(scope) });
    if (!institution) throw notFound('Institution', 'institutionId');
    const units = await this.em.find(UnitSchema, { institutionId: institution.id, tenantId: institution.tenantId }, { orderBy: { name: 'asc' } });
    return units.map(toUnitDto);
  }
}
