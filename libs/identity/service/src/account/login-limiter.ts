import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IdentityErrors } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import { LoginAttemptSchema } from './account.entity.js';

export function attemptKeys(email: string, clientIp?: string): string[] {
  return [`email:${email}`, ...(clientIp ? [`ip:${clientIp}`] : [])];
}

/**
 * Failed sign-ins per email and per client address, in the database so replicas share them.
 *
 * An attempt is written BEFORE its password is checked and counted with the ones already there:
 * concurrent attempts see each other's rows, so however many arrive at once (parallel requests,
 * several replicas), at most LOGIN_MAX_FAILURES of them per key reach the password check in a
 * window. A failed attempt's rows stay as its record; a successful (or otherwise refused) one's are
 * forgotten.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    private readonly em: EntityManager,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  /**
   * Records the attempt under every key, then throws RATE_LIMITED (with the seconds to wait, the
   * attempt forgotten) when any key already had the limit of attempts in the window. Returns the
   * attempt's row ids, for `forget`.
   */
  async begin(keys: string[]): Promise<string[]> {
    const max = this.settings.LOGIN_MAX_FAILURES;
    const windowMs = this.settings.LOGIN_WINDOW_SECONDS * 1000;
    const at = new Date();
    const rows = keys.map((key) => ({ id: randomUUID(), key, at }));
    // A native insert: committed at once, visible to every concurrent attempt.
    await this.em.insertMany(LoginAttemptSchema, rows);
    const mine = new Set<string>(rows.map((r) => r.id));
    const since = new Date(Date.now() - windowMs);
    for (const key of keys) {
      const recent = await this.em.find(LoginAttemptSchema, { key, at: { $gt: since } }, { orderBy: { at: 'desc' }, limit: max + keys.length });
      const others = recent.filter((r) => !mine.has(r.id));
      if (others.length >= max) {
        await this.forget([...mine]);
        const oldest = others[max - 1].at.getTime();
        const seconds = Math.max(1, Math.ceil((oldest + windowMs - Date.now()) / 1000));
        throw IdentityErrors.RATE_LIMITED({ params: { seconds } });
      }
    }
    return [...mine];
  }

  /** Drops an attempt's rows (it succeeded, or was refused for a reason that is not a guess). */
  async forget(ids: string[]): Promise<void> {
    if (ids.length) await this.em.nativeDelete(LoginAttemptSchema, { id: { $in: ids } });
  }

  /** A successful sign-in clears the email's failures (the address's stay). */
  async clear(email: string): Promise<void> {
    await this.em.nativeDelete(LoginAttemptSchema, { key: `email:${email}` });
    // Old rows of every key: keep the table small.
    await this.em.nativeDelete(LoginAttemptSchema, { at: { $lt: new Date(Date.now() - this.settings.LOGIN_WINDOW_SECONDS * 1000) } });
  }
}
