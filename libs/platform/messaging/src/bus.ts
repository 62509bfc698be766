import {
  anonymousContext,
  currentContext,
  encodeContext,
  healthSubject,
  invalidInput,
  newTraceId,
  PlatformError,
  type RequestContext,
  type RequestDef,
} from '@m4pris/platform-core';
import { translate } from '@m4pris/platform-i18n';
import { busClientDuration, contextForTrace, injectTraceHeaders, SpanKind, SpanStatusCode, withSpan } from '@m4pris/platform-observability';
import { MessageTooLarge, type Reply, type Transport } from './transport.js';

/** The client side of the bus: typed requests with the caller's context and a timeout. */
export class Bus {
  constructor(
    readonly transport: Transport,
    private readonly timeoutMs: number,
  ) {}

  async request<Req, Res>(def: RequestDef<Req, Res>, payload: Req, ctx?: RequestContext, opts: { timeoutMs?: number } = {}): Promise<Res> {
    return this.send<Res>(def.subject, payload, ctx, opts.timeoutMs ?? def.timeoutMs);
  }

  /**
   * A request by subject (what `BusClient`, the Nest `ClientProxy`, sends): the same context header,
   * trace headers, size check and timeout as `request`, without the contract's types.
   */
  async send<Res = unknown>(subject: string, payload: unknown, ctx?: RequestContext, timeoutMs?: number): Promise<Res> {
    const context = ctx ?? currentContext() ?? anonymousContext(newTraceId());
    const end = busClientDuration.startTimer({ subject: subject });
    // A CLIENT span in the caller's trace; its id travels as `traceparent` next to the context header.
    const reply = await withSpan(
      `${subject} request`,
      {
        kind: SpanKind.CLIENT,
        parent: contextForTrace(context.traceId),
        attributes: { 'messaging.system': this.transport.kind, 'messaging.destination.name': subject, 'messaging.operation.type': 'send' },
      },
      async (span) => {
        const headers = encodeContext(context);
        injectTraceHeaders(headers);
        let r: Reply;
        const body = JSON.stringify(payload ?? {});
        try {
          r = await this.transport.request(subject, body, headers, timeoutMs ?? this.timeoutMs).catch((e: unknown) => {
            throw e instanceof MessageTooLarge ? oversized(payload, e.max) : e;
          });
        } catch (e) {
          end({ outcome: e instanceof PlatformError ? e.category : 'ERROR' });
          throw localise(e, context.locale);
        }
        if (!r.ok) {
          span.setAttribute('m4p.error.code', r.error.code);
          if (r.error.category === 'INTERNAL') span.setStatus({ code: SpanStatusCode.ERROR });
        }
        end({ outcome: r.ok ? 'ok' : r.error.category });
        return r;
      },
    );
    if (!reply.ok) throw localise(PlatformError.fromPayload(reply.error), context.locale);
    return reply.data as Res;
  }

  /**
   * A module's health ping (`healthSubject(module)`): its reply, or null when no instance answers in
   * time. Never throws.
   */
  async ping(module: string, timeoutMs = 1000): Promise<Reply | null> {
    try {
      return await this.transport.request(healthSubject(module), '{}', encodeContext(currentContext() ?? anonymousContext(newTraceId())), timeoutMs);
    } catch {
      return null;
    }
  }

  /** Whether a module's service answers on this bus right now (optional integrations: "when the training module is deployed"). */
  async serves(module: string, timeoutMs = 1000): Promise<boolean> {
    return (await this.ping(module, timeoutMs))?.ok === true;
  }
}

/**
 * A request the transport cannot carry (over NATS's max_payload, compressed) is the caller's bad
 * input: refused as BAD_USER_INPUT naming its largest field, instead of the transport's internal error.
 */
function oversized(payload: unknown, max: number): PlatformError {
  return invalidInput(largestField(payload) ?? 'input', `is too large (a request may have at most ${max} bytes)`);
}

/** The dotted path of the longest string in a payload (what made it too large). */
export function largestField(value: unknown, path = ''): string | undefined {
  let best: { path: string; size: number } | undefined;
  const walk = (v: unknown, p: string, depth: number) => {
    if (typeof v === 'string') {
      if (!best || v.length > best.size) best = { path: p, size: v.length };
    } else if (v && typeof v === 'object' && depth < 32) {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
      else for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k, depth + 1);
    }
  };
  walk(value, path, 0);
  return best?.path || undefined;
}

/** Errors reach the caller with their message in the caller's language (English as the fallback). */
function localise(e: unknown, locale: string): unknown {
  if (!(e instanceof PlatformError)) return e;
  const fields = e.fields?.map((f) => ({ ...f, message: translate(locale, f.messageKey, f.params ?? {}, f.message) }));
  return new PlatformError({ ...e.toPayload(), message: translate(locale, e.messageKey, e.params ?? {}, e.message), ...(fields ? { fields } : {}) });
}
