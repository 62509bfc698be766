/**
 * Message contracts. Subjects live only in contracts libs:
 * requests `<module>.v1.<aggregate>.<action>`, events in the past tense.
 */
export type Class<T> = new (...args: never[]) => T;

export interface RequestDef<Req, Res> {
  readonly kind: 'request';
  readonly subject: string;
  readonly module: string;
  readonly request: Class<Req>;
  /** How long a caller waits for the reply when it is known to be slow (default: the bus's REQUEST_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /** Type-only marker of the reply. */
  readonly _reply?: Res;
}

export interface EventDef<P> {
  readonly kind: 'event';
  readonly subject: string;
  readonly module: string;
  readonly payload: Class<P>;
  /**
   * The thing the event describes the latest state of (`identity.staff:<id>`), for events that
   * consumers copy into projections. A consumer applies such an event only if it did not already
   * apply a newer one (by `occurredAt`) with the same key: a redelivery that arrives late (a consumer
   * killed holding it, a retry after a failure) never overwrites a newer state. Events of several
   * subjects may share a key (a profile change and the erasure of the same person).
   */
  orderKey?(payload: P): string;
}

const SUBJECT = /^[a-z]+\.v\d+\.[a-z][a-zA-Z-]*\.[a-z][a-zA-Z-]*$/;

function moduleOf(subject: string): string {
  if (!SUBJECT.test(subject)) throw new Error(`Subject "${subject}" is not <module>.v<N>.<aggregate>.<action>`);
  return subject.split('.')[0]!;
}

export function defineRequest<Req, Res>(subject: string, request: Class<Req>, opts: { timeoutMs?: number } = {}): RequestDef<Req, Res> {
  return { kind: 'request', subject, module: moduleOf(subject), request, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) };
}

export function defineEvent<P>(subject: string, payload: Class<P>, opts: { orderKey?: (payload: P) => string } = {}): EventDef<P> {
  return { kind: 'event', subject, module: moduleOf(subject), payload, ...(opts.orderKey ? { orderKey: opts.orderKey } : {}) };
}

/** What travels on the event stream. `id` is the outbox row id and the dedupe key. */
export interface EventEnvelope<P = unknown> {
  id: string;
  subject: string;
  occurredAt: string;
  tenantId: string | null;
  traceId: string;
  payload: P;
}

export type ReplyOf<D> = D extends RequestDef<unknown, infer R> ? R : never;
export type RequestOf<D> = D extends RequestDef<infer Q, unknown> ? Q : never;

/** Page of a list query. */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** The subject every service answers for liveness checks (served by its BusServer). */
export function healthSubject(module: string): string {
  return `${module}.v1.health.ping`;
}
