import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IdentityErrors } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import { LoginAttemptSchema } from './account.entity.js';

export function attemptKeys(email: string, clientIp?: string): string[] {
  return [`email:${email}`, ...(clientIp ? [`ip:${clientIp}`] : [])];
}

/** Failed sign-ins per email and per client address, in the database so replicas share them. */
@Injectable()
export class LoginLimiter {
  constructor(
    private readonly em: EntityManager,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  /** Throws RATE_LIMITED (with the seconds to wait) when any key reached the limit in the window. */
  async assertAllowed(keys: string[]): Promise<void> {
    const windowMs = this.settings.LOGIN_WINDOW_SECONDS * 1000;
    const since = new Date(Date.now() - windowMs);
    for (const key of keys) {
      const recent = await this.em.find(LoginAttemptSchema, { key, at: { $gt: since } }, { orderBy: { at: 'desc' }, limit: this.settings.LOGIN_MAX_FAILURES });
      if (recent.length >= this.settings.LOGIN_MAX_FAILURES) {
        const oldest = recent[recent.length - 1]!.at.getTime();
        const seconds = Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
        throw IdentityErrors.RATE_LIMITED({ params: { seconds } });
      }
    }
  }

  async recordFailure(keys: string[]): Promise<void> {
    const at = new Date();
    for (const key of keys) this.em.create(LoginAttemptSchema, { id: randomUUID(), key, at });
    await this.em.flush();
  }

  /** A successful sign-in clears the email's failures (the address's stay). */
  async clear(email: string): Promise<void> {
    await this.em.nativeDelete(LoginAttemptSchema, { key: `email:${email}` });
    // Old rows of every key: keep the table small.
    await this.em.nativeDelete(LoginAttemptSchema, { at: { $lt: new Date(Date.now() - this.settings.LOGIN_WINDOW_SECONDS * 1000) } });
  }
}
