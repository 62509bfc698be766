import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { SignJWT } from 'jose';
import type { RoleGrant } from '@m4pris/platform-core';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, type AccessTokenClaims, type TokenPairDto } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import { RoleAssignmentSchema } from '../role/role-assignment.entity.js';
import { TenantSchema } from '../tenant/tenant.entity.js';
import type { Account } from './account.entity.js';
import { RefreshTokenSchema } from './account.entity.js';
import { SigningKeys, SIGNING_ALG } from './signing-keys.js';
import { hashToken, randomToken } from './token-hash.js';

/** Role grants of an account, as carried in tokens and the request context. */
export async function grantsOf(em: EntityManager, accountId: string): Promise<RoleGrant[]> {
  const rows = await em.find(RoleAssignmentSchema, { accountId }, { orderBy: { createdAt: 'asc' } });
  return rows.map(toGrant);
}

/** One role assignment as a grant (no key for what it lacks). */
export function toGrant(r: { role: RoleGrant['role']; tenantId?: string | null; scopeType?: RoleGrant['scopeType'] | null; scopeId?: string | null }): RoleGrant {
  return {
    role: r.role,
    ...(r.tenantId ? { tenantId: r.tenantId } : {}),
    ...(r.scopeType ? { scopeType: r.scopeType } : {}),
    ...(r.scopeId ? { scopeId: r.scopeId } : {}),
  };
}

/** The modules the tenant has enabled (carried in its accounts' tokens and session state). */
export async function modulesOf(em: EntityManager, tenantId: string): Promise<string[]> {
  const t = await em.findOne(TenantSchema, { id: tenantId }, { fields: ['enabledModules'] });
  return [...(t?.enabledModules ?? [])];
}

export async function localeOf(em: EntityManager, tenantId: string | null | undefined): Promise<string> {
  if (!tenantId) return 'en';
  const t = await em.findOne(TenantSchema, { id: tenantId }, { fields: ['defaultLocale'] });
  return chooseLocale(null, t?.defaultLocale);
}

/** The language the platform speaks to an account: its own choice, else its tenant's default, else English. */
export function chooseLocale(own: string | null | undefined, tenantDefault: string | null | undefined): string {
  return own ?? tenantDefault ?? 'en';
}

/** The account's language (`chooseLocale`), reading the tenant's default only when the account has no choice of its own. */
export async function preferredLocale(em: EntityManager, account: Pick<Account, 'locale' | 'tenantId'>): Promise<string> {
  return account.locale ?? (await localeOf(em, account.tenantId));
}

/** Issues an access token (ES256 JWT) and a refresh token (opaque, stored hashed, in a family). */
@Injectable()
export class TokenIssuer {
  constructor(
    private readonly em: EntityManager,
    private readonly keys: SigningKeys,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  /** Adds the refresh token row to the unit of work; the caller flushes. */
  async issue(account: Account, familyId: string = randomUUID()): Promise<TokenPairDto> {
    const ttl = Math.min(this.settings.ACCESS_TOKEN_TTL_SECONDS, 900);
    const claims: AccessTokenClaims = {
      sub: account.id,
      ...(account.tenantId ? { tid: account.tenantId } : {}),
      ...(account.staffId ? { sid: account.staffId } : {}),
      roles: await grantsOf(this.em, account.id),
      locale: await preferredLocale(this.em, account),
      // The session version: the gateway refuses the token once the account's goes up.
      sv: account.sessionVersion ?? 0,
      // The tenant's modules: what the gateway goes by while identity cannot answer the session check.
      ...(account.tenantId ? { mods: await modulesOf(this.em, account.tenantId) } : {}),
    };
    const key = await this.keys.get();
    const accessToken = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'JWT' })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setSubject(account.id)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(Math.floor(Date.now() / 1000) + ttl)
      .sign(key.privateKey);
    const refreshToken = randomToken();
    const now = new Date();
    this.em.create(RefreshTokenSchema, {
      id: randomUUID(),
      accountId: account.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.settings.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      usedAt: null,
      revokedAt: null,
    });
    return { accessToken, refreshToken, expiresIn: ttl, tokenType: 'Bearer' };
  }
}
