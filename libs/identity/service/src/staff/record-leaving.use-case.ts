import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { StaffProfileChanged, type RecordLeavingRequest, type StaffDto, RecordLeaving } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { InstitutionSchema } from '../institution/institution.entity.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from './staff.entity.js';
import { toProfileEvent } from './staff.mapper.js';
import { StaffReader } from './staff-reader.js';
import { takeEffect, todayIso } from './leavers.js';

@Injectable()
export class RecordLeavingUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(RecordLeaving)
  async execute(input: RecordLeavingRequest, ctx: RequestContext): Promise<StaffDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const staff = await this.em.findOne(StaffSchema, { id: input.id, erasedAt: null, ...tenantWhere(scope) });
    if (!staff) throw notFound('Staff member', 'id');
    const institution = await this.em.findOneOrFail(InstitutionSchema, { id: staff.institutionId, tenantId: staff.tenantId });
    staff.leftServiceOn = input.leftOn;
    if (input.leftOn > todayIso()) staff.leftProcessedAt = null; // moved to a later date: the sweep takes it then
    staff.updatedAt = new Date();
    recordEvent(this.em, StaffProfileChanged, toProfileEvent(staff, institution), { tenantId: staff.tenantId });
    await this.reader.recordCards([staff]);
    this.audit.record(this.em, ctx, { tenantId: staff.tenantId, action: 'staff.recordLeaving', entityType: 'Staff', entityId: staff.id });
    await this.em.flush();
    // A leaving date today or in the past takes effect at once (account disabled, duos ended).
    if (await takeEffect(this.em, this.audit, ctx, staff)) await this.em.flush();
    return this.reader.toDto(staff);
  }
}
