import type { INestApplicationContext } from '@nestjs/common';
import { ExternalContextCreator, ModulesContainer } from '@nestjs/core';
import { Server, type CustomTransportStrategy, type MessageHandler } from '@nestjs/microservices';
import { PARAM_ARGS_METADATA } from '@nestjs/microservices/constants';
import { RequestContext as OrmRequestContext, type MikroORM } from '@mikro-orm/core';
import { decodeContext, healthSubject, runWithContext, type EventDef, type EventEnvelope, type RequestDef } from '@m4pris/platform-core';
import { busRequestDuration, eventsHandled, type Logger } from '@m4pris/platform-observability';
import { watchingEvents, type OutboxRelay } from '../outbox.js';
import type { BatchOutcome, Headers, Reply, Transport } from '../transport.js';
import { BusContextInterceptor, BusExceptionFilter, BusTracingInterceptor, eventContext, FailedReply, ModuleEnabledGuard, type BusMessage, type BusMessageInfo } from './bus.pipeline.js';
import { claimEvents } from './event-claims.js';
import { contractsOf, takesMany, type BusContract } from './contract.decorators.js';

/** The transport id Nest reports for handlers of this strategy. */
export const BUS_TRANSPORT = Symbol('m4pris-bus');

export interface BusServerOptions {
  /** Module name: queue group, durable consumer name, health subject. */
  service: string;
  transport: Transport;
  orm: MikroORM;
  relay: OutboxRelay;
  logger: Logger;
  /** See `BusContextOptions.rowLevelSecurity`. */
  rowLevelSecurity?: boolean;
}

/** Nest's RPC parameter types (`@Payload()`, `@Ctx()`) for handlers hosted outside controllers. */
const rpcParams = {
  exchangeKeyForValue(type: number, _data: unknown, args: unknown[]): unknown {
    // RpcParamtype.PAYLOAD = 3, RpcParamtype.CONTEXT = 6
    return type === 3 ? args[0] : type === 6 ? args[1] : undefined;
  },
};

type Handler = (message: BusMessage, second: unknown, info: BusMessageInfo) => Promise<unknown>;

/**
 * The platform's bus as a Nest microservice transport (`CustomTransportStrategy`): the use cases'
 * `@Handles` (Nest `@MessagePattern`) and `@OnEvent` (Nest `@EventPattern`) methods, found on any
 * provider of the service's module, are served on the bus's transport — NATS (queue group per service,
 * JetStream durable consumers acked after commit) or in-process — through Nest's enhancer pipeline:
 *
 * - guard `ModuleEnabledGuard` — a tenant that has not enabled the module is refused first;
 * - interceptors `BusTracingInterceptor` (spans) and `BusContextInterceptor` (caller's context, ORM
 *   context, tenant-scoped transaction, event dedupe and ordering, outbox relay kick);
 * - pipe `ContractPipe` — the payload validated against the contract;
 * - filter `BusExceptionFilter` — errors mapped to the reply (`MODULE_UNAVAILABLE` for a database
 *   that cannot be reached, unknown errors masked).
 *
 * A developer's own `@UseGuards` / `@UseInterceptors` / `@UsePipes` / `@UseFilters` on a use case run
 * inside these. Each service also answers `<service>.v1.health.ping`.
 */
export class BusServer extends Server implements CustomTransportStrategy {
  override readonly transportId = BUS_TRANSPORT;
  private app?: INestApplicationContext;
  private readonly contracts = new Map<string, BusContract>();
  /** Event subjects whose handler takes lists (`@OnEvents`). */
  private readonly many = new Set<string>();
  private served: string[] = [];

  constructor(readonly options: BusServerOptions) {
    super();
  }

  /**
   * Installs the bus pipeline on the service's Nest microservice (before `init`) and remembers it to
   * find its handlers when it listens.
   */
  attach(app: INestApplicationContext & { useGlobalGuards(...g: object[]): unknown; useGlobalInterceptors(...i: object[]): unknown; useGlobalFilters(...f: object[]): unknown }): void {
    const { service, orm, relay, logger, rowLevelSecurity } = this.options;
    app.useGlobalGuards(new ModuleEnabledGuard(service));
    app.useGlobalInterceptors(new BusTracingInterceptor(service), new BusContextInterceptor({ service, orm, relay, rowLevelSecurity }));
    app.useGlobalFilters(new BusExceptionFilter(service, logger));
    this.app = app;
  }

