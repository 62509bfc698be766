import { moduleUnavailable, type EventEnvelope } from '@m4pris/platform-core';
import type { EventHandler, Headers, Reply, RequestHandler, Transport } from './transport.js';

/**
 * Standalone mode: every module in one process. Same contracts as NATS: payloads cross as JSON
 * strings, a missing handler fails at once with MODULE_UNAVAILABLE, every request has a timeout.
 * `publish` resolves when every consumer has handled the event (consumers of different services
 * concurrently), so the outbox keeps an event until all its consumers are done (consumers dedupe, so a
 * retry is harmless).
 */
export class InProcessTransport implements Transport {
  readonly kind = 'in-process' as const;
  private readonly handlers = new Map<string, RequestHandler[]>();
  private readonly consumers = new Map<string, { subjects: Set<string>; handler: EventHandler }>();
  private roundRobin = 0;
  private closed = false;

  async connect(): Promise<void> {
    this.closed = false;
  }

  async request(subject: string, body: string, headers: Headers, timeoutMs: number): Promise<Reply> {
    const list = this.handlers.get(subject);
    if (this.closed || !list || list.length === 0) throw moduleUnavailable(subject.split('.')[0]!);
    const handler = list[this.roundRobin++ % list.length]!;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(moduleUnavailable(subject.split('.')[0]!)), timeoutMs);
    });
    try {
      const reply = await Promise.race([handler(String(body), { ...headers }), timeout]);
      return JSON.parse(JSON.stringify(reply)) as Reply;
    } finally {
      clearTimeout(timer);
    }
  }

  async serve(subject: string, _queue: string, handler: RequestHandler): Promise<void> {
    const list = this.handlers.get(subject) ?? [];
    list.push(handler);
    this.handlers.set(subject, list);
  }

  async publish(event: EventEnvelope): Promise<void> {
    if (this.closed) throw moduleUnavailable('bus');
    const wire = JSON.stringify(event);
    // The consumers (one per service) handle the event side by side: each keeps its own order (the
    // relay publishes one event after another) and its own dedupe, and none waits on another's SQL.
    const outcomes = await Promise.allSettled(
      [...this.consumers.values()].filter(({ subjects }) => subjects.has(event.subject)).map(({ handler }) => handler(JSON.parse(wire) as EventEnvelope)),
    );
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} consumer(s) failed on ${event.subject}`);
  }

  async consume(consumer: string, subjects: string[], handler: EventHandler): Promise<void> {
    const existing = this.consumers.get(consumer);
    if (existing) {
      // Several handlers of one consumer (service): chain them.
      for (const s of subjects) existing.subjects.add(s);
      const previous = existing.handler;
      existing.handler = async (e) => {
        await previous(e);
        if (subjects.includes(e.subject)) await handler(e);
      };
      return;
    }
    this.consumers.set(consumer, {
      subjects: new Set(subjects),
      handler: async (e) => {
        if (subjects.includes(e.subject)) await handler(e);
      },
    });
  }

  isHealthy(): boolean {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    this.consumers.clear();
  }
}
