import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import {
  IdentityErrors,
  PlaceRenamed,
  ShiftPatternDefined,
  type RemovedDto,
  type RemoveShiftPatternRequest,
  type ShiftPatternDto,
  type UpdateShiftPatternRequest,
  UpdateShiftPattern,
  RemoveShiftPattern,
} from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { ShiftPatternSchema } from './institution.entity.js';
import { toShiftPatternDto } from './institution.mapper.js';
import { assertShiftsInCycle } from './shift-pattern.rules.js';

/**
 * A pattern's new name and rota, validated as on create. Staff on the pattern keep it (their offset
 * too). The pattern is published again (identity.v1.shiftPattern.defined: matching replaces its copy
 * of the rota, which the overlap criterion reads) and, when the name changed, renamed
 * (identity.v1.place.renamed: programmes renames it on the staff cards it holds).
 */
@Injectable()
export class UpdateShiftPatternUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(UpdateShiftPattern)
  async execute(input: UpdateShiftPatternRequest, ctx: RequestContext): Promise<ShiftPatternDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const pattern = await this.em.findOne(ShiftPatternSchema, { id: input.id, ...tenantWhere(scope) });
    if (!pattern) throw notFound('Shift pattern', 'id');
    assertShiftsInCycle(input.cycleDays, input.shifts);
    const renamed = input.name !== pattern.name;
    pattern.name = input.name;
    pattern.cycleDays = input.cycleDays;
    pattern.shifts = input.shifts.map((s) => ({ day: s.day, start: s.start, hours: s.hours }));
    const dto = toShiftPatternDto(pattern);
    const tenantId = pattern.tenantId;
    recordEvent(this.em, ShiftPatternDefined, { shiftPatternId: dto.id, tenantId, name: dto.name, cycleDays: dto.cycleDays, shifts: dto.shifts }, { tenantId });
    if (renamed) recordEvent(this.em, PlaceRenamed, { tenantId, kind: 'shiftPattern', id: dto.id, name: dto.name }, { tenantId });
    this.audit.record(this.em, ctx, { tenantId, action: 'shiftPattern.update', entityType: 'ShiftPattern', entityId: dto.id });
    await this.em.flush();
    return dto;
  }
}

/**
 * Removes a pattern nobody works. While any staff record that is not erased is on it, the removal is
 * refused with identity.SHIFT_PATTERN_IN_USE and the count; nothing is changed.
 */
@Injectable()
export class RemoveShiftPatternUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(RemoveShiftPattern)
  async execute(input: RemoveShiftPatternRequest, ctx: RequestContext): Promise<RemovedDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const pattern = await this.em.findOne(ShiftPatternSchema, { id: input.id, ...tenantWhere(scope) });
    if (!pattern) throw notFound('Shift pattern', 'id');
    const count = await this.em.count(StaffSchema, { tenantId: pattern.tenantId, shiftPatternId: pattern.id, erasedAt: null });
    if (count > 0) throw IdentityErrors.SHIFT_PATTERN_IN_USE({ field: 'id', params: { count } });
    this.em.remove(pattern);
    this.audit.record(this.em, ctx, { tenantId: pattern.tenantId, action: 'shiftPattern.remove', entityType: 'ShiftPattern', entityId: pattern.id });
    await this.em.flush();
    return { id: input.id };
  }
}