  /** The request subjects this service answers (known once it listens). */
  get subjects(): string[] {
    return this.served;
  }

  async listen(callback: (err?: unknown, ...optionalParams: unknown[]) => void): Promise<void> {
    try {
      this.discover();
      await this.serve();
      callback();
    } catch (e) {
      callback(e);
    }
  }

  /** Finds `@Handles` / `@OnEvent` methods on every provider of the application and wraps them in Nest's pipeline. */
  private discover(): void {
    if (!this.app) throw new Error('BusServer: call attach(app) before listen');
    const contexts = this.app.get(ExternalContextCreator, { strict: false });
    const modules = this.app.get(ModulesContainer, { strict: false });
    const seen = new Set<object>();
    for (const moduleRef of modules.values()) {
      for (const wrapper of moduleRef.providers.values()) {
        const instance = wrapper.instance as Record<string, unknown> | undefined;
        if (!instance || typeof instance !== 'object' || wrapper.isAlias || seen.has(instance) || !wrapper.isDependencyTreeStatic()) continue;
        seen.add(instance);
        for (const name of methodNames(instance)) {
          const defs = contractsOf(instance[name]);
          if (defs.length === 0) continue;
          const handler = contexts.create(instance, instance[name] as (...a: unknown[]) => unknown, name, PARAM_ARGS_METADATA, rpcParams, undefined, undefined, undefined, 'rpc') as unknown as MessageHandler;
          for (const def of defs) {
            if (this.contracts.has(def.subject)) throw new Error(`${this.options.service} has two handlers for ${def.subject}`);
            this.contracts.set(def.subject, def);
            if (takesMany(instance[name])) this.many.add(def.subject);
            this.addHandler(def.subject, handler, def.kind === 'event');
          }
        }
      }
    }
  }

  private async serve(): Promise<void> {
    const { service, transport, orm, relay } = this.options;
    await transport.serve(healthSubject(service), service, async () => {
      try {
        await orm.em.getConnection().execute('select 1');
        return { ok: true as const, data: { status: 'up', outboxBacklog: relay.pending } };
      } catch (e) {
        return { ok: true as const, data: { status: 'down', reason: (e as Error).message } };
      }
    });
    const events: string[] = [];
    for (const [subject, handler] of this.getHandlers()) {
      const def = this.contracts.get(subject)!;
      if (def.kind === 'event') {
        events.push(subject);
        continue;
      }
      this.served.push(subject);
      await transport.serve(subject, service, (body, headers) => this.answer(def, handler, body, headers));
    }
    if (events.length > 0) {
      await transport.consume(
        service,
        events,
        (envelope) => this.consume(envelope),
        (envelopes) => this.consumeBatch(envelopes),
      );
    }
  }

  private async answer(def: RequestDef<unknown, unknown>, handler: Handler, body: string, headers: Headers): Promise<Reply> {
    const end = busRequestDuration.startTimer({ subject: def.subject });
    const ctx = decodeContext(headers);
    const result = await handler({ def, raw: body }, ctx, { kind: 'request', subject: def.subject, headers, ctx });
    if (result instanceof FailedReply) {
      end({ outcome: result.error.category });
      return { ok: false, error: result.error };
    }
    end({ outcome: 'ok' });
    return { ok: true, data: result ?? null };
  }

  private async consume(envelope: EventEnvelope): Promise<void> {
    const event = this.eventHandler(envelope);
    if (event) await this.call([event], false);
  }

  /** The handler and contract of an event's subject, or null when this service does not consume it. */
  private eventHandler(envelope: EventEnvelope): { envelope: EventEnvelope; handler: Handler; def: EventDef<object> } | null {
    const handler = this.getHandlerByPattern(envelope.subject) as unknown as Handler | null;
    const def = this.contracts.get(envelope.subject) as EventDef<object> | undefined;
    return handler && def ? { envelope, handler, def } : null;
  }

  /** One handler call for events of one subject: an `@OnEvents` handler gets them as a list, any other exactly one. */
  private async call(group: { envelope: EventEnvelope; handler: Handler; def: EventDef<object> }[], batched: boolean): Promise<void> {
    const [{ envelope, handler, def }] = group;
    const info = { kind: 'event', subject: envelope.subject, envelope, def, batched } as const;
    if (this.many.has(def.subject)) await handler({ def, raw: group.map((g) => g.envelope.payload), many: true }, group.map((g) => g.envelope), info);
    else await handler({ def, raw: envelope.payload }, envelope, info);
  }

