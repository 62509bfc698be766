import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, StaffContactChanged, StaffProfileChanged, type CreateStaffRequest, type StaffDto, CreateStaff } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { normaliseEmail, TENANT_ADMIN, tenantFor } from '../shared/access.js';
import { StaffSchema } from './staff.entity.js';
import { toContactEvent, toProfileEvent } from './staff.mapper.js';
import { StaffReader } from './staff-reader.js';
import { StaffReferences } from './staff-references.js';

@Injectable()
export class CreateStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly refs: StaffReferences,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(CreateStaff)
  async execute(input: CreateStaffRequest, ctx: RequestContext): Promise<StaffDto> {
    const tenantId = tenantFor(ctx, input.tenantId, TENANT_ADMIN);
    const email = normaliseEmail(input.email);
    const institution = await this.refs.check(tenantId, {
      institutionId: input.institutionId,
      unitId: input.unitId ?? null,
      shiftPatternId: input.shiftPatternId ?? null,
      lineManagerId: input.lineManagerId ?? null,
    });
    if (await this.em.count(StaffSchema, { tenantId, email })) throw IdentityErrors.DUPLICATE_STAFF({ field: 'email', params: { email } });
    const now = new Date();
    const staff = this.em.create(StaffSchema, {
      id: randomUUID(),
      tenantId,
      firstName: input.firstName,
      lastName: input.lastName,
      email,
      position: input.position,
      supervisesOthers: input.supervisesOthers,
      hiredOn: input.hiredOn,
      joinedInstitutionOn: input.joinedInstitutionOn,
      previousInstitutionKind: input.previousInstitutionKind ?? null,
      institutionId: institution.id,
      unitId: input.unitId ?? null,
      shiftPatternId: input.shiftPatternId ?? null,
      shiftOffsetDays: input.shiftOffsetDays ?? 0,
      languages: input.languages,
      lineManagerId: input.lineManagerId ?? null,
      leftServiceOn: null,
      leftProcessedAt: null,
      erasedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    recordEvent(this.em, StaffProfileChanged, toProfileEvent(staff, institution), { tenantId });
    await this.reader.recordCards([staff]);
    recordEvent(this.em, StaffContactChanged, toContactEvent(staff), { tenantId: staff.tenantId });
    this.audit.record(this.em, ctx, { tenantId, action: 'staff.create', entityType: 'Staff', entityId: staff.id });
    await this.em.flush();
    return this.reader.toDto(staff);
  }
}
