import { randomBytes } from 'node:crypto';
import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { identityService, type IdentitySettings } from '../src/index.js';

export { as, failure } from '@m4pris/testing';

/** The identity service on a real database and the real bus; events stay in its outbox. */
export type IdentityHarness = ServiceHarness;

export function startIdentity(overrides: Partial<IdentitySettings> = {}): Promise<IdentityHarness> {
  // A fresh key-encryption key per harness: the signing key is stored sealed under it.
  return startServiceHarness(identityService, { settings: { SIGNING_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'), ...overrides } });
}