  /**
   * Several pending events (the transport's batch, in order): each run of consecutive events of one
   * tenant in ONE transaction — dedupe and watermarks set-based (`claimEvents`), each event's handler
   * in order through the pipeline, one commit. If anything in the run fails, it rolls back and its
   * events go one per transaction (`consume`) up to the first that fails: that one and the rest are
   * left to the transport to deliver again, as a single event's failure is.
   */
  private async consumeBatch(envelopes: EventEnvelope[]): Promise<BatchOutcome> {
    let handled = 0;
    for (const run of tenantRuns(envelopes)) {
      if (run.length > 1) {
        try {
          await this.handleRun(run);
          handled += run.length;
          continue;
        } catch (e) {
          this.options.logger.warn({ err: e, consumer: this.options.service, events: run.length }, 'event batch rolled back; handling its events one by one');
        }
      }
      for (const envelope of run) {
        try {
          await this.consume(envelope);
          handled++;
        } catch (error) {
          return { handled, error };
        }
      }
    }
    return { handled };
  }

  private async handleRun(run: EventEnvelope[]): Promise<void> {
    const { orm, relay, service } = this.options;
    const events = run.flatMap((envelope) => this.eventHandler(envelope) ?? []);
    if (events.length === 0) return;
    await runWithContext(eventContext(run[0]), () =>
      OrmRequestContext.create(orm.em, async () => {
        let outcomes: string[] = [];
        const { recorded } = await watchingEvents(() =>
          orm.em.transactional(async (em) => {
            const keys = events.map(({ envelope, def }) => def.orderKey?.(envelope.payload as object));
            outcomes = await claimEvents(
              em,
              service,
              events.map(({ envelope }, i) => ({ id: envelope.id, orderKey: keys[i], occurredAt: envelope.occurredAt })),
            );
            for (const group of this.handlerCalls(events, keys, outcomes)) {
              await this.call(group, true);
              // What one event per transaction gets from its commit: its changes written, and the next
              // call starts from an empty identity map (reads what the database holds, not a cached entity).
              await em.flush();
              em.clear();
            }
          }),
        );
        events.forEach(({ envelope }, i) => eventsHandled.inc({ consumer: service, subject: envelope.subject, outcome: outcomes[i] }));
        if (recorded > 0) relay.kick();
      }),
    );
  }

  /**
   * The handler calls for a run's events to apply (outcome `ok`), in order: one per event, except that
   * consecutive events of an `@OnEvents` subject go in one call — up to the next event of another
   * subject or a second event of the same order key (a subject without an order key: one per call).
   */
  private handlerCalls<E extends { def: EventDef<object> }>(events: E[], keys: (string | undefined)[], outcomes: string[]): E[][] {
    const calls: { subject: string; keys: Set<string>; events: E[] }[] = [];
    events.forEach((event, i) => {
      if (outcomes[i] !== 'ok') return;
      const key = keys[i];
      const last = calls.at(-1);
      if (last && this.many.has(event.def.subject) && last.subject === event.def.subject && key !== undefined && !last.keys.has(key)) {
        last.keys.add(key);
        last.events.push(event);
      } else {
        calls.push({ subject: event.def.subject, keys: new Set(key === undefined ? [] : [key]), events: [event] });
      }
    });
    return calls.map((c) => c.events);
  }

  /** The transport is shared by every module of the process and closed by its launcher. */
  close(): void {
    this.served = [];
  }

  on(): never {
    throw new Error('BusServer: the bus has no server events to listen to');
  }

  unwrap<T>(): T {
    return this.options.transport as T;
  }
}

/** Consecutive events of the same tenant (or of none), in order. */
function tenantRuns(envelopes: EventEnvelope[]): EventEnvelope[][] {
  const runs: EventEnvelope[][] = [];
  for (const e of envelopes) {
    const last = runs.at(-1);
    if (last && (last[0].tenantId ?? null) === (e.tenantId ?? null)) last.push(e);
    else runs.push([e]);
  }
  return runs;
}

function methodNames(instance: object): string[] {
  const names = new Set<string>();
  for (let proto = Object.getPrototypeOf(instance) as object | null; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') names.add(name);
    }
  }
  return [...names];
}
