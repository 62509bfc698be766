import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@m4pris/platform-config';
import { Bus, InProcessTransport, NatsTransport, type Transport } from '@m4pris/platform-messaging';
import { createLogger, HealthRegistry } from '@m4pris/platform-observability';
import { createGateway, hostService, type HostedService } from '@m4pris/platform-runtime';
import { bootstrapPlatformAdmin, identityTokens, moduleEntry } from '@m4pris/modules-registry';
import { createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@m4pris/testing';

export type Mode = 'in-process' | 'nats';

export interface TestPlatform {
  url: string;
  baseUrl: string;
  admin: { email: string; password: string };
  close(): Promise<void>;
  /** Stops the identity service (its handlers leave the bus). */
  stopIdentity(): Promise<void>;
}

const logger = createLogger('e2e', process.env.LOG_LEVEL ?? 'silent');

/**
 * The platform as a frontend meets it: the real gateway over HTTP, the identity service on a real
 * PostgreSQL database, and either the in-process bus or real NATS between them (separate
 * connections for the gateway and the service, as in distributed mode).
 */
export async function startPlatform(mode: Mode, opts: { withIdentityService?: boolean; production?: boolean } = {}): Promise<TestPlatform> {
  const withService = opts.withIdentityService ?? true;
  const db: TestDatabase = await createTestDatabase('e2e');
  let nats: TestNats | undefined;
  let gatewayTransport: Transport;
  let serviceTransport: Transport;
  if (mode === 'nats') {
    nats = await startTestNats();
    const stream = `E2E_${Math.random().toString(36).slice(2, 10)}`;
    gatewayTransport = new NatsTransport({ servers: [nats.url], name: 'e2e-gateway', stream, streamReplicas: 1, logger });
    serviceTransport = new NatsTransport({ servers: [nats.url], name: 'e2e-identity', stream, streamReplicas: 1, logger });
    await gatewayTransport.connect();
    await serviceTransport.connect();
  } else {
    gatewayTransport = serviceTransport = new InProcessTransport();
    await gatewayTransport.connect();
  }
  const gatewayBus = new Bus(gatewayTransport, 5000);
  const serviceBus = new Bus(serviceTransport, 5000);
  const admin = { email: 'admin@e2e.test', password: 'correct horse battery staple' };
  let hosted: HostedService | undefined;
  const entry = moduleEntry('identity');
  if (withService) {
    const def = await entry.service();
    const settings = loadConfig({ s: def.settings }, {}).s;
    hosted = await hostService(def, settings, { transport: serviceTransport, bus: serviceBus, databaseUrl: db.url, migrate: true, logger, outboxPollMs: 200 });
    await bootstrapPlatformAdmin(serviceBus, admin.email, admin.password, () => undefined);
  }
  const app: INestApplication = await createGateway({
    bus: gatewayBus,
    mode: mode === 'nats' ? 'distributed' : 'standalone',
    modules: [{ name: 'identity', graphql: await entry.graphql() }],
    host: '127.0.0.1',
    port: 0,
    production: opts.production ?? false,
    introspection: !(opts.production ?? false),
    maxDepth: 10,
    maxCost: 5000,
    maxAliases: 15,
    tokens: identityTokens(gatewayBus),
    health: new HealthRegistry(),
    logger,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const stopIdentity = async () => {
    if (mode === 'nats') {
      await hosted?.close();
      await serviceTransport.close();
      hosted = undefined;
    } else {
      throw new Error('stopIdentity needs distinct processes/transports (nats mode)');
    }
  };
  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    admin,
    stopIdentity,
    close: async () => {
      await app.close();
      await hosted?.close();
      await gatewayTransport.close();
      if (serviceTransport !== gatewayTransport) await serviceTransport.close();
      await nats?.stop();
      await db.drop();
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string } }[];
}

/** A GraphQL call as a frontend makes it. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

export function codeOf(r: GqlResult): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}
