import 'reflect-metadata';
import { loadConfigOrExit } from '@m4pris/platform-config';
import { Bus, NatsTransport } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { hostService, migrateService } from '@m4pris/platform-runtime';
import { evaluationService } from '@m4pris/evaluation-service';
import { evaluationConfig } from './config.js';

const cfg = loadConfigOrExit(evaluationConfig);
const logger = createLogger('evaluation', cfg.runtime.LOG_LEVEL);

if (process.argv[2] === 'migrate') {
  // Deploy step: run once before the replicas start (never raced: advisory lock).
  await migrateService(evaluationService, cfg.database.DATABASE_URL, logger);
  process.exit(0);
}

const transport = new NatsTransport({
  servers: cfg.nats.NATS_URL.split(','),
  name: 'm4pris-evaluation',
  stream: cfg.nats.NATS_EVENT_STREAM,
  streamReplicas: cfg.nats.NATS_STREAM_REPLICAS,
  logger,
});
await transport.connect();
const bus = new Bus(transport, cfg.runtime.REQUEST_TIMEOUT_MS);
const hosted = await hostService(evaluationService, cfg.evaluation, {
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
