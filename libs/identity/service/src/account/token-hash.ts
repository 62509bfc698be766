import { createHash, randomBytes } from 'node:crypto';

/** An opaque secret for refresh tokens and invitations: 32 random bytes, base64url. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of the secret: sha256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
