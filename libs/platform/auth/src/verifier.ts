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
  /** The tenant's enabled modules when the token was issued. */
  mods?: string[];
}

export interface VerifierOptions {
  issuer: string;
  audience: string;
  /** Where the public keys come from (the identity module, over the bus). */
  fetchJwks: () => Promise<JSONWebKeySet>;
  /** Re-fetch keys at most this often when a token names an unknown key id. */
  minRefreshMs?: number;
  /** Verified tokens remembered (by their exact text, until they expire); 0 turns the cache off. */
  cacheSize?: number;
}

/** Verified tokens remembered by default: a client repeats its token on every request. */
const DEFAULT_CACHE_SIZE = 10_000;

/**
 * Verifies access tokens at the gateway: ES256 only (no `alg: none`, no algorithm confusion),
 * issuer, audience and expiry checked; keys cached and refreshed on an unknown `kid` (key rollover).
 */
export class AccessTokenVerifier {
  private keys?: JWTVerifyGetKey;
  /**
   * token text → its claims and expiry (ms). The ES256 signature check is the costly part of a
   * request's authentication and its outcome for the same text never changes, so it is done once
   * per token; the expiry is checked again on every use. Oldest entries go first when full.
   */
  private readonly verified = new Map<string, { claims: VerifiedToken; expiresAt: number }>();
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
    const hit = this.verified.get(token);
    if (hit) {
      if (Date.now() < hit.expiresAt) return hit.claims;
      this.verified.delete(token);
      return undefined;
    }
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
    const claims: VerifiedToken = {
      sub: String(payload.sub),
      tid: typeof payload.tid === 'string' ? payload.tid : undefined,
      sid: typeof payload.sid === 'string' ? payload.sid : undefined,
      roles: Array.isArray(payload.roles) ? (payload.roles as RoleGrant[]) : [],
      locale: typeof payload.locale === 'string' ? payload.locale : undefined,
      sv: typeof payload.sv === 'number' ? payload.sv : 0,
      ...(Array.isArray(payload.mods) ? { mods: payload.mods.filter((m): m is string => typeof m === 'string') } : {}),
    };
    const size = this.o.cacheSize ?? DEFAULT_CACHE_SIZE;
    if (size > 0) {
      if (this.verified.size >= size) this.verified.delete(this.verified.keys().next().value!);
      // jose accepts a token up to its `exp` (in seconds, no clock tolerance configured here)
      this.verified.set(token, { claims, expiresAt: (payload.exp as number) * 1000 });
    }
    return claims;
  }
}
