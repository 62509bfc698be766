import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync } from 'node:crypto';
import type { RequestContext } from './context.js';

const store = new AsyncLocalStorage<RequestContext>();

/** The context of the message (or HTTP request) being handled, if any. */
export function currentContext(): RequestContext | undefined {
  return store.getStore();
}

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return store.run(ctx, fn);
}

/**
 * Random bytes as hex from a pool refilled 4 KiB at a time (the way crypto.randomUUID buffers its
 * entropy): every request takes a trace id and a span id per bus hop, and a synchronous
 * `randomBytes` call each (a trip into the CSPRNG) showed as ~3 % of the gateway's CPU under load.
 * Same CSPRNG, same unpredictability; ids are not secrets (they only correlate logs and spans).
 */
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let poolAt = POOL_BYTES;
export function randomHex(bytes: number): string {
  if (bytes > POOL_BYTES) throw new RangeError(`randomHex: at most ${POOL_BYTES} bytes`);
  if (poolAt + bytes > POOL_BYTES) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const hex = pool.toString('hex', poolAt, poolAt + bytes);
  poolAt += bytes;
  return hex;
}

/** W3C trace id: 32 lowercase hex characters. */
export function newTraceId(): string {
  return randomHex(16);
}

/** Header names on the wire (NATS headers; the in-process transport carries the same map). */
export const HEADER_CONTEXT = 'm4p-context';
export const HEADER_TRACEPARENT = 'traceparent';

export function encodeContext(ctx: RequestContext): Record<string, string> {
  return {
    [HEADER_CONTEXT]: JSON.stringify(ctx),
    [HEADER_TRACEPARENT]: `00-${ctx.traceId}-${randomHex(8)}-01`,
  };
}

export function decodeContext(headers: Record<string, string>): RequestContext {
  const raw = headers[HEADER_CONTEXT];
  let parsed: Partial<RequestContext> = {};
  if (raw) {
    try {
      parsed = JSON.parse(raw) as Partial<RequestContext>;
    } catch {
      parsed = {};
    }
  }
  const traceFromParent = headers[HEADER_TRACEPARENT]?.split('-')[1];
  return {
    tenantId: typeof parsed.tenantId === 'string' ? parsed.tenantId : undefined,
    userId: typeof parsed.userId === 'string' ? parsed.userId : undefined,
    staffId: typeof parsed.staffId === 'string' ? parsed.staffId : undefined,
    roles: Array.isArray(parsed.roles) ? parsed.roles : [],
    locale: typeof parsed.locale === 'string' ? parsed.locale : 'en',
    traceId: typeof parsed.traceId === 'string' ? parsed.traceId : (traceFromParent ?? newTraceId()),
    clientIp: typeof parsed.clientIp === 'string' ? parsed.clientIp : undefined,
    ...(Array.isArray(parsed.enabledModules) ? { enabledModules: parsed.enabledModules.filter((m): m is string => typeof m === 'string') } : {}),
  };
}
