import {
  anonymousContext,
  currentContext,
  encodeContext,
  newTraceId,
  PlatformError,
  type RequestContext,
  type RequestDef,
} from '@m4pris/platform-core';
import type { Transport } from './transport.js';

/** The client side of the bus: typed requests with the caller's context and a timeout. */
export class Bus {
  constructor(
    readonly transport: Transport,
    private readonly timeoutMs: number,
  ) {}

  async request<Req, Res>(def: RequestDef<Req, Res>, payload: Req, ctx?: RequestContext, opts: { timeoutMs?: number } = {}): Promise<Res> {
    const context = ctx ?? currentContext() ?? anonymousContext(newTraceId());
    const reply = await this.transport.request(def.subject, JSON.stringify(payload ?? {}), encodeContext(context), opts.timeoutMs ?? this.timeoutMs);
    if (!reply.ok) throw PlatformError.fromPayload(reply.error);
    return reply.data as Res;
  }
}
