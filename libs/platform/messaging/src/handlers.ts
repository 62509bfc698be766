import 'reflect-metadata';
import { RequestContext as OrmRequestContext, UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/core';
import {
  CommonErrors,
  decodeContext,
  healthSubject,
  moduleDisabled,
  moduleEnabled,
  moduleUnavailable,
  PlatformError,
  runWithContext,
  systemContext,
  validatePayload,
  type ErrorPayload,
  type EventDef,
  type EventEnvelope,
  type RequestContext,
  type RequestDef,
} from '@m4pris/platform-core';
import {
  busRequestDuration,
  contextForTrace,
  eventsHandled,
  extractTraceHeaders,
  SpanKind,
  SpanStatusCode,
  withSpan,
  type Logger,
} from '@m4pris/platform-observability';
import { ProcessedEventSchema } from './outbox.entities.js';
import { watchingEvents, type OutboxRelay } from './outbox.js';
import { isDatabaseUnavailable } from './unavailable.js';
import { enterTenantScope } from './tenant-scope.js';
import type { Reply, Transport } from './transport.js';

const REQUEST_HANDLERS = Symbol('m4p:request-handlers');
const EVENT_HANDLERS = Symbol('m4p:event-handlers');

interface RequestHandlerMeta {
  def: RequestDef<unknown, unknown>;
  method: string | symbol;
}
interface EventHandlerMeta {
  def: EventDef<object>;
  method: string | symbol;
}

/** Marks a method as the handler of a request subject: `(payload, ctx) => Promise<reply>`. */
export function Handles<Req, Res>(def: RequestDef<Req, Res>): MethodDecorator {
  return (target, method) => {
    const list: RequestHandlerMeta[] = Reflect.getMetadata(REQUEST_HANDLERS, target.constructor) ?? [];
    Reflect.defineMetadata(REQUEST_HANDLERS, [...list, { def, method }], target.constructor);
  };
}

/**
 * Marks a method as the consumer of a domain event: `(payload, envelope) => Promise<void>`. Runs once
 * per event; for an event with an `orderKey`, not at all when a newer event of that key was applied.
 */
export function OnEvent<P extends object>(def: EventDef<P>): MethodDecorator {
  return (target, method) => {
    const list: EventHandlerMeta[] = Reflect.getMetadata(EVENT_HANDLERS, target.constructor) ?? [];
    Reflect.defineMetadata(EVENT_HANDLERS, [...list, { def, method }], target.constructor);
  };
}

export function requestHandlersOf(instance: object): RequestHandlerMeta[] {
  return Reflect.getMetadata(REQUEST_HANDLERS, instance.constructor) ?? [];
}
export function eventHandlersOf(instance: object): EventHandlerMeta[] {
  return Reflect.getMetadata(EVENT_HANDLERS, instance.constructor) ?? [];
}

/**
 * Maps anything thrown by a use case to a reply payload: the service's database being unreachable
 * is MODULE_UNAVAILABLE (`service` names the module); other unknown errors are logged and masked.
 */
export function toErrorPayload(e: unknown, logger: Logger, service?: string): ErrorPayload {
  if (e instanceof PlatformError) return e.toPayload();
  if (e instanceof UniqueConstraintViolationException) return CommonErrors.CONFLICT().toPayload();
  if (service && isDatabaseUnavailable(e)) {
    logger.warn({ err: e }, 'database unavailable: request refused as MODULE_UNAVAILABLE');
    return moduleUnavailable(service).toPayload();
  }
  logger.error({ err: e }, 'internal error');
  return CommonErrors.INTERNAL().toPayload();
}

export interface ServiceRuntimeOptions {
  /**
   * Run every request that carries a tenant in one transaction as the tenant role, scoped to that
   * tenant, so PostgreSQL row-level security backs the use cases' own filters (see tenant-scope.ts).
   */
  rowLevelSecurity?: boolean;
}

/**
 * Hosts one service's handlers on the bus: every request and event runs in the caller's context,
 * in a fresh MikroORM context, with validated input. Events are deduplicated per consumer in the
 * same transaction as their effects.
 *
 * With `rowLevelSecurity`, a request with `ctx.tenantId` runs inside `em.transactional` after
 * `enterTenantScope`: the injected EntityManager resolves to that transaction's fork (MikroORM's
 * TransactionContext), nested `em.transactional` calls become savepoints, and the whole request
 * commits or rolls back as one. Requests without a tenant (platform admin, anonymous, system) and
 * event consumers stay the schema owner: they legitimately span tenants or carry their tenant in
 * the payload, and filter by it themselves.
 */
export class ServiceRuntime {
  constructor(
    private readonly service: string,
    private readonly transport: Transport,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly logger: Logger,
    private readonly options: ServiceRuntimeOptions = {},
  ) {}

  async register(instances: object[]): Promise<string[]> {
    const subjects: string[] = [];
    const ping = healthSubject(this.service);
    await this.transport.serve(ping, this.service, async () => {
      try {
        await this.orm.em.getConnection().execute('select 1');
        return { ok: true as const, data: { status: 'up', outboxBacklog: this.relay.pending } };
      } catch (e) {
        return { ok: true as const, data: { status: 'down', reason: (e as Error).message } };
      }
    });
    const events = new Map<string, { instance: object; meta: EventHandlerMeta }>();
    for (const instance of instances) {
      for (const meta of requestHandlersOf(instance)) {
        subjects.push(meta.def.subject);
        await this.transport.serve(meta.def.subject, this.service, (body, headers) => {
          const ctx = decodeContext(headers);
          // A SERVER span continuing the caller's `traceparent`; SQL spans nest under it.
          return withSpan(
            meta.def.subject,
            {
              kind: SpanKind.SERVER,
              parent: contextForTrace(ctx.traceId, extractTraceHeaders(headers)),
              attributes: { 'messaging.destination.name': meta.def.subject, 'messaging.consumer.group.name': this.service },
            },
            async (span) => {
              const reply = await this.handleRequest(instance, meta, body, ctx);
              if (!reply.ok) {
                span.setAttribute('m4p.error.code', reply.error.code);
                if (reply.error.category === 'INTERNAL') span.setStatus({ code: SpanStatusCode.ERROR });
              }
              return reply;
            },
          );
        });
      }
      for (const meta of eventHandlersOf(instance)) {
        if (events.has(meta.def.subject)) throw new Error(`${this.service} has two handlers for ${meta.def.subject}`);
        events.set(meta.def.subject, { instance, meta });
      }
    }
    if (events.size > 0) {
      await this.transport.consume(this.service, [...events.keys()], (envelope) => {
        const h = events.get(envelope.subject);
        if (!h) return Promise.resolve();
        // A CONSUMER span in the trace of the request that recorded the event.
        return withSpan(
          `${envelope.subject} process`,
          {
            kind: SpanKind.CONSUMER,
            parent: contextForTrace(envelope.traceId),
            attributes: { 'messaging.destination.name': envelope.subject, 'messaging.consumer.group.name': this.service, 'messaging.message.id': envelope.id },
          },
          () => this.handleEvent(h.instance, h.meta, envelope),
        );
      });
    }
    return subjects;
  }

  private async handleRequest(instance: object, meta: RequestHandlerMeta, body: string, ctx: RequestContext): Promise<Reply> {
    const end = busRequestDuration.startTimer({ subject: meta.def.subject });
    return runWithContext(ctx, () =>
      OrmRequestContext.create(this.orm.em, async () => {
        try {
          // A tenant that has not enabled this module is refused before anything is read: the
          // caller's context carries its tenant's modules (identity's answer to the gateway's
          // session check), over either transport and on module-to-module requests alike.
          if (!moduleEnabled(ctx, this.service)) throw moduleDisabled(this.service);
          let raw: unknown;
          try {
            raw = JSON.parse(body);
          } catch {
            throw CommonErrors.INVALID_INPUT({ field: 'input', params: { field: 'input', reason: 'not JSON' } });
          }
          const payload = validatePayload(meta.def.request as new () => object, raw);
          const fn = (instance as Record<string | symbol, (p: unknown, c: RequestContext) => Promise<unknown>>)[meta.method]!;
          const tenantId = this.options.rowLevelSecurity ? ctx.tenantId : undefined;
          const { value: data, recorded } = await watchingEvents(() =>
            tenantId
              ? this.orm.em.transactional(async (em) => {
                  await enterTenantScope(em, tenantId);
                  return fn.call(instance, payload, ctx);
                })
              : fn.call(instance, payload, ctx),
          );
          // Only a request that recorded an event leaves something for the relay (reads do not).
          if (recorded > 0) this.relay.kick();
          end({ outcome: 'ok' });
          return { ok: true as const, data: data ?? null };
        } catch (e) {
          const error = toErrorPayload(e, this.logger, this.service);
          end({ outcome: error.category });
          return { ok: false as const, error };
        }
      }),
    );
  }

  private async handleEvent(instance: object, meta: EventHandlerMeta, envelope: EventEnvelope): Promise<void> {
    const ctx = { ...systemContext(envelope.traceId), tenantId: envelope.tenantId ?? undefined };
    await runWithContext(ctx, () =>
      OrmRequestContext.create(this.orm.em, async () => {
        const payload = validatePayload(meta.def.payload as new () => object, envelope.payload);
        let duplicate = false;
        let stale = false;
        try {
          const { recorded } = await watchingEvents(() => this.orm.em.transactional(async (em) => {
            const inserted = await em
              .getConnection()
              .execute<{ event_id: string }[]>(
                `insert into "${em.config.get('schema')}"."processed_event" (consumer, event_id, processed_at) values (?, ?, now()) on conflict do nothing returning event_id`,
                [this.service, envelope.id],
                'all',
                em.getTransactionContext(),
              );
            if (inserted.length === 0) {
              duplicate = true;
              return;
            }
            // An event older than one already applied for the same key comes late: processed, not applied.
            const key = meta.def.orderKey?.(payload);
            if (key !== undefined) {
              const newest = await em
                .getConnection()
                .execute<{ key: string }[]>(
                  `insert into "${em.config.get('schema')}"."event_watermark" as w (consumer, key, occurred_at) values (?, ?, ?)
                   on conflict (consumer, key) do update set occurred_at = excluded.occurred_at where w.occurred_at <= excluded.occurred_at returning w.key`,
                  [this.service, key, new Date(envelope.occurredAt)],
                  'all',
                  em.getTransactionContext(),
                );
              if (newest.length === 0) {
                stale = true;
                return;
              }
            }
            const fn = (instance as Record<string | symbol, (p: unknown, e: EventEnvelope) => Promise<void>>)[meta.method]!;
            await fn.call(instance, payload, envelope);
          }));
          eventsHandled.inc({ consumer: this.service, subject: envelope.subject, outcome: duplicate ? 'duplicate' : stale ? 'stale' : 'ok' });
          if (recorded > 0) this.relay.kick();
        } catch (e) {
          eventsHandled.inc({ consumer: this.service, subject: envelope.subject, outcome: 'error' });
          throw e;
        }
      }),
    );
  }
}

export { ProcessedEventSchema };
