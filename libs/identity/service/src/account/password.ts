import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
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

export function assertStrongPassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw IdentityErrors.WEAK_PASSWORD({ field, params: { min: MIN_PASSWORD_LENGTH } });
}

/** 24 random bytes, base64url: 32 characters. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}
