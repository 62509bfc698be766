import {
  anonymousContext,
  currentContext,
  encodeContext,
  healthSubject,
  newTraceId,
  PlatformError,
  type RequestContext,
  type RequestDef,
} from '@m4pris/platform-core';
import { translate } from '@m4pris/platform-i18n';
import { busClientDuration, contextForTrace, injectTraceHeaders, SpanKind, SpanStatusCode, withSpan } from '@m4pris/platform-observability';
import type { Reply, Transport } from './transport.js';

/** The client side of the bus: typed requests with the caller's context and a timeout. */
export class Bus {
  constructor(
    readonly transport: Transport,
    private readonly timeoutMs: number,
  ) {}

  async request<Req, Res>(def: RequestDef<Req, Res>, payload: Req, ctx?: RequestContext, opts: { timeoutMs?: number } = {}): Promise<Res> {
    const context = ctx ?? currentContext() ?? anonymousContext(newTraceId());
    const end = busClientDuration.startTimer({ subject: def.subject });
    // A CLIENT span in the caller's trace; its id travels as `traceparent` next to the context header.
    const reply = await withSpan(
      `${def.subject} request`,
      {
        kind: SpanKind.CLIENT,
        parent: contextForTrace(context.traceId),
        attributes: { 'messaging.system': this.transport.kind, 'messaging.destination.name': def.subject, 'messaging.operation.type': 'send' },
      },
      async (span) => {
        const headers = encodeContext(context);
        injectTraceHeaders(headers);
        let r: Reply;
        try {
          r = await this.transport.request(def.subject, JSON.stringify(payload ?? {}), headers, opts.timeoutMs ?? this.timeoutMs);
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

/** Errors reach the caller with their message in the caller's language (English as the fallback). */
function localise(e: unknown, locale: string): unknown {
  if (!(e instanceof PlatformError)) return e;
  return new PlatformError({ ...e.toPayload(), message: translate(locale, e.messageKey, e.params ?? {}, e.message) });
}
