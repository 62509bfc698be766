import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per process, served by the gateway (and by each service in distributed mode). */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'm4p_' });

export const busRequestDuration = new Histogram({
  name: 'm4p_bus_request_duration_seconds',
  help: 'Time to handle a bus request, by subject and outcome (ok or the error category).',
  labelNames: ['subject', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const eventsHandled = new Counter({
  name: 'm4p_events_handled_total',
  help: 'Domain events handled by consumers, by consumer, subject and outcome (ok, duplicate, stale, error).',
  labelNames: ['consumer', 'subject', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const outboxBacklog = new Gauge({
  name: 'm4p_outbox_backlog',
  help: 'Domain events committed but not yet published, per service.',
  labelNames: ['service'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'm4p_graphql_operation_duration_seconds',
  help: 'GraphQL operations at the gateway, by operation type and first root field of the schema (`mutation login`; `invalid` when it never validated; never the client-chosen operation name) and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const busClientDuration = new Histogram({
  name: 'm4p_bus_client_request_duration_seconds',
  help: 'Bus requests as seen by the caller (gateway, other services), by subject and outcome (ok, or the error category: MODULE_UNAVAILABLE when no replica answered in time).',
  labelNames: ['subject', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const natsConnected = new Gauge({
  name: 'm4p_nats_connected',
  help: '1 while the process is connected to NATS, 0 while it is disconnected or reconnecting.',
  labelNames: ['connection'] as const,
  registers: [metricsRegistry],
});

/** What a `pg` pool tells about itself (the pool behind each service's ORM). */
export interface PoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
const pools = new Map<string, PoolStats>();

/** Reports a service's database pool in `m4p_db_pool_connections` (read at every scrape). */
export function registerDbPool(service: string, pool: PoolStats): void {
  pools.set(service, pool);
}
export function unregisterDbPool(service: string): void {
  pools.delete(service);
  dbPoolGauge.remove({ service, state: 'used' });
  dbPoolGauge.remove({ service, state: 'idle' });
  dbPoolGauge.remove({ service, state: 'pending' });
}

export const dbPoolGauge = new Gauge({
  name: 'm4p_db_pool_connections',
  help: 'Database pool connections per service and state (used, idle, pending = callers waiting for a connection).',
  labelNames: ['service', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    for (const [service, p] of pools) {
      this.set({ service, state: 'used' }, p.totalCount - p.idleCount);
      this.set({ service, state: 'idle' }, p.idleCount);
      this.set({ service, state: 'pending' }, p.waitingCount);
    }
  },
});
