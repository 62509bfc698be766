import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, requireAuthenticated, type RequestContext, type RoleGrant } from '@m4pris/platform-core';
import type { GetMeRequest, JwksDto, MeDto } from '@m4pris/identity-contracts';
import { StaffSchema } from '../staff/staff.entity.js';
import { StaffReader } from '../staff/staff-reader.js';
import { SigningKeys } from './signing-keys.js';
import { chooseLocale, toGrant } from './token-issuer.js';
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
    const [account] = await this.em.getConnection().execute<MeRow[]>(
      `select a.id, a.email, a.status, a.tenant_id, a.staff_id, a.locale, t.default_locale,
              coalesce((select json_agg(json_build_object('role', r.role, 'tenantId', r.tenant_id, 'scopeType', r.scope_type, 'scopeId', r.scope_id) order by r.created_at, r.id)
                          from "identity"."role_assignment" r where r.account_id = a.id), '[]') as roles
         from "identity"."account" a left join "identity"."tenant" t on t.id = a.tenant_id
        where a.id = ?`,
      [ctx.userId],
      'all',
      this.em.getTransactionContext(),
    );
    if (!account || account.status === 'disabled') throw CommonErrors.UNAUTHENTICATED();
    const staff = account.staff_id && input.withStaff !== false ? await this.em.findOne(StaffSchema, { id: account.staff_id, tenantId: account.tenant_id!, erasedAt: null }) : null;
    return {
      accountId: account.id,
      email: account.email,
      tenantId: account.tenant_id ?? null,
      roles: account.roles.map(toGrant),
      staff: staff ? await this.reader.toDto(staff, 'name') : null,
      locale: chooseLocale(account.locale, account.default_locale),
    };
  }
}

interface MeRow {
  id: string;
  email: string;
  status: string;
  tenant_id: string | null;
  staff_id: string | null;
  locale: string | null;
  default_locale: string | null;
  roles: { role: RoleGrant['role']; tenantId: string | null; scopeType: RoleGrant['scopeType'] | null; scopeId: string | null }[];
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
