import type { IncomingHttpHeaders } from 'node:http';
import { newTraceId, type RequestContext } from '@m4pris/platform-core';
import { negotiateLocale } from '@m4pris/platform-i18n';
import type { AccessTokenVerifier } from './verifier.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The context the gateway puts in the header of every bus request. A missing, invalid or expired
 * token yields an anonymous context: services then answer UNAUTHENTICATED where sign-in is needed.
 */
export async function contextFromHttp(
  headers: IncomingHttpHeaders,
  clientIp: string | undefined,
  verifier: AccessTokenVerifier,
): Promise<RequestContext> {
  const tp = typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent) : null;
  const traceId = tp?.[1] ?? newTraceId();
  const header = typeof headers['accept-language'] === 'string' ? headers['accept-language'] : undefined;
  const asked = header ? negotiateLocale(header, '') || undefined : undefined;
  const auth = headers.authorization;
  const token = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
  const claims = token ? await verifier.verify(token) : undefined;
  if (!claims) return { roles: [], locale: asked ?? 'en', traceId, clientIp };
  return {
    userId: claims.sub,
    tenantId: claims.tid,
    staffId: claims.sid,
    roles: claims.roles,
    locale: asked ?? claims.locale ?? 'en',
    traceId,
    clientIp,
  };
}
