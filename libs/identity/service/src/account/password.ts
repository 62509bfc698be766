import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { IdentityErrors, MIN_PASSWORD_LENGTH } from '@m4pris/identity-contracts';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_PARAMS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when the email is unknown, so both paths take about as long. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** zxcvbn's score (0–4) a password needs: 3 = at least 10^8 guesses ("safely unguessable" online). */
export const MIN_PASSWORD_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;
let release: NodeJS.Timeout | undefined;
/** How long the estimator stays loaded after its last use. */
export const ESTIMATOR_IDLE_MS = 10 * 60_000;

/**
 * The estimator, loaded on first use and released after ESTIMATOR_IDLE_MS without a password check.
 * Its dictionaries cost ~27 MiB of heap and 0.5–5 s to build (quiet to loaded 2-core machine);
 * password checks are rare (accepting an invitation, changing or resetting a password), so an idle
 * identity service does not keep them (issue 21: ≤ 120 MiB per idle service). The first check after
 * a quiet spell pays the load, inside the bus timeout (REQUEST_TIMEOUT_MS, 5 s by default).
 */
export function passwordEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory: Factory }, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]);
    return new Factory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations });
  })();
  if (release) clearTimeout(release);
  release = setTimeout(releasePasswordEstimator, ESTIMATOR_IDLE_MS);
  release.unref();
  return estimator;
}

/** Drops the loaded estimator (after ESTIMATOR_IDLE_MS unused); the next check loads it again. */
export function releasePasswordEstimator(): void {
  if (release) clearTimeout(release);
  release = undefined;
  estimator = undefined;
}

/** Whether the estimator is loaded (or loading) now. */
export function passwordEstimatorLoaded(): boolean {
  return estimator !== undefined;
}

/** The length rule alone (the platform admin's configured first password, checked at boot). */
export function assertLongEnough(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw IdentityErrors.WEAK_PASSWORD({ field, params: { min: MIN_PASSWORD_LENGTH } });
}

/**
 * NIST SP 800-63B: at least MIN_PASSWORD_LENGTH characters, no composition rules, and not a
 * password an attacker tries early — common and breached passwords, dictionary words, keyboard
 * patterns, repetitions (`aaaaaaaaaaaa`), and the account's own email address or name (`userInputs`),
 * as zxcvbn-ts estimates them.
 */
export async function assertStrongPassword(password: string, field = 'password', userInputs: string[] = []): Promise<void> {
  assertLongEnough(password, field);
  const inputs = userInputs.flatMap((u) => [u, ...u.split(/[@.\s_+-]+/)]).filter((u) => u.length >= 3);
  const lower = password.toLowerCase();
  const ownAddress = userInputs.some((u) => u.includes('@') && lower.includes(u.toLowerCase()));
  // zxcvbn's matching grows fast with the length: past 100 characters a password is long enough.
  const score = password.length > 100 ? 4 : (await passwordEstimator()).check(password, inputs).score;
  if (ownAddress || score < MIN_PASSWORD_SCORE) throw IdentityErrors.PASSWORD_GUESSABLE({ field });
}

/** 24 random bytes, base64url: 32 characters. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}
