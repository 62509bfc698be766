import { RequestContext as OrmRequestContext, type MikroORM } from '@mikro-orm/core';
import { Catch, Injectable, type ArgumentsHost, type CallHandler, type CanActivate, type ExceptionFilter, type ExecutionContext, type NestInterceptor, type PipeTransform } from '@nestjs/common';
import { from, lastValueFrom, type Observable } from 'rxjs';
import {
  CommonErrors,
  moduleDisabled,
  moduleEnabled,
  runWithContext,
  systemContext,
  validatePayload,
  type ErrorPayload,
  type EventDef,
  type EventEnvelope,
  type RequestContext,
  type RequestDef,
} from '@m4pris/platform-core';
import { contextForTrace, eventsHandled, extractTraceHeaders, SpanKind, SpanStatusCode, withSpan, type Logger } from '@m4pris/platform-observability';
import { errorPayloadOf, toErrorPayload } from '../reply-errors.js';
import { watchingEvents, type OutboxRelay } from '../outbox.js';
import { inTenantTransaction } from '../tenant-scope.js';
import type { Headers } from '../transport.js';

/**
 * What `BusServer` hands a handler, in Nest's RPC argument order:
 * `[BusMessage, RequestContext | EventEnvelope, BusMessageInfo]`. `ContractPipe` turns the
 * `BusMessage` into the validated payload; `@Ctx()` is the caller's context (requests) or the
 * envelope (events); interceptors read the third argument.
 */
export interface BusMessage {
  readonly def: RequestDef<unknown, unknown> | EventDef<object>;
  /** A request's body as it crossed the transport (JSON text), or an event's payload (a list of them for an `@OnEvents` handler). */
  readonly raw: unknown;
  /** For an `@OnEvents` handler: `raw` is a list of payloads. */
  readonly many?: boolean;
}

export type BusMessageInfo =
  | { readonly kind: 'request'; readonly subject: string; readonly headers: Headers; readonly ctx: RequestContext }
  | {
      readonly kind: 'event';
      readonly subject: string;
      readonly envelope: EventEnvelope;
      readonly def: EventDef<object>;
      /** Handled as part of a batch: the batch's transaction, dedupe and ordering are already in place (`BusServer`). */
      readonly batched?: boolean;
    };

export const busInfo = (context: ExecutionContext | ArgumentsHost): BusMessageInfo => context.getArgByIndex<BusMessageInfo>(2);

/** Validates a message against its contract (the payload class of `@Handles` / `@OnEvent`). */
@Injectable()
export class ContractPipe implements PipeTransform<BusMessage, object> {
  transform(message: BusMessage): object {
    if (message.def.kind === 'event') {
      const type = message.def.payload as new () => object;
      return message.many ? (message.raw as unknown[]).map((raw) => validatePayload(type, raw)) : validatePayload(type, message.raw);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(message.raw as string);
    } catch {
      throw CommonErrors.INVALID_INPUT({ field: 'input', params: { field: 'input', reason: 'not JSON' } });
    }
    return validatePayload(message.def.request as new () => object, raw);
  }
}
export const contractPipe = new ContractPipe();

/**
 * A request whose context names a tenant that has not enabled this module is refused before its
 * payload is read (the caller's context carries its tenant's modules).
 */
export class ModuleEnabledGuard implements CanActivate {
  constructor(private readonly service: string) {}
  canActivate(context: ExecutionContext): boolean {
    const info = busInfo(context);
    if (info.kind === 'request' && !moduleEnabled(info.ctx, this.service)) throw moduleDisabled(this.service);
    return true;
  }
}

/** A SERVER span continuing the caller's `traceparent` (requests), a CONSUMER span in the recording request's trace (events). */
export class BusTracingInterceptor implements NestInterceptor {
  constructor(private readonly service: string) {}
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const info = busInfo(context);
    const spanned =
      info.kind === 'request'
        ? withSpan(
            info.subject,
            {
              kind: SpanKind.SERVER,
              parent: contextForTrace(info.ctx.traceId, extractTraceHeaders(info.headers)),
              attributes: { 'messaging.destination.name': info.subject, 'messaging.consumer.group.name': this.service },
            },
            async (span) => {
              try {
                return { value: await lastValueFrom(next.handle(), { defaultValue: undefined }) };
              } catch (e) {
                // Refusals are answers, not span errors: only an internal error marks the span.
                const error = errorPayloadOf(e, this.service);
                span.setAttribute('m4p.error.code', error.code);
                if (error.category === 'INTERNAL') span.setStatus({ code: SpanStatusCode.ERROR });
                return { error: e };
              }
            },
          ).then((r) => {
            if ('error' in r) throw r.error;
            return r.value;
          })
        : withSpan(
            `${info.subject} process`,
            {
              kind: SpanKind.CONSUMER,
              parent: contextForTrace(info.envelope.traceId),
              attributes: { 'messaging.destination.name': info.subject, 'messaging.consumer.group.name': this.service, 'messaging.message.id': info.envelope.id },
            },
            () => lastValueFrom(next.handle(), { defaultValue: undefined }),
          );
    return from(spanned);
  }
}

export interface BusContextOptions {
  service: string;
  orm: MikroORM;
  relay: OutboxRelay;
  /**
   * Run every request that carries a tenant in one transaction as the tenant role, scoped to that
   * tenant, so PostgreSQL row-level security backs the use cases' own filters (see tenant-scope.ts).
   */
  rowLevelSecurity?: boolean;
}

