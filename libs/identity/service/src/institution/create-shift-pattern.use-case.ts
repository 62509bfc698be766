import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { ShiftPatternDefined, type CreateShiftPatternRequest, type ShiftPatternDto, CreateShiftPattern, ListShiftPatterns } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { STAFF_READERS, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { ShiftPatternSchema } from './institution.entity.js';
import { toShiftPatternDto } from './institution.mapper.js';
import { assertShiftsInCycle } from './shift-pattern.rules.js';

@Injectable()
export class CreateShiftPatternUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(CreateShiftPattern)
  async execute(input: CreateShiftPatternRequest, ctx: RequestContext): Promise<ShiftPatternDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    assertShiftsInCycle(input.cycleDays, input.shifts);
    const pattern = this.em.create(ShiftPatternSchema, {
      id: randomUUID(),
      tenantId,
      name: input.name,
      cycleDays: input.cycleDays,
      shifts: input.shifts.map((s) => ({ day: s.day, start: s.start, hours: s.hours })),
      createdAt: new Date(),
    });
    const dto = toShiftPatternDto(pattern);
    recordEvent(this.em, ShiftPatternDefined, { shiftPatternId: dto.id, tenantId, name: dto.name, cycleDays: dto.cycleDays, shifts: dto.shifts }, { tenantId });
    this.audit.record(this.em, ctx, { tenantId, action: 'shiftPattern.create', entityType: 'ShiftPattern', entityId: pattern.id });
    await this.em.flush();
    return dto;
  }
}

@Injectable()
export class ListShiftPatternsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListShiftPatterns)
  async execute(input: { tenantId?: string }, ctx: RequestContext): Promise<ShiftPatternDto[]> {
    const tenantId = tenantFor(ctx, input.tenantId, STAFF_READERS);
    const items = await this.em.find(ShiftPatternSchema, { tenantId }, { orderBy: { name: 'asc' } });
    return items.map(toShiftPatternDto);
  }
}
