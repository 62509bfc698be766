import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { PlaceRenamed, StaffProfileChanged, type InstitutionDto, type UpdateInstitutionRequest, UpdateInstitution } from '@m4pris/identity-contracts';
import { AuditLog } from '../audit/audit-log.js';
import { scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { InstitutionSchema } from './institution.entity.js';
import { toInstitutionDto } from './institution.mapper.js';
import { StaffSchema } from '../staff/staff.entity.js';
import { toProfileEvent } from '../staff/staff.mapper.js';

@Injectable()
export class UpdateInstitutionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
  ) {}

  @Handles(UpdateInstitution)
  async execute(input: UpdateInstitutionRequest, ctx: RequestContext): Promise<InstitutionDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const institution = await this.em.findOne(InstitutionSchema, { id: input.id, ...tenantWhere(scope) });
    if (!institution) throw notFound('Institution', 'id');
    if (input.name !== undefined && input.name !== institution.name) {
      institution.name = input.name;
      // Modules holding staff cards rename it on theirs (programmes shows it to duo partners).
      recordEvent(this.em, PlaceRenamed, { tenantId: institution.tenantId, kind: 'institution', id: institution.id, name: institution.name }, { tenantId: institution.tenantId });
    }
    // The staff profile event carries the institution's kind and region (evaluation generalises the
    // research export to the region; matching and programmes read the kind): when either changes,
    // every staff member of the institution's profile is sent again.
    const profileChanged = (input.kind !== undefined && input.kind !== institution.kind) || (input.region !== undefined && input.region !== institution.region);
    if (input.kind !== undefined) institution.kind = input.kind;
    if (input.region !== undefined) institution.region = input.region;
    if (profileChanged) {
      const staff = await this.em.find(StaffSchema, { tenantId: institution.tenantId, institutionId: institution.id, erasedAt: null });
      for (const s of staff) recordEvent(this.em, StaffProfileChanged, toProfileEvent(s, institution), { tenantId: institution.tenantId });
    }
    institution.updatedAt = new Date();
    this.audit.record(this.em, ctx, { tenantId: institution.tenantId, action: 'institution.update', entityType: 'Institution', entityId: institution.id });
    await this.em.flush();
    return toInstitutionDto(institution);
  }
}
