import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { crossFieldError, invalidFields, notFound, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { IdentityErrors, StaffContactChanged, StaffProfileChanged, type StaffDto, type UpdateStaffRequest, UpdateStaff } from '@m4pris/identity-contracts';
import { AccountSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { normaliseEmail, scopeFor, TENANT_ADMIN, tenantWhere } from '../shared/access.js';
import { StaffSchema } from './staff.entity.js';
import { toContactEvent, toProfileEvent } from './staff.mapper.js';
import { StaffReader } from './staff-reader.js';
import { StaffReferences } from './staff-references.js';

const PLAIN_FIELDS = [
  'firstName',
  'lastName',
  'position',
  'supervisesOthers',
  'hiredOn',
  'joinedInstitutionOn',
  'previousInstitutionKind',
  'institutionId',
  'unitId',
  'shiftPatternId',
  'shiftOffsetDays',
  'languages',
  'lineManagerId',
] as const;

@Injectable()
export class UpdateStaffUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly refs: StaffReferences,
    private readonly reader: StaffReader,
    private readonly audit: AuditLog,
  ) {}

  @Handles(UpdateStaff)
  async execute(input: UpdateStaffRequest, ctx: RequestContext): Promise<StaffDto> {
    const scope = scopeFor(ctx, TENANT_ADMIN);
    const staff = await this.em.findOne(StaffSchema, { id: input.id, erasedAt: null, ...tenantWhere(scope) });
    if (!staff) throw notFound('Staff member', 'id');
    const next = { ...staff } as Record<string, unknown>;
    for (const f of PLAIN_FIELDS) if (input[f] !== undefined) next[f] = input[f];
    // The payload judges the pair when both are given; one date alone is judged against the other's record.
    if ((input.hiredOn !== undefined || input.joinedInstitutionOn !== undefined) && String(next.joinedInstitutionOn) < String(next.hiredOn)) {
      throw invalidFields([crossFieldError('onOrAfterField', 'joinedInstitutionOn', 'hiredOn')]);
    }
    const institution = await this.refs.check(
      staff.tenantId,
      {
        institutionId: next.institutionId as string,
        unitId: (next.unitId as string | null) ?? null,
        shiftPatternId: (next.shiftPatternId as string | null) ?? null,
        lineManagerId: input.lineManagerId !== undefined ? input.lineManagerId : null,
      },
      staff.id,
    );
    if (input.email !== undefined) {
      const email = normaliseEmail(input.email);
      if (email !== staff.email) {
        if (await this.em.count(StaffSchema, { tenantId: staff.tenantId, email, id: { $ne: staff.id } })) {
          throw IdentityErrors.DUPLICATE_STAFF({ field: 'email', params: { email } });
        }
        const account = await this.em.findOne(AccountSchema, { staffId: staff.id });
        if (account) {
          if (await this.em.count(AccountSchema, { email, id: { $ne: account.id }, $or: [{ tenantId: account.tenantId }, { status: { $ne: 'invited' } }] })) throw IdentityErrors.EMAIL_TAKEN({ field: 'email', params: { email } });
          account.email = email;
          account.updatedAt = new Date();
        }
        staff.email = email;
      }
    }
    this.em.assign(staff, Object.fromEntries(PLAIN_FIELDS.filter((f) => input[f] !== undefined).map((f) => [f, input[f] ?? null])));
    staff.updatedAt = new Date();
    recordEvent(this.em, StaffProfileChanged, toProfileEvent(staff, institution), { tenantId: staff.tenantId });
    await this.reader.recordCards([staff]);
    // The language the person chose for their account outranks the staff record's languages.
    const chosen = (await this.em.findOne(AccountSchema, { staffId: staff.id }))?.locale ?? null;
    recordEvent(this.em, StaffContactChanged, toContactEvent(staff, chosen), { tenantId: staff.tenantId });
    this.audit.record(this.em, ctx, { tenantId: staff.tenantId, action: 'staff.update', entityType: 'Staff', entityId: staff.id });
    await this.em.flush();
    return this.reader.toDto(staff);
  }
}
