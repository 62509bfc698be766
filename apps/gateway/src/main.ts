import './node-check.js';
import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@m4pris/platform-config';
import { Bus, NatsTransport } from '@m4pris/platform-messaging';
import { createLogger, HealthRegistry, startTracing } from '@m4pris/platform-observability';
import { findWebRoot, gatewayLimits, startGateway, startOpsServer, tracingFromConfig } from '@m4pris/platform-runtime';
import { identityAuthEndpoints, identitySessions, identityTokens, moduleEntry } from '@m4pris/modules-registry';
import { gatewayConfig } from './config.js';

const cfg = loadConfigOrExit(gatewayConfig);
const logger = createLogger('gateway', cfg.runtime.LOG_LEVEL);
const tracing = await startTracing(tracingFromConfig(cfg.tracing, 'm4pris-gateway'));

const transport = new NatsTransport({
  servers: cfg.nats.NATS_URL.split(','),
  name: 'm4pris-gateway',
  stream: cfg.nats.NATS_EVENT_STREAM,
  streamReplicas: cfg.nats.NATS_STREAM_REPLICAS,
  logger,
});
await transport.connect();
const bus = new Bus(transport, cfg.runtime.REQUEST_TIMEOUT_MS);
const modules = await Promise.all(cfg.modules.MODULES.map(async (name) => ({ name, graphql: await moduleEntry(name).graphql() })));

const health = new HealthRegistry();
const app = await startGateway({
  bus,
  mode: 'distributed',
  modules,
  host: cfg.http.HOST,
  port: cfg.http.PORT,
  ...gatewayLimits(cfg.http),
  tokens: identityTokens(bus),
  sessions: identitySessions(bus),
  authEndpoints: identityAuthEndpoints(bus),
  // The built web app beside this app (apps/web/dist), served at `/`.
  webRoot: findWebRoot([fileURLToPath(new URL('../../web/dist', import.meta.url))]),
  health,
  logger,
});
// /metrics and /health on the ops port, never on the public one.
const ops = await startOpsServer({ host: cfg.ops.OPS_HOST, port: cfg.ops.OPS_PORT, health, logger });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => ops.close())
      .then(() => transport.close())
      .then(() => tracing?.shutdown())
      .finally(() => process.exit(0));
  });
}
