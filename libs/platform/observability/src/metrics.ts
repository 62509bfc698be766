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
  help: 'Domain events handled by consumers, by consumer, subject and outcome (ok, duplicate, error).',
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
  help: 'GraphQL operations at the gateway, by operation name and outcome.',
  labelNames: ['operation', 'outcome'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const dbPoolGauge = new Gauge({
  name: 'm4p_db_pool_connections',
  help: 'Database pool connections per service and state (used, free, pending).',
  labelNames: ['service', 'state'] as const,
  registers: [metricsRegistry],
});
