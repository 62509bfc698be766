import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { loadConfig } from '@m4pris/platform-config';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newTraceId, validatePayload, type EventDef } from '@m4pris/platform-core';
import { Bus, InProcessTransport, NatsTransport, type Transport } from '@m4pris/platform-messaging';
import { createLogger, HealthRegistry } from '@m4pris/platform-observability';
import { createGateway, hostService, type HostedService } from '@m4pris/platform-runtime';
import { identitySessions, identityTokens, moduleEntry, MODULES, type ModuleName } from '@m4pris/modules-registry';
import { bootstrapPlatformAdmin } from '@m4pris/identity-service/admin-bootstrap';
import { moduleService } from '../src/modules.js';
import { createTestDatabase, startTestNats, type MailSource, type SmtpSink, type TestDatabase, type TestNats } from '@m4pris/testing';

export type Mode = 'in-process' | 'nats';

export interface TestPlatform {
  url: string;
  baseUrl: string;
  /** The test database every service of this platform uses (one PostgreSQL schema per module). */
  databaseUrl: string;
  admin: { email: string; password: string };
  /** Modules whose GraphQL adapters the gateway serves. */
  modules: ModuleName[];
  /**
   * Where the notifications module writes each e-mail as an .eml file (a fresh temporary folder,
   * removed on close) unless the test gave it an SMTP_URL; read it as a person reads their mailbox.
   */
  mailDir: string;
  /** The gateway's bus: a module's subject called directly, as any client on the bus could (attacks that skip the GraphQL layer). */
  bus: Bus;
  /** Where this platform's mail arrives: `mailDir`, or the SMTP server of `options.smtp`. */
  mailbox: MailSource;
  close(): Promise<void>;
  /** Stops one module's service (its handlers leave the bus); nats mode only. */
  stopModule(name: ModuleName): Promise<void>;
  /** Stops the identity service (its handlers leave the bus). */
  stopIdentity(): Promise<void>;
  /** A running module's Nest application (to run one of its periodic sweeps now instead of waiting for its timer). */
  moduleApp(name: ModuleName): INestApplicationContext;
  /**
   * Publishes a domain event on the real bus as its producing module would (for modules not in this
   * build yet, e.g. programmes events feeding matching); resolves once the bus accepted it.
   */
  publish<P extends object>(def: EventDef<P>, payload: P & { tenantId?: string | null }): Promise<void>;
}

export interface PlatformOptions {
  /** Modules in the gateway (default: every module of this build). */
  modules?: ModuleName[];
  /** Modules whose services run (default: all of `modules`). Leave one out to test MODULE_UNAVAILABLE. */
  services?: ModuleName[];
  /** Shorthand for leaving the identity service out. */
  withIdentityService?: boolean;
  production?: boolean;
  /** The launchers' posture (gatewayLimits of a config): production, introspection, explorer. Wins over `production`. */
  posture?: { production: boolean; introspection: boolean; explorer: boolean };
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is trusted (TRUST_PROXY_HOPS). */
  trustProxyHops?: number;
  /** A real SMTP server in the test process (startSmtpSink): the notifications module sends to it (SMTP_URL) instead of writing .eml files. */
  smtp?: SmtpSink;
  /** Per-module settings overrides, e.g. `{ programmes: { ... } }`. */
  settings?: Partial<Record<ModuleName, Record<string, unknown>>>;
  /** Bus request timeout (default 5000 ms, the launchers' REQUEST_TIMEOUT_MS); a suite that signs in many times on a shared, loaded machine may raise it. */
  busTimeoutMs?: number;
  /**
   * Observers for counting what one request costs: every bus request any party of the platform sends
   * (with its headers: the context carries the trace id), and every SQL statement of every service
   * (MikroORM's onQuery hook; read `currentContext()` for the request it belongs to).
   */
  observe?: { onRequest?: (subject: string, headers: Record<string, string>) => void; onQuery?: (sql: string) => void };
}

const logger = createLogger('e2e', process.env.LOG_LEVEL ?? 'silent');

/** Bus request timeout of the test platform; E2E_BUS_TIMEOUT_MS raises it on a heavily loaded machine (sign-in hashing is slow there). */
const BUS_TIMEOUT_MS = Number(process.env.E2E_BUS_TIMEOUT_MS ?? 5000);

/** Each running platform's mailbox by GraphQL URL, for helpers that are given only the URL (fixtures.firstAdmin). */
const mailboxes = new Map<string, MailSource>();

/** The mailbox of the platform serving `url` (its pickup directory or SMTP server). */
export function mailboxOf(url: string): MailSource {
  const m = mailboxes.get(url);
  if (!m) throw new Error(`no test platform serves ${url}`);
  return m;
}

/**
 * The platform as a frontend meets it: the real gateway over HTTP, each module's service on a real
 * PostgreSQL database (one schema each), and either the in-process bus or real NATS between them
 * (a separate connection per service and for the gateway, as in distributed mode).
 */
