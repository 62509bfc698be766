import type { IncomingHttpHeaders } from 'node:http';
import { newTraceId, type RequestContext, type SessionAccount } from '@m4pris/platform-core';
import { negotiateLocale } from '@m4pris/platform-i18n';
import type { AccessTokenVerifier } from './verifier.js';

/** What identity says about an account's sessions (GetSessionState). */
export interface SessionState {
  active: boolean;
  version: number;
  /** The language the account chose, if any: it outranks the token's (which is only as fresh as the token). */
  locale?: string | null;
  /** The enabled modules of the account's tenant, now. */
  enabledModules?: string[];
  /** The active account itself (what `me` shows without the staff record), read with the rest. */
  account?: SessionAccount;
}

/** The gate's answer: whether the token holds, the language the account chose and its tenant's modules (when identity said so). */
export interface SessionCheck {
  holds: boolean;
  locale?: string;
  enabledModules?: string[];
  account?: SessionAccount;
}

/**
 * Sessions that end at once: every request's token is checked against its account's current
 * session version (raised by identity on logout, password change and role revocation; an account
 * that is not active, or erased, has none). One bus request per authenticated request, no cache,
 * so a revocation holds from the very next request at every gateway, in both modes.
 *
 * When identity does not answer (MODULE_UNAVAILABLE) the token's signature alone decides, and the
 * gateway logs it: identity is also the only one that can end a session, and the other modules
 * keep serving signed-in users through an identity outage.
 */
export class SessionGate {
  constructor(
    private readonly fetch: (accountId: string) => Promise<SessionState>,
    private readonly onUnavailable: (err: unknown) => void = () => undefined,
  ) {}

  async holds(accountId: string, sv: number): Promise<boolean> {
    return (await this.check(accountId, sv)).holds;
  }

  /** `holds`, with the chosen language and the tenant's enabled modules from the same answer (none when identity is down). */
  async check(accountId: string, sv: number): Promise<SessionCheck> {
    try {
      const s = await this.fetch(accountId);
      const holds = s.active && sv >= s.version;
      return {
        holds,
        ...(s.locale ? { locale: s.locale } : {}),
        ...(s.enabledModules ? { enabledModules: s.enabledModules } : {}),
        ...(holds && s.account && s.account.accountId === accountId ? { account: s.account } : {}),
      };
    } catch (e) {
      if ((e as { category?: string }).category === 'MODULE_UNAVAILABLE') {
        this.onUnavailable(e);
        return { holds: true };
      }
      return { holds: false };
    }
  }
}

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** A request's caller: the context for its bus requests and, when identity answered the session check, the account. */
export interface HttpCaller {
  ctx: RequestContext;
  /** The signed-in account as identity read it for this request (absent: anonymous, or identity did not answer). */
  account?: SessionAccount;
}

/**
 * The context the gateway puts in the header of every bus request. A missing, invalid or expired
 * token yields an anonymous context: services then answer UNAUTHENTICATED where sign-in is needed.
 * The language: the request's Accept-Language, else the one the account chose (updateMyPreferences,
 * read with the session check), else the token's, else English.
 */
export async function contextFromHttp(
  headers: IncomingHttpHeaders,
  clientIp: string | undefined,
  verifier: AccessTokenVerifier,
  sessions?: SessionGate,
): Promise<RequestContext> {
  return (await callerFromHttp(headers, clientIp, verifier, sessions)).ctx;
}

/** `contextFromHttp`, with the account identity read for the session check (the GraphQL gateway answers `me` from it). */
export async function callerFromHttp(
  headers: IncomingHttpHeaders,
  clientIp: string | undefined,
  verifier: AccessTokenVerifier,
  sessions?: SessionGate,
): Promise<HttpCaller> {
  const tp = typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent) : null;
  const traceId = tp?.[1] ?? newTraceId();
  const header = typeof headers['accept-language'] === 'string' ? headers['accept-language'] : undefined;
  const asked = header ? negotiateLocale(header, '') || undefined : undefined;
  const auth = headers.authorization;
  const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  const verified = token ? await verifier.verify(token) : undefined;
  // A valid signature is not enough: the session must not have ended since (logout, password
  // change, role revocation, disabling, erasure).
  const session = verified && sessions ? await sessions.check(verified.sub, verified.sv) : undefined;
  const claims = verified && (!session || session.holds) ? verified : undefined;
  if (!claims) return { ctx: { roles: [], locale: asked ?? 'en', traceId, clientIp } };
  // The tenant's modules (each module refuses a tenant that has not enabled it): identity's answer of
  // this request, or the token's while identity cannot answer.
  const enabledModules = claims.tid ? (session?.enabledModules ?? claims.mods) : undefined;
  const ctx: RequestContext = {
    userId: claims.sub,
    tenantId: claims.tid,
    staffId: claims.sid,
    roles: claims.roles,
    locale: asked ?? session?.locale ?? claims.locale ?? 'en',
    traceId,
    clientIp,
    ...(enabledModules ? { enabledModules } : {}),
  };
  return session?.account ? { ctx, account: session.account } : { ctx };
}
