import { moduleUnavailable, type EventEnvelope } from '@m4pris/platform-core';
import type { BatchOutcome, EventBatchHandler, EventHandler, Headers, Reply, RequestHandler, Transport } from './transport.js';

/**
 * Standalone mode: every module in one process. Same contracts as NATS: payloads cross as JSON
 * strings, a missing handler fails at once with MODULE_UNAVAILABLE, every request has a timeout.
 * `publish` resolves when every consumer has handled the event (consumers of different services
 * concurrently), so the outbox keeps an event until all its consumers are done (consumers dedupe, so a
 * retry is harmless). `publishBatch` hands each consumer the events of a relay pass it consumes at
 * once (its batch handler, or one by one), the consumers side by side.
 */
export class InProcessTransport implements Transport {
  readonly kind = 'in-process' as const;
  private readonly handlers = new Map<string, RequestHandler[]>();
  private readonly consumers = new Map<string, { subjects: Set<string>; handler: EventHandler; batch?: EventBatchHandler }>();
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

  async publishBatch(events: EventEnvelope[]): Promise<BatchOutcome> {
    if (this.closed) throw moduleUnavailable('bus');
    const wire = JSON.stringify(events);
    // Each consumer gets its own copy of the events it consumes, in order; an event counts as
    // published once every consumer of it is done, so the batch is published up to the first event
    // some consumer did not handle (the relay offers it and the rest again; consumers dedupe).
    const reached = await Promise.all(
      [...this.consumers.values()].map(async ({ subjects, handler, batch }) => {
        const positions = events.flatMap((e, i) => (subjects.has(e.subject) ? [i] : []));
        if (positions.length === 0) return { upTo: events.length };
        const copies = JSON.parse(wire) as EventEnvelope[];
        const mine = positions.map((i) => copies[i]);
        const outcome = batch ? await batch(mine).catch((error: unknown) => ({ handled: 0, error })) : await oneByOne(handler, mine);
        return outcome.handled >= mine.length ? { upTo: events.length } : { upTo: positions[outcome.handled], error: outcome.error };
      }),
    );
    const first = reached.reduce((a, b) => (b.upTo < a.upTo ? b : a));
    return first.upTo >= events.length ? { handled: events.length } : { handled: first.upTo, error: first.error };
  }

  async consume(consumer: string, subjects: string[], handler: EventHandler, batch?: EventBatchHandler): Promise<void> {
    const existing = this.consumers.get(consumer);
    if (existing) {
      // Several handlers of one consumer (service): chain them (one event at a time).
      for (const s of subjects) existing.subjects.add(s);
      existing.batch = undefined;
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
      batch,
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

/** A consumer without a batch handler: its events one by one, stopping at the first failure. */
async function oneByOne(handler: EventHandler, events: EventEnvelope[]): Promise<BatchOutcome> {
  for (const [i, e] of events.entries()) {
    try {
      await handler(e);
    } catch (error) {
      return { handled: i, error };
    }
  }
  return { handled: events.length };
}
