import type { IncomingHttpHeaders } from 'node:http';
import { newTraceId, SUPPORTED_LOCALES, type RequestContext } from '@m4pris/platform-core';
import type { AccessTokenVerifier } from './verifier.js';

const TRACEPARENT = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

function negotiate(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase().split('-')[0]!;
    if ((SUPPORTED_LOCALES as readonly string[]).includes(tag)) return tag;
  }
  return undefined;
}

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
  const asked = negotiate(typeof headers['accept-language'] === 'string' ? headers['accept-language'] : undefined);
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
