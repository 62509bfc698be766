import type { ErrorPayload, EventEnvelope } from '@m4pris/platform-core';

export type Reply = { ok: true; data: unknown } | { ok: false; error: ErrorPayload };
export type Headers = Record<string, string>;
export type RequestHandler = (body: string, headers: Headers) => Promise<Reply>;
export type EventHandler = (event: EventEnvelope) => Promise<void>;
/**
 * How far a batch of events got: the first `handled` events are done (committed), in order; when
 * `handled` is short of the batch, `error` is why the next one failed (it and the rest are delivered
 * again, as a single event's failure would be).
 */
export interface BatchOutcome {
  handled: number;
  error?: unknown;
}
/**
 * A request or reply the transport cannot carry: over the largest message it takes (`max` bytes,
 * NATS's max_payload), after any compression. The bus answers it as the caller's bad input.
 */
export class MessageTooLarge extends Error {
  constructor(readonly max: number) {
    super(`message over the transport's limit of ${max} bytes`);
    this.name = 'MessageTooLarge';
  }
}
/** A consumer's handler for several pending events at once (see `Transport.consume`). */
export type EventBatchHandler = (events: EventEnvelope[]) => Promise<BatchOutcome>;

/**
 * What a transport must do. Both implementations JSON-serialise every payload, so a handler
 * never receives an object it could share by reference with its caller.
 */
export interface Transport {
  readonly kind: 'nats' | 'in-process';
  connect(): Promise<void>;
  /** Throws PlatformError MODULE_UNAVAILABLE when nobody serves `subject` or it does not answer in time. */
  request(subject: string, body: string, headers: Headers, timeoutMs: number): Promise<Reply>;
  /** Serve a subject; replicas share the work through `queue`. */
  serve(subject: string, queue: string, handler: RequestHandler): Promise<void>;
  /** Resolves once the event is durably accepted (JetStream ack, or every in-process consumer done). */
  publish(event: EventEnvelope): Promise<void>;
  /**
   * A durable, named consumer of some event subjects; redelivers until the handler resolves. With a
   * `batch` handler, a transport that has several pending events for the consumer may hand them over
   * together (in order); it must treat the events after `handled` as not delivered.
   */
  consume(consumer: string, subjects: string[], handler: EventHandler, batch?: EventBatchHandler): Promise<void>;
  /**
   * Publishes several events in order and tells how many leading ones are durably accepted (see
   * `publish`); optional: the outbox relay publishes one by one through a transport without it.
   */
  publishBatch?(events: EventEnvelope[]): Promise<BatchOutcome>;
  isHealthy(): boolean;
  close(): Promise<void>;
}
