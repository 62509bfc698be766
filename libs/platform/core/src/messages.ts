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
  /** Type-only marker of the reply. */
  readonly _reply?: Res;
}

export interface EventDef<P> {
  readonly kind: 'event';
  readonly subject: string;
  readonly module: string;
  readonly payload: Class<P>;
}

const SUBJECT = /^[a-z]+\.v\d+\.[a-z][a-zA-Z-]*\.[a-z][a-zA-Z-]*$/;

function moduleOf(subject: string): string {
  if (!SUBJECT.test(subject)) throw new Error(`Subject "${subject}" is not <module>.v<N>.<aggregate>.<action>`);
  return subject.split('.')[0]!;
}

export function defineRequest<Req, Res>(subject: string, request: Class<Req>): RequestDef<Req, Res> {
  return { kind: 'request', subject, module: moduleOf(subject), request };
}

export function defineEvent<P>(subject: string, payload: Class<P>): EventDef<P> {
  return { kind: 'event', subject, module: moduleOf(subject), payload };
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

/** The subject every service answers for liveness checks (served by its ServiceRuntime). */
export function healthSubject(module: string): string {
  return `${module}.v1.health.ping`;
}
