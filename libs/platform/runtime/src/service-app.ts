import 'reflect-metadata';
import { loadConfigOrExit, type DatabaseSettings, type LoadedConfig, type NatsSettings, type OpsSettings, type RuntimeSettings, type Sections, type TracingSettings } from '@m4pris/platform-config';
import { Bus, NatsTransport, type ServiceDefinition } from '@m4pris/platform-messaging';
import { createLogger, HealthRegistry, startTracing, type Logger, type Tracing } from '@m4pris/platform-observability';
import { hostService, migrateService } from './host-service.js';
import { startOpsServer } from './ops-server.js';

/** The sections every service app's config has (see apps/identity/src/config.ts). */
export interface ServiceAppSections extends Sections {
  runtime: typeof RuntimeSettings;
  nats: typeof NatsSettings;
  database: typeof DatabaseSettings;
  ops: typeof OpsSettings;
  tracing: typeof TracingSettings;
}

/** Tracer options from the TracingSettings section: off unless an endpoint or TRACING_ENABLED is set. */
export function tracingFromConfig(t: InstanceType<typeof TracingSettings>, defaultName: string) {
  return {
    serviceName: t.OTEL_SERVICE_NAME ?? defaultName,
    otlp: t.OTEL_EXPORTER_OTLP_ENDPOINT ?? (t.TRACING_ENABLED === 'true' ? (true as const) : undefined),
    sampleRatio: t.TRACING_SAMPLE_RATIO,
  };
}

export interface ServiceAppContext<C extends ServiceAppSections> {
  cfg: LoadedConfig<C>;
  bus: Bus;
  logger: Logger;
}

/**
 * The whole `main` of a service process in distributed mode, so every `apps/<module>` is the same
 * few lines:
 *   `node main.js migrate`  applies the service's migrations and exits (deploy step)
 *   `node main.js`          tracing (if configured) → NATS → the ops port (/health, /metrics) →
 *                           the service (refuses pending migrations) → `afterStart` → runs until
 *                           SIGTERM/SIGINT, then drains and exits 0
 */
export async function runServiceApp<S extends object, C extends ServiceAppSections>(
  def: ServiceDefinition<S>,
  sections: C,
  hooks: { afterStart?: (ctx: ServiceAppContext<C>) => Promise<void> } = {},
): Promise<void> {
  const cfg = loadConfigOrExit(sections);
  const logger = createLogger(def.name, cfg.runtime.LOG_LEVEL);
  const settings = loadConfigOrExit({ s: def.settings }).s as S;

  if (process.argv[2] === 'migrate') {
    // Deploy step: run once before the replicas start (never raced: advisory lock).
    await migrateService(def as unknown as ServiceDefinition, cfg.database.DATABASE_URL, logger, cfg.database.DATABASE_SSL_CA_FILE);
    process.exit(0);
  }

  const tracing: Tracing | undefined = await startTracing(tracingFromConfig(cfg.tracing, `m4pris-${def.name}`));
  const transport = new NatsTransport({
    servers: cfg.nats.NATS_URL.split(','),
    name: `m4pris-${def.name}`,
    stream: cfg.nats.NATS_EVENT_STREAM,
    streamReplicas: cfg.nats.NATS_STREAM_REPLICAS,
    logger,
  });
  const health = new HealthRegistry();
  let started = false;
  health.register('service', () => (started ? { status: 'up' } : { status: 'down', details: { reason: 'starting' } }));
  health.register('nats', () => ({ status: transport.isHealthy() ? 'up' : 'down' }));
  // Liveness answers while NATS and the database are still being reached.
  const ops = await startOpsServer({ host: cfg.ops.OPS_HOST, port: cfg.ops.OPS_PORT, health, logger });

  await transport.connect();
  const bus = new Bus(transport, cfg.runtime.REQUEST_TIMEOUT_MS);
  const hosted = await hostService(def, settings, {
    transport,
    bus,
    databaseUrl: cfg.database.DATABASE_URL,
    sslCaFile: cfg.database.DATABASE_SSL_CA_FILE,
    poolMax: cfg.database.DATABASE_POOL_MAX,
    migrate: cfg.database.MIGRATE_ON_START === 'true',
    logger,
    health,
  });
  await hooks.afterStart?.({ cfg, bus, logger });
  started = true;

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      started = false;
      void (async () => {
        try {
          await hosted.close();
          await transport.close();
          await ops.close();
          await tracing?.shutdown();
        } finally {
          process.exit(0);
        }
      })();
    });
  }
}
