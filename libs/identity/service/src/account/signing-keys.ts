import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { CompactEncrypt, compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { IdentitySettings } from '../identity.settings.js';
import { SigningKeySchema } from './account.entity.js';

export const SIGNING_ALG = 'ES256';
const SLOT = 'current';

interface LoadedKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** One key-encryption key: its bytes and a short fingerprint (the JWE `kid`), never the key itself. */
interface WrapKey {
  id: string;
  bytes: Uint8Array;
}

/** What the `private_jwk` column holds: the private JWK as a compact JWE (dir + A256GCM). */
interface SealedJwk {
  jwe: string;
}

export class SigningKeyEncryptionError extends Error {}

function wrapKey(b64: string | undefined): WrapKey | undefined {
  if (!b64) return undefined;
  const bytes = new Uint8Array(Buffer.from(b64.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  if (bytes.length !== 32) throw new SigningKeyEncryptionError('SIGNING_KEY_ENCRYPTION_KEY must decode to 32 bytes (openssl rand -base64 32)');
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes };
}

/**
 * The ES256 key signing access tokens: generated on first use and stored on a fixed row, so that
 * replicas starting together insert one key (`on conflict do nothing`) and all read the winner.
 *
 * The private half is stored encrypted at rest (a compact JWE, `dir` + `A256GCM`, with jose) under
 * SIGNING_KEY_ENCRYPTION_KEY, which lives outside the database: a copy of the database or a backup
 * alone cannot mint tokens. While that key is rotated, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS opens the
 * stored key once and it is sealed again under the current one. A row from before encryption (a
 * plain JWK) is sealed on first load.
 */
@Injectable()
export class SigningKeys implements OnApplicationBootstrap {
  private current?: Promise<LoadedKey>;

  constructor(
    private readonly orm: MikroORM,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  /** At start, so that a missing or wrong SIGNING_KEY_ENCRYPTION_KEY stops the service at once, not at the first sign-in. */
  async onApplicationBootstrap(): Promise<void> {
    await this.get();
  }

  get(): Promise<LoadedKey> {
    this.current ??= this.load().catch((e: unknown) => {
      this.current = undefined;
      throw e;
    });
    return this.current;
  }

  async publicJwks(): Promise<JWK[]> {
    const k = await this.get();
    return [k.publicJwk];
  }

  private keys(): { current: WrapKey; previous?: WrapKey } {
    const current = wrapKey(this.settings.SIGNING_KEY_ENCRYPTION_KEY);
    if (!current) {
      throw new SigningKeyEncryptionError(
        'SIGNING_KEY_ENCRYPTION_KEY is not set: the identity service stores its token-signing key encrypted with it. Generate one with `openssl rand -base64 32` and keep it outside the database (docs/operations.md, "Rotating keys").',
      );
    }
    return { current, previous: wrapKey(this.settings.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS) };
  }

  private async seal(jwk: JWK, key: WrapKey): Promise<SealedJwk> {
    const jwe = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(jwk))).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', kid: key.id, cty: 'jwk+json' }).encrypt(key.bytes);
    return { jwe };
  }

  private async open(sealed: SealedJwk, keys: { current: WrapKey; previous?: WrapKey }): Promise<{ jwk: JWK; underPrevious: boolean }> {
    const { kid } = decodeProtectedHeader(sealed.jwe);
    const key = [keys.current, keys.previous].find((k) => k?.id === kid);
    if (!key) {
      throw new SigningKeyEncryptionError(
        `the stored token-signing key is encrypted under key ${String(kid)}, which is neither SIGNING_KEY_ENCRYPTION_KEY (${keys.current.id}) nor SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS${keys.previous ? ` (${keys.previous.id})` : ' (unset)'}`,
      );
    }
    const { plaintext } = await compactDecrypt(sealed.jwe, key.bytes);
    return { jwk: JSON.parse(new TextDecoder().decode(plaintext)) as JWK, underPrevious: key !== keys.current };
  }

  private async load(): Promise<LoadedKey> {
    const keys = this.keys();
    const em = this.orm.em.fork();
    const table = `"${this.orm.config.get('schema')}"."signing_key"`;
    let row = await em.findOne(SigningKeySchema, { slot: SLOT });
    if (!row) {
      const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
      const kid = randomUUID();
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG, use: 'sig' };
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
      await em.getConnection().execute(`insert into ${table} (slot, kid, private_jwk, public_jwk, created_at) values (?, ?, ?, ?, now()) on conflict (slot) do nothing`, [
        SLOT,
        kid,
        JSON.stringify(await this.seal(privateJwk, keys.current)),
        JSON.stringify(publicJwk),
      ]);
      row = await em.findOneOrFail(SigningKeySchema, { slot: SLOT }, { refresh: true });
    }
    const stored = row.privateJwk as Partial<SealedJwk> & JWK;
    let privateJwk: JWK;
    if (typeof stored.jwe === 'string') {
      const opened = await this.open(stored as SealedJwk, keys);
      privateJwk = opened.jwk;
      if (opened.underPrevious) await this.reseal(em, table, row.kid, stored.jwe, privateJwk, keys.current);
    } else {
      // Stored before encryption at rest: seal it now (only if still the same plain row).
      privateJwk = stored;
      await this.reseal(em, table, row.kid, null, privateJwk, keys.current);
    }
    const privateKey = (await importJWK(privateJwk, SIGNING_ALG)) as CryptoKey;
    return { kid: row.kid, privateKey, publicJwk: row.publicJwk as JWK };
  }

  /** Replaces the stored private key by its sealing under `key`, unless another replica already did. */
  private async reseal(em: ReturnType<MikroORM['em']['fork']>, table: string, kid: string, fromJwe: string | null, jwk: JWK, key: WrapKey): Promise<void> {
    const sealed = JSON.stringify(await this.seal(jwk, key));
    const guard = fromJwe === null ? `private_jwk->>'jwe' is null` : `private_jwk->>'jwe' = ?`;
    await em.getConnection().execute(`update ${table} set private_jwk = ? where slot = ? and kid = ? and ${guard}`, fromJwe === null ? [sealed, SLOT, kid] : [sealed, SLOT, kid, fromJwe]);
  }
}
