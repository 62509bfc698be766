import 'reflect-metadata';
import { loadConfigOrExit } from '@m4pris/platform-config';
import { Bus, NatsTransport } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { hostService, migrateService } from '@m4pris/platform-runtime';
import { matchingService } from '@m4pris/matching-service';
import { matchingConfig } from './config.js';

const cfg = loadConfigOrExit(matchingConfig);
const logger = createLogger('matching', cfg.runtime.LOG_LEVEL);

if (process.argv[2] === 'migrate') {
  // Deploy step: run once before the replicas start (never raced: advisory lock).
  await migrateService(matchingService, cfg.database.DATABASE_URL, logger);
  process.exit(0);
}

const transport = new NatsTransport({
  servers: cfg.nats.NATS_URL.split(','),
  name: 'm4pris-matching',
  stream: cfg.nats.NATS_EVENT_STREAM,
  streamReplicas: cfg.nats.NATS_STREAM_REPLICAS,
  logger,
});
await transport.connect();
const bus = new Bus(transport, cfg.runtime.REQUEST_TIMEOUT_MS);
const hosted = await hostService(matchingService, cfg.matching, {
  transport,
  bus,
  databaseUrl: cfg.database.DATABASE_URL,
  poolMax: cfg.database.DATABASE_POOL_MAX,
  migrate: cfg.database.MIGRATE_ON_START === 'true',
  logger,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void hosted
      .close()
      .then(() => transport.close())
      .finally(() => process.exit(0));
  });
}
