import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import type { GetMeRequest, JwksDto, MeDto } from '@m4pris/identity-contracts';
import { StaffSchema } from '../staff/staff.entity.js';
import { StaffReader } from '../staff/staff-reader.js';
import { SigningKeys } from './signing-keys.js';
import { readAccount, sessionAccountOf } from './account-read.js';
import { GetMe, GetJwks } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

@Injectable()
export class GetMeUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: StaffReader,
  ) {}

  /**
   * The caller's account, grants and language, with the staff record and its context (institution,
   * unit, shift pattern, the line manager's name) when asked. `me` is on the path of every page, so
   * the account, its grants (oldest first, as in the token) and its tenant's default language come
   * in one statement; the staff record only when asked.
   */
  @Handles(GetMe)
  async execute(input: GetMeRequest, ctx: RequestContext): Promise<MeDto> {
    requireAuthenticated(ctx);
    const account = await readAccount(this.em, ctx.userId!);
    if (!account || account.status === 'disabled') throw CommonErrors.UNAUTHENTICATED();
    const staff = account.staff_id && input.withStaff !== false ? await this.em.findOne(StaffSchema, { id: account.staff_id, tenantId: account.tenant_id!, erasedAt: null }) : null;
    return { ...sessionAccountOf(account), staff: staff ? await this.reader.toDto(staff, 'name') : null };
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
