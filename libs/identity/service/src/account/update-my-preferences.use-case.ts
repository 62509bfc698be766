import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import { recordEvent, Handles } from '@m4pris/platform-messaging';
import { StaffContactChanged, type MeDto, type UpdateMyPreferencesRequest, UpdateMyPreferences } from '@m4pris/identity-contracts';
import { StaffSchema } from '../staff/staff.entity.js';
import { toContactEvent } from '../staff/staff.mapper.js';
import { AccountSchema } from './account.entity.js';
import { GetMeUseCase } from './get-me.use-case.js';

/**
 * The caller saves their own language. The gateway reads it with every session check (so the API
 * speaks it from the next request on, before the token is refreshed); a staff member's new contact
 * card goes to the notifications module, which writes to them in it.
 */
@Injectable()
export class UpdateMyPreferencesUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly me: GetMeUseCase,
  ) {}

  @Handles(UpdateMyPreferences)
  async execute(input: UpdateMyPreferencesRequest, ctx: RequestContext): Promise<MeDto> {
    requireAuthenticated(ctx);
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId });
    if (!account || account.status !== 'active') throw CommonErrors.UNAUTHENTICATED();
    if (input.locale !== undefined && input.locale !== account.locale) {
      account.locale = input.locale;
      account.updatedAt = new Date();
      const staff = account.staffId ? await this.em.findOne(StaffSchema, { id: account.staffId, tenantId: account.tenantId!, erasedAt: null }) : null;
      if (staff) recordEvent(this.em, StaffContactChanged, toContactEvent(staff, account.locale), { tenantId: staff.tenantId });
      await this.em.flush();
    }
    return this.me.execute({}, ctx);
  }
}
