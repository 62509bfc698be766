import { randomBytes } from 'node:crypto';
import type { TestingModuleBuilder } from '@nestjs/testing';
import { startServiceHarness, type ServiceHarness } from '@m4pris/testing';
import { identityService, type IdentitySettings } from '../src/index.js';

export { as, failure } from '@m4pris/testing';

/** The identity service on a real database and the real bus; events stay in its outbox. */
export type IdentityHarness = ServiceHarness;

export function startIdentity(
  overrides: Partial<IdentitySettings> = {},
  configure?: (b: TestingModuleBuilder) => TestingModuleBuilder,
  opts: { onQuery?: (sql: string, params: readonly unknown[]) => void } = {},
): Promise<IdentityHarness> {
  // A fresh key-encryption key per harness: the signing key is stored sealed under it.
  const settings = { SIGNING_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'), ...overrides };
  return startServiceHarness(identityService, { settings, ...(configure ? { configure } : {}), ...(opts.onQuery ? { onQuery: opts.onQuery } : {}) });
}

/**
 * The token of the newest invitation of an account, as the notifications module receives it
 * (identity.v1.invitation.issued in the outbox): no reply of identity carries it.
 */
export async function issuedInvitationToken(h: IdentityHarness, accountId: string): Promise<string> {
  const issued = (await h.outbox<{ accountId: string; token: string }>('identity.v1.invitation.issued')).filter((e) => e.accountId === accountId);
  if (!issued.length) throw new Error(`no invitation issued for account ${accountId}`);
  return issued[issued.length - 1]!.token;
}