export async function startPlatform(mode: Mode, opts: PlatformOptions = {}): Promise<TestPlatform> {
  const modules = opts.modules ?? (Object.keys(MODULES) as ModuleName[]);
  let services = opts.services ?? modules;
  if (opts.withIdentityService === false) services = services.filter((m) => m !== 'identity');
  // Invitations reach people only by mail (issue 13): wherever identity runs, notifications runs too
  // (its GraphQL stays out of the gateway unless asked for).
  if (services.includes('identity') && !services.includes('notifications')) services = [...services, 'notifications'];
  const db: TestDatabase = await createTestDatabase('e2e');
  let nats: TestNats | undefined;
  let gatewayTransport: Transport;
  const stream = `E2E_${Math.random().toString(36).slice(2, 10)}`;
  const observed = (t: Transport): Transport => {
    const onRequest = opts.observe?.onRequest;
    if (!onRequest) return t;
    const request = t.request.bind(t);
    t.request = (subject, body, headers, timeoutMs) => {
      onRequest(subject, headers);
      return request(subject, body, headers, timeoutMs);
    };
    return t;
  };
  const transportFor = async (name: string): Promise<Transport> => {
    if (mode === 'in-process') return gatewayTransport;
    const t = new NatsTransport({ servers: [nats!.url], name: `e2e-${name}`, stream, streamReplicas: 1, logger });
    await t.connect();
    return observed(t);
  };
  if (mode === 'nats') {
    nats = await startTestNats();
    gatewayTransport = new NatsTransport({ servers: [nats.url], name: 'e2e-gateway', stream, streamReplicas: 1, logger });
  } else {
    gatewayTransport = new InProcessTransport();
  }
  await gatewayTransport.connect();
  observed(gatewayTransport);
  const gatewayBus = new Bus(gatewayTransport, opts.busTimeoutMs ?? BUS_TIMEOUT_MS);
  const admin = { email: 'admin@e2e.test', password: 'correct horse battery staple' };
  const hosted = new Map<ModuleName, { service: HostedService; transport: Transport }>();
  const dataDir = mkdtempSync(join(tmpdir(), 'm4p-e2e-'));
  const defaults: Partial<Record<ModuleName, Record<string, unknown>>> = {
    notifications: { DATA_DIR: dataDir, MAIL_POLL_MS: 200, MAIL_DEFAULT_WINDOW: 'always', ...(opts.smtp ? { SMTP_URL: opts.smtp.url } : {}) },
    identity: { SIGNING_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
  };
  for (const name of services) {
    const def = await moduleService(name);
    const settings = { ...loadConfig({ s: def.settings }, {}).s, ...defaults[name], ...(opts.settings?.[name] ?? {}) };
    const transport = await transportFor(name);
    const bus = new Bus(transport, opts.busTimeoutMs ?? BUS_TIMEOUT_MS);
    const service = await hostService(def, settings, { transport, bus, databaseUrl: db.url, migrate: true, logger, outboxPollMs: 100, ...(opts.observe?.onQuery ? { onQuery: opts.observe.onQuery } : {}) });
    hosted.set(name, { service, transport });
    if (name === 'identity') await bootstrapPlatformAdmin(bus, admin.email, admin.password, () => undefined);
  }
  const app: INestApplication = await createGateway({
    bus: gatewayBus,
    mode: mode === 'nats' ? 'distributed' : 'standalone',
    modules: await Promise.all(modules.map(async (name) => ({ name, graphql: await moduleEntry(name).graphql() }))),
    host: '127.0.0.1',
    port: 0,
    production: opts.production ?? false,
    introspection: !(opts.production ?? false),
    ...(opts.posture ? { production: opts.posture.production, introspection: opts.posture.introspection, explorer: opts.posture.explorer } : {}),
    maxDepth: 10,
    maxCost: 5000,
    maxAliases: 15,
    trustProxyHops: opts.trustProxyHops ?? 0,
    tokens: identityTokens(gatewayBus),
    sessions: identitySessions(gatewayBus),
    health: new HealthRegistry(),
    logger,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const mailbox: MailSource = opts.smtp ?? join(dataDir, 'mail');
  mailboxes.set(`${baseUrl}/graphql`, mailbox);
  const stopModule = async (name: ModuleName) => {
    if (mode !== 'nats') throw new Error('stopModule needs distinct transports (nats mode)');
    const h = hosted.get(name);
    if (!h) return;
    await h.service.close();
    await h.transport.close();
    hosted.delete(name);
  };
  return {
    url: `${baseUrl}/graphql`,
    baseUrl,
    databaseUrl: db.url,
    admin,
    modules,
    mailDir: join(dataDir, 'mail'),
    bus: gatewayBus,
    mailbox,
    stopModule,
    stopIdentity: () => stopModule('identity'),
    moduleApp: (name) => {
      const h = hosted.get(name);
      if (!h) throw new Error(`module ${name} is not running in this platform`);
      return h.service.app;
    },
    publish: async (def, payload) => {
      const valid = JSON.parse(JSON.stringify(validatePayload(def.payload, JSON.parse(JSON.stringify(payload)) as unknown))) as unknown;
      await gatewayTransport.publish({ id: randomUUID(), subject: def.subject, occurredAt: new Date().toISOString(), tenantId: payload.tenantId ?? null, traceId: newTraceId(), payload: valid });
    },
    close: async () => {
      mailboxes.delete(`${baseUrl}/graphql`);
      await app.close();
      for (const [, h] of [...hosted].reverse()) {
        await h.service.close();
        if (h.transport !== gatewayTransport) await h.transport.close();
      }
      await gatewayTransport.close();
      await nats?.stop();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string; fields?: { field: string; message: string }[] } }[];
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
