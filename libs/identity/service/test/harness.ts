import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { identityService, type IdentitySettings } from '../src/index.js';

export { as, failure } from '@m4pris/testing';

/** The identity service on a real database and the real bus; events stay in its outbox. */
export type IdentityHarness = ServiceHarness;

export function startIdentity(overrides: Partial<IdentitySettings> = {}): Promise<IdentityHarness> {
  return startServiceHarness(identityService, { settings: overrides });
}
