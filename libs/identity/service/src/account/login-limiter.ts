import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { IdentityErrors } from '@m4pris/identity-contracts';
import { IdentitySettings } from '../identity.settings.js';
import { LoginAttemptSchema } from './account.entity.js';

/** The keys one password check is counted under (the account alone, the account from this address, this address). */
export interface AttemptKeys {
  account: string;
  pair?: string;
  address?: string;
}

export function attemptKeys(email: string, clientIp?: string): AttemptKeys {
  // The pair as a digest: an email (254) and an address together would not fit the key column.
  const pair = (ip: string) => `pair:${createHash('sha256').update(`${email}|${ip}`).digest('base64url')}`;
  return { account: `email:${email}`, ...(clientIp ? { pair: pair(clientIp), address: `ip:${clientIp}` } : {}) };
}

/**
 * The growing delay after `failures` failed checks: none for the first `free` ones, then
 * `base`, 2 × base, 4 × base … seconds, at most `max`.
 */
export function growingDelay(failures: number, free: number, base: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(max, base * 2 ** Math.min(30, failures - free));
}

/** One password check in progress: its rows, and how long to hold a failed answer back. */
export interface Attempt {
  ids: string[];
  keys: AttemptKeys;
  failureDelayMs: number;
  /** Earlier failed checks of the account (from every address) within the window. */
  accountFailures: number;
}

/**
 * Sign-in throttling after OWASP's authentication cheat sheet: failures slow down, nobody is locked
 * out by somebody else. In the database so replicas share it; every row is one failed password
 * check (a check in progress writes its rows first, so concurrent guesses see each other).
 *
 * - Per account and client address (`pair:`): after LOGIN_PAIR_FREE_FAILURES failures from one
 *   address against one account, that address must wait a growing delay (LOGIN_DELAY_BASE_SECONDS,
 *   doubling, at most LOGIN_DELAY_MAX_SECONDS) before its next check for that account; sooner it is
 *   RATE_LIMITED without a check. Only the address that failed waits.
 * - Per client address (`ip:`), any accounts: failures only (a successful sign-in does not count,
 *   so a shared address of many staff is not limited by their sign-ins). After
 *   LOGIN_ADDRESS_MAX_FAILURES failures in LOGIN_WINDOW_SECONDS the address is RATE_LIMITED.
 * - Per account (`email:`), from every address: a failed check is answered after a growing delay
 *   (LOGIN_ACCOUNT_FREE_FAILURES free, then 250 ms doubling, at most LOGIN_ACCOUNT_DELAY_MAX_MS),
 *   which slows a guesser down; it never refuses a check, so the right password from an address
 *   that has not failed signs in at once whatever others did against the account.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    private readonly em: EntityManager,
    @Inject(IdentitySettings) private readonly settings: IdentitySettings,
  ) {}

  /**
   * Records the check under every key, then throws RATE_LIMITED (with the seconds to wait, the
   * check forgotten) when this address must wait. Returns the attempt, for `failed` / `succeeded`.
   */
  async begin(keys: AttemptKeys): Promise<Attempt> {
    const s = this.settings;
    const windowMs = s.LOGIN_WINDOW_SECONDS * 1000;
    const at = new Date();
    const list = [keys.account, keys.pair, keys.address].filter((k): k is string => !!k);
    const rows = list.map((key) => ({ id: randomUUID(), key, at }));
    // A native insert: committed at once, visible to every concurrent attempt.
    await this.em.insertMany(LoginAttemptSchema, rows);
    const mine = new Set<string>(rows.map((r) => r.id));
    const since = new Date(Date.now() - windowMs);
    const others = async (key: string, limit: number) =>
      (await this.em.find(LoginAttemptSchema, { key, at: { $gt: since } }, { orderBy: { at: 'desc' }, limit: limit + list.length })).filter((r) => !mine.has(r.id));
    const refuse = async (seconds: number) => {
      await this.forget([...mine]);
      throw IdentityErrors.RATE_LIMITED({ params: { seconds: Math.max(1, Math.ceil(seconds)) } });
    };
    if (keys.address) {
      const max = s.LOGIN_ADDRESS_MAX_FAILURES;
      const failures = await others(keys.address, max);
      if (failures.length >= max) await refuse((failures[max - 1]!.at.getTime() + windowMs - Date.now()) / 1000);
    }
    if (keys.pair) {
      const failures = await others(keys.pair, 64);
      const wait = growingDelay(failures.length, s.LOGIN_PAIR_FREE_FAILURES, s.LOGIN_DELAY_BASE_SECONDS, s.LOGIN_DELAY_MAX_SECONDS);
      if (wait > 0) {
        const until = failures[0]!.at.getTime() + wait * 1000;
        if (until > Date.now()) await refuse((until - Date.now()) / 1000);
      }
    }
    const accountFailures = (await others(keys.account, 64)).length;
    const free = s.LOGIN_ACCOUNT_FREE_FAILURES;
    const failureDelayMs = accountFailures < free ? 0 : Math.min(s.LOGIN_ACCOUNT_DELAY_MAX_MS, 250 * 2 ** Math.min(20, accountFailures - free));
    return { ids: [...mine], keys, failureDelayMs, accountFailures };
  }

  /** The password was wrong: the rows stay as the record, the answer waits the account's delay. */
  async failed(attempt: Attempt): Promise<void> {
    if (attempt.failureDelayMs > 0) await sleep(attempt.failureDelayMs);
  }

  /** Drops an attempt's rows (refused for a reason that is not a guess). */
  async forget(ids: string[]): Promise<void> {
    if (ids.length) await this.em.nativeDelete(LoginAttemptSchema, { id: { $in: ids } });
  }

  /**
   * The right password: the attempt is no failure, and the account's failures and this address's
   * failures against it are cleared (the address's failures against other accounts stay).
   */
  async succeeded(attempt: Attempt): Promise<void> {
    await this.forget(attempt.ids);
    const keys = [attempt.keys.account, ...(attempt.keys.pair ? [attempt.keys.pair] : [])];
    await this.em.nativeDelete(LoginAttemptSchema, { key: { $in: keys } });
    // Old rows of every key: keep the table small.
    await this.em.nativeDelete(LoginAttemptSchema, { at: { $lt: new Date(Date.now() - this.settings.LOGIN_WINDOW_SECONDS * 1000) } });
  }
}
