import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, PlaceRenamed, type RemovedDto, type RemoveUnitRequest, type UnitDto, type UpdateUnitRequest, UpdateUnit, RemoveUnit } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { UnitSchema } from './institution.entity.js';
import { toUnitDto } from './institution.mapper.js';

/** A unit's new name; programmes renames it on the staff cards it holds (identity.v1.place.renamed). */
@Injectable()
export class UpdateUnitUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(UpdateUnit)
  async execute(input: UpdateUnitRequest, ctx: RequestContext): Promise<UnitDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const unit = await this.em.findOne(UnitSchema, { id: input.id, ...tenantWhere(scope) });
    if (!unit) throw notFound('Unit', 'id');
    if (input.name !== unit.name) {
      unit.name = input.name;
      recordEvent(this.em, PlaceRenamed, { tenantId: unit.tenantId, kind: 'unit', id: unit.id, name: unit.name }, { tenantId: unit.tenantId });
      this.audit.record(this.em, ctx, { tenantId: unit.tenantId, action: 'unit.update', entityType: 'Unit', entityId: unit.id });
      await this.em.flush();
    }
    return toUnitDto(unit);
  }
}

/**
 * Removes a unit nobody is in. While any staff record that is not erased names it (those who left
 * included: their record still says where they worked), the removal is refused with
 * identity.UNIT_IN_USE and the count, so the administrator moves them first; nothing is changed.
 */
@Injectable()
export class RemoveUnitUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(RemoveUnit)
  async execute(input: RemoveUnitRequest, ctx: RequestContext): Promise<RemovedDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const unit = await this.em.findOne(UnitSchema, { id: input.id, ...tenantWhere(scope) });
    if (!unit) throw notFound('Unit', 'id');
    const count = await this.em.count(StaffSchema, { tenantId: unit.tenantId, unitId: unit.id, erasedAt: null });
    if (count > 0) throw IdentityErrors.UNIT_IN_USE({ field: 'id', params: { count } });
    this.em.remove(unit);
    this.audit.record(this.em, ctx, { tenantId: unit.tenantId, action: 'unit.remove', entityType: 'Unit', entityId: unit.id });
    await this.em.flush();
    return { id: input.id };
  }
}
