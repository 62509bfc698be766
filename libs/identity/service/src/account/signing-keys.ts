import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { SigningKeySchema } from './account.entity.js';

export const SIGNING_ALG = 'ES256';
const SLOT = 'current';

interface LoadedKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The ES256 key signing access tokens: generated on first use and stored on a fixed row, so that
 * replicas starting together insert one key (`on conflict do nothing`) and all read the winner.
 */
@Injectable()
export class SigningKeys {
  private current?: Promise<LoadedKey>;

  constructor(private readonly orm: MikroORM) {}

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

  private async load(): Promise<LoadedKey> {
    const em = this.orm.em.fork();
    let row = await em.findOne(SigningKeySchema, { slot: SLOT });
    if (!row) {
      const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
      const kid = randomUUID();
      const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG, use: 'sig' };
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
      const schema = this.orm.config.get('schema');
      await em.getConnection().execute(
        `insert into "${schema}"."signing_key" (slot, kid, private_jwk, public_jwk, created_at) values (?, ?, ?, ?, now()) on conflict (slot) do nothing`,
        [SLOT, kid, JSON.stringify(privateJwk), JSON.stringify(publicJwk)],
      );
      row = await em.findOneOrFail(SigningKeySchema, { slot: SLOT }, { refresh: true });
    }
    const privateKey = (await importJWK(row.privateJwk as JWK, SIGNING_ALG)) as CryptoKey;
    return { kid: row.kid, privateKey, publicJwk: row.publicJwk as JWK };
  }
}
