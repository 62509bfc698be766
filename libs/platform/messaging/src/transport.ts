import type { ErrorPayload, EventEnvelope } from '@m4pris/platform-core';

export type Reply = { ok: true; data: unknown } | { ok: false; error: ErrorPayload };
export type Headers = Record<string, string>;
export type RequestHandler = (body: string, headers: Headers) => Promise<Reply>;
export type EventHandler = (event: EventEnvelope) => Promise<void>;

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
  /** A durable, named consumer of some event subjects; redelivers until the handler resolves. */
  consume(consumer: string, subjects: string[], handler: EventHandler): Promise<void>;
  isHealthy(): boolean;
  close(): Promise<void>;
  /** Largest message (body and headers, in bytes) the transport carries, when it has a limit (NATS's max_payload). */
  maxMessageBytes?(): number | undefined;
}
