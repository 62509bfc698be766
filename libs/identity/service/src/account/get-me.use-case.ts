import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { GetMeRequest, JwksDto, MeDto } from '@m4pris/identity-contracts';
import { StaffSchema } from '../staff/staff.entity.js';
import { StaffReader } from '../staff/staff-reader.js';
import { AccountSchema } from './account.entity.js';
import { SigningKeys } from './signing-keys.js';
import { grantsOf, preferredLocale } from './token-issuer.js';
import { GetMe, GetJwks } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class GetMeUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
  ) {}

  /** The caller's own staff record with its context (institution, unit, shift pattern, the line manager's name). */
  @Handles(GetMe)
  async execute(input: GetMeRequest, ctx: RequestContext): Promise<MeDto> {
    requireAuthenticated(ctx);
    const account = await this.em.findOne(AccountSchema, { id: ctx.userId });
    if (!account || account.status === 'disabled') throw CommonErrors.UNAUTHENTICATED();
    const staff = account.staffId && input.withStaff !== false ? await this.em.findOne(StaffSchema, { id: account.staffId, tenantId: account.tenantId!, erasedAt: null }) : null;
    return {
      accountId: account.id,
      email: account.email,
      tenantId: account.tenantId ?? null,
      roles: await grantsOf(this.em, account.id),
      staff: staff ? await this.reader.toDto(staff, 'name') : null,
      locale: await preferredLocale(this.em, account),
    };
  }
}

/** Public keys that verify access tokens (the gateway fetches them). */
@Injectable()
export class GetJwksUseCase {
  constructor(private readonly keys: SigningKeys) {}

  @Handles(GetJwks)
  async execute(_input: object, _ctx: RequestContext): Promise<JwksDto> {
    return { keys: (await this.keys.publicJwks()).map((k) => ({ ...k })) };
  }
}
