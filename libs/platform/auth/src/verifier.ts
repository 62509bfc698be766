import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { RoleGrant } from '@m4pris/platform-core';

export interface VerifiedToken {
  sub: string;
  tid?: string;
  sid?: string;
  roles: RoleGrant[];
  locale?: string;
  /** Session version the token was issued under (0 for tokens without one). */
  sv: number;
}

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** Where the public keys come from (the identity module, over the bus). */
  fetchJwks: () => Promise<JSONWebKeySet>;
  /** Re-fetch keys at most this often when a token names an unknown key id. */
  minRefreshMs?: number;
}

/**
 * Verifies access tokens at the gateway: ES256 only (no `alg: none`, no algorithm confusion),
 * issuer, audience and expiry checked; keys cached and refreshed on an unknown `kid` (key rollover).
 */
export class AccessTokenVerifier {
  private keys?: JWTVerifyGetKey;
  private fetchedAt = 0;
  private fetching?: Promise<void>;

  constructor(private readonly o: VerifierOptions) {}

  private async refresh(force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && this.keys) return;
    if (force && now - this.fetchedAt < (this.o.minRefreshMs ?? 10_000) && this.keys) return;
    this.fetching ??= this.o
      .fetchJwks()
      .then((jwks) => {
        this.keys = createLocalJWKSet(jwks);
        this.fetchedAt = Date.now();
      })
      .finally(() => {
        this.fetching = undefined;
      });
    await this.fetching;
  }

  /** The token's claims, or undefined when it is invalid, expired or signed by an unknown key. */
  async verify(token: string): Promise<VerifiedToken | undefined> {
    try {
      await this.refresh(false);
    } catch {
      return undefined;
    }
    try {
      return await this.check(token);
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_JWKS_NO_MATCHING_KEY') {
        try {
          await this.refresh(true);
          return await this.check(token);
        } catch {
          return undefined;
        }
      }
      return undefined;
    }
  }

  private async check(token: string): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(token, this.keys!, {
      issuer: this.o.issuer,
      audience: this.o.audience,
      algorithms: ['ES256'],
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    return {
      sub: String(payload.sub),
      tid: typeof payload.tid === 'string' ? payload.tid : undefined,
      sid: typeof payload.sid === 'string' ? payload.sid : undefined,
      roles: Array.isArray(payload.roles) ? (payload.roles as RoleGrant[]) : [],
      locale: typeof payload.locale === 'string' ? payload.locale : undefined,
      sv: typeof payload.sv === 'number' ? payload.sv : 0,
    };
  }
}
