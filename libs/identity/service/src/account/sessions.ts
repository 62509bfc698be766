import { Injectable } from '@nestjs/common';
import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, type RequestContext } from '@m4pris/platform-core';
import type { SessionStateDto, SessionStateRequest } from '@m4pris/identity-contracts';
import { AccountSchema } from './account.entity.js';
import { readAccount, sessionAccountOf } from './account-read.js';
import { SessionCache } from './session-cache.js';
import { GetSessionState } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/**
 * Ends every access token of the account already issued: its session version goes up, and the
 * gateway refuses tokens issued under an older one from the next request on. Native, so it holds
 * whatever the caller flushes next.
 */
export async function endSessions(em: EntityManager, accountId: string): Promise<void> {
  await em.nativeUpdate(AccountSchema, { id: accountId }, { sessionVersion: raw('session_version + 1') });
}

/**
 * The gateway's per-request question: does a token of this account, issued under `sv`, still hold?
 * It also carries the language the account chose, so a change holds from the next request on
 * (the token's claim is only as fresh as the token).
 */
@Injectable()
export class GetSessionStateUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly cache: SessionCache,
  ) {}

  @Handles(GetSessionState)
  async execute(input: SessionStateRequest, ctx: RequestContext): Promise<SessionStateDto> {
    if (ctx.userId !== 'system') throw CommonErrors.FORBIDDEN();
    // Kept in memory until the account, its tenant or its roles change (session-cache.ts).
    return this.cache.get(input.accountId, () => this.read(input.accountId));
  }

  /** The state as stored, and the account's tenant (undefined: no such account, nothing to keep). */
  private async read(accountId: string): Promise<{ state: SessionStateDto; tenantId?: string | null }> {
    // One statement per request (this is on every authenticated request's path): the account, its
    // tenant's modules and default language, and its grants (what `me` shows; GetMe's read too).
    const row = await readAccount(this.em, accountId);
    // Erased (deleted), disabled or not yet active: no token of it holds.
    if (!row) return { state: { active: false, version: 0 } };
    const active = row.status === 'active';
    const state: SessionStateDto = { active, version: row.session_version, locale: row.locale ?? null };
    // The tenant's modules as they are now: a module switched off is refused from the next request.
    if (row.tenant_id) state.enabledModules = [...(row.enabled_modules ?? [])];
    if (active) {
      state.account = sessionAccountOf(row);
    }
    return { state, tenantId: row.tenant_id };
  }
}