/**
 * Every message runs in the caller's context (requests) or the system context with the event's
 * tenant (events), in a fresh MikroORM context.
 *
 * Requests: with `rowLevelSecurity`, a request with `ctx.tenantId` runs inside `em.transactional`,
 * scoped to that tenant from its BEGIN on (`inTenantTransaction`: the settings travel with the
 * BEGIN): the injected EntityManager resolves to that transaction's fork (MikroORM's
 * TransactionContext), nested `em.transactional` calls become savepoints, and the whole request
 * commits or rolls back as one. Requests without a tenant (platform admin, anonymous, system) stay
 * the schema owner.
 *
 * Events: one transaction holds the consumer's dedupe record (`processed_event`), the order-key
 * watermark (`event_watermark`, for events with an `orderKey`) and the handler's effects; a duplicate
 * or an event older than one applied for its key is recorded and not handled.
 *
 * A batch of events (`BusServer`) runs in one such transaction; its events' handlers come here
 * marked `batched` and only get their own context.
 *
 * Either way the outbox relay is kicked only when the message recorded an event.
 */
export class BusContextInterceptor implements NestInterceptor {
  constructor(private readonly o: BusContextOptions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const info = busInfo(context);
    if (info.kind === 'request') return from(this.request(info.ctx, next));
    if (info.batched) return from(runWithContext(eventContext(info.envelope), () => lastValueFrom(next.handle(), { defaultValue: undefined })));
    return from(this.event(info.envelope, info.def, next));
  }

  private request(ctx: RequestContext, next: CallHandler): Promise<unknown> {
    const { orm, relay } = this.o;
    const tenantId = this.o.rowLevelSecurity ? ctx.tenantId : undefined;
    const handle = () => lastValueFrom(next.handle(), { defaultValue: undefined });
    return runWithContext(ctx, () =>
      OrmRequestContext.create(orm.em, async () => {
        const { value, recorded } = await watchingEvents(() =>
          tenantId
            ? inTenantTransaction(tenantId, (scoped) =>
                orm.em.transactional(async (em) => {
                  await scoped(em);
                  return handle();
                }),
              )
            : handle(),
        );
        // Only a request that recorded an event leaves something for the relay (reads do not).
        if (recorded > 0) relay.kick();
        return value;
      }),
    );
  }

  private event(envelope: EventEnvelope, def: EventDef<object>, next: CallHandler): Promise<unknown> {
    const { orm, relay, service } = this.o;
    return runWithContext(eventContext(envelope), () =>
      OrmRequestContext.create(orm.em, async () => {
        let outcome: 'ok' | 'duplicate' | 'stale' = 'ok';
        try {
          const { recorded } = await watchingEvents(() =>
            orm.em.transactional(async (em) => {
              const schema = em.config.get('schema');
              const inserted = await em
                .getConnection()
                .execute<{ event_id: string }[]>(
                  `insert into "${schema}"."processed_event" (consumer, event_id, processed_at) values (?, ?, now()) on conflict do nothing returning event_id`,
                  [service, envelope.id],
                  'all',
                  em.getTransactionContext(),
                );
              if (inserted.length === 0) {
                outcome = 'duplicate';
                return;
              }
              // An event older than one already applied for the same key comes late: processed, not applied.
              const key = def.orderKey?.(envelope.payload as object);
              if (key !== undefined) {
                const newest = await em
                  .getConnection()
                  .execute<{ key: string }[]>(
                    `insert into "${schema}"."event_watermark" as w (consumer, key, occurred_at) values (?, ?, ?)
                     on conflict (consumer, key) do update set occurred_at = excluded.occurred_at where w.occurred_at <= excluded.occurred_at returning w.key`,
                    [service, key, new Date(envelope.occurredAt)],
                    'all',
                    em.getTransactionContext(),
                  );
                if (newest.length === 0) {
                  outcome = 'stale';
                  return;
                }
              }
              await lastValueFrom(next.handle(), { defaultValue: undefined });
            }),
          );
          eventsHandled.inc({ consumer: service, subject: envelope.subject, outcome });
          if (recorded > 0) relay.kick();
        } catch (e) {
          eventsHandled.inc({ consumer: service, subject: envelope.subject, outcome: 'error' });
          throw e;
        }
        return undefined;
      }),
    );
  }
}

/** The context an event is handled in: the system's, with the event's tenant and trace. */
export function eventContext(envelope: EventEnvelope): RequestContext {
  return { ...systemContext(envelope.traceId), tenantId: envelope.tenantId ?? undefined };
}

/** What the exception filter answers a request with: the error as a reply payload. */
export class FailedReply {
  constructor(readonly error: ErrorPayload) {}
}

/**
 * Maps anything thrown while handling a request to its reply (`toErrorPayload`: platform errors as
 * they are, a unique violation as CONFLICT, an unreachable database as MODULE_UNAVAILABLE, the rest
 * logged and masked as INTERNAL). An event handler's error is thrown on, so the transport redelivers.
 */
@Catch()
export class BusExceptionFilter implements ExceptionFilter {
  constructor(
    private readonly service: string,
    private readonly logger: Logger,
  ) {}
  catch(exception: unknown, host: ArgumentsHost): FailedReply {
    if (busInfo(host)?.kind !== 'request') throw exception;
    return new FailedReply(toErrorPayload(exception, this.logger, this.service));
  }
}
