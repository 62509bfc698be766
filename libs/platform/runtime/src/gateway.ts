import 'reflect-metadata';
import { Controller, Get, Global, Inject, Module, Res, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as legacyUrlParse } from 'node:url';
import { newTraceId, runWithContext, systemContext, type RequestContext, type SessionAccount } from '@m4pris/platform-core';
import { Bus } from '@m4pris/platform-messaging';
import { AccessTokenVerifier, callerFromHttp, SessionGate, type HttpCaller, type SessionState } from '@m4pris/platform-auth';
import { documentNestingGuard, gatewayGraphqlModule, MutationsNeedAuthentication } from '@m4pris/platform-graphql';
import { activeSpanIds, httpServerSpans, type HealthRegistry, type Logger } from '@m4pris/platform-observability';
import { authRoutes, type SessionEndpoints } from './auth-routes.js';
import { webAppHandler } from './web-app.js';

export interface GatewayOptions {
  bus: Bus;
  mode: 'standalone' | 'distributed';
  /** Enabled modules and their GraphQL Nest modules (a disabled module is absent from the schema). */
  modules: { name: string; graphql: Type }[];
  host: string;
  port: number;
  /** Production posture: no field suggestions (the default in every mode; off only in developer mode). */
  production: boolean;
  introspection: boolean;
  /** The GraphiQL explorer at GET /graphql (developer mode only). */
  explorer?: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Reverse proxies whose X-Forwarded-For is trusted for the client address (0: the TCP peer). */
  trustProxyHops?: number;
  /** Who issues access tokens and where their public keys come from (the identity module). */
  tokens: { issuer: string; audience: string; fetchJwks: () => Promise<{ keys: Record<string, unknown>[] }> };
  /** Identity's answer on an account's sessions (per request): tokens of ended sessions are refused. */
  sessions?: (accountId: string) => Promise<SessionState>;
  health: HealthRegistry;
  logger: Logger;
  /** The built web app (apps/web/dist), served at `/`; absent: no web app. */
  webRoot?: string;
  /** The identity module's sign-in endpoints behind the cookie routes at /auth (absent: no /auth). */
  authEndpoints?: SessionEndpoints;
}

const OPTIONS = Symbol('gateway-options');

@Controller()
class OpsController {
  constructor(@Inject(OPTIONS) private readonly o: GatewayOptions) {}

  /** State of each enabled module (answering on the bus, its database) and of the bus itself. */
  @Get('health')
  async health() {
    const modules: Record<string, unknown> = {};
    await Promise.all(
      this.o.modules.map(async (m) => {
        const started = Date.now();
        const reply = await runWithContext(systemContext(newTraceId()), () => this.o.bus.ping(m.name, 1500));
        if (!reply) modules[m.name] = { status: 'down', reason: 'MODULE_UNAVAILABLE' };
        else modules[m.name] = reply.ok ? { ...(reply.data as object), latencyMs: Date.now() - started } : { status: 'down' };
      }),
    );
    const components = await this.o.health.report();
    const allUp = Object.values(modules).every((m) => (m as { status: string }).status === 'up') && components.status === 'ok';
    return {
      status: allUp ? 'ok' : 'degraded',
      mode: this.o.mode,
      bus: { transport: this.o.bus.transport.kind, status: this.o.bus.transport.isHealthy() ? 'up' : 'down' },
      modules,
      components: components.components,
    };
  }

  /** Liveness: the process answers. */
  @Get('health/live')
  live() {
    return { status: 'alive' };
  }

  /** Readiness: connected to the bus (a module that is down is answered MODULE_UNAVAILABLE, fast). */
  @Get('health/ready')
  ready(@Res({ passthrough: true }) res: { status(code: number): unknown }) {
    const up = this.o.bus.transport.isHealthy();
    res.status(up ? 200 : 503);
    return { status: up ? 'ok' : 'degraded', bus: up ? 'up' : 'down' };
  }
  // No /metrics here: the public port never serves it (its labels name bus subjects such as
  // concern.raise, and scraping is an operator's job). It is on the ops port (startOpsServer).
}

@Global()
@Module({})
class BusModule {
  static with(bus: Bus, o: GatewayOptions): DynamicModule {
    return {
      module: BusModule,
      providers: [
        { provide: Bus, useValue: bus },
        { provide: OPTIONS, useValue: o },
      ],
      exports: [Bus, OPTIONS],
    };
  }
}

/**
 * The caller from an HTTP request (its context, and the account the session check read): one token
 * verifier (its JWKS and claims caches) and one session gate for the whole gateway, shared by
 * /graphql and the cookie routes at /auth.
 */
function httpCallers(o: GatewayOptions): (req: IncomingMessage) => Promise<HttpCaller> {
  const verifier = new AccessTokenVerifier({ ...o.tokens, fetchJwks: o.tokens.fetchJwks as never });
  const sessions = o.sessions ? new SessionGate(o.sessions, (err) => o.logger.warn({ err }, 'identity did not answer the session check; the token signature alone decided')) : undefined;
  // Express's `req.ip` honours X-Forwarded-For only as far as `trust proxy` allows.
  return (req) => callerFromHttp(req.headers, (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress, verifier, sessions);
}

@Module({})
class GatewayModule {
  static with(o: GatewayOptions, callerOf: (req: IncomingMessage) => Promise<HttpCaller>): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        BusModule.with(o.bus, o),
        ...o.modules.map((m) => m.graphql),
        gatewayGraphqlModule({
          modules: o.modules.map((m) => m.graphql),
          production: o.production,
          introspection: o.introspection,
          explorer: o.explorer ?? false,
          maxDepth: o.maxDepth,
          maxCost: o.maxCost,
          maxAliases: o.maxAliases,
          // With tracing on, the request's trace id is the one of its HTTP span (which continues
          // an incoming `traceparent`), so logs, spans and the bus context agree.
          context: async (req: IncomingMessage): Promise<{ ctx: RequestContext; account?: SessionAccount }> => {
            const caller = await callerOf(req);
            const span = activeSpanIds();
            return span ? { ...caller, ctx: { ...caller.ctx, traceId: span.traceId } } : caller;
          },
          logError: (err) => o.logger.error({ err }, 'internal error in a GraphQL operation'),
        }),
      ],
      controllers: [OpsController],
      // Authentication first: an anonymous mutation is UNAUTHENTICATED unless marked @PublicMutation().
      providers: [{ provide: APP_GUARD, useClass: MutationsNeedAuthentication }],
    };
  }
}

/**
 * Apollo's Express integration calls the legacy `url.parse(req.url)` on every request. Node 24 walks
 * the caller's stack on each such call, until it has once warned (DEP0169), to tell whether the
 * caller lives in node_modules (no warning then): ~20–50 µs per request, 3 % of the gateway's CPU
 * in the `me` profile. One call from here, with deprecation warnings muted for that call only, spends
 * that once-per-process warning silently; every later call skips the walk. Nothing of ours uses
 * `url.parse` (the WHATWG URL everywhere), so the muted warning hides nothing of ours.
 */
export function settleLegacyUrlParseCheck(): void {
  const muted = process.noDeprecation;
  process.noDeprecation = true;
  try {
    legacyUrlParse('/');
  } finally {
    process.noDeprecation = muted;
  }
}

/** Builds the gateway application (not yet listening). */
export async function createGateway(o: GatewayOptions): Promise<INestApplication> {
  settleLegacyUrlParseCheck();
  const callerOf = httpCallers(o);
  const contextOf = async (req: IncomingMessage) => (await callerOf(req)).ctx;
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.with(o, callerOf), { logger: false, abortOnError: false, bodyParser: false });
  // First middleware: an HTTP SERVER span per request when tracing is on (a no-op otherwise).
  app.use(httpServerSpans);
  // Staff CSV imports travel inside a GraphQL request: allow a few megabytes.
  app.useBodyParser('json', { limit: '6mb' });
  app.set('trust proxy', o.trustProxyHops ?? 0);
  // No `X-Powered-By: Express`: nothing tells a scanner what runs here.
  app.disable('x-powered-by');
  // Before Apollo parses it: a document nested thousands deep would overflow the parser's stack.
  app.use('/graphql', documentNestingGuard());
  if (o.authEndpoints) app.use('/auth', authRoutes({ sessions: o.authEndpoints, context: contextOf, introspection: o.introspection }));
  if (o.webRoot) {
    // A browser opening /graphql gets the bundled explorer (Apollo's landing page is off).
    app.use('/graphql', (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (req.method === 'GET' && !(req.url ?? '').includes('query=') && (req.headers.accept ?? '').includes('text/html')) {
        res.statusCode = 302;
        res.setHeader('location', '/explorer');
        return res.end();
      }
      next();
    });
    app.use(webAppHandler(o.webRoot));
  }
  app.enableShutdownHooks();
  return app;
}

export async function startGateway(o: GatewayOptions): Promise<INestApplication> {
  const app = await createGateway(o);
  await app.listen(o.port, o.host);
  o.logger.info({ url: `http://localhost:${o.port}/graphql`, modules: o.modules.map((m) => m.name) }, 'gateway listening');
  return app;
}

/**
 * The gateway settings every launcher derives the same way from its config. Production posture in
 * every mode (standalone too, whatever NODE_ENV says): no introspection, no field suggestions, no
 * explorer. GRAPHQL_DEVELOPER_MODE=true turns all three on for development on one's own machine;
 * GRAPHQL_INTROSPECTION still overrides introspection alone.
 */
export function gatewayLimits(http: {
  GRAPHQL_MAX_DEPTH: number;
  GRAPHQL_MAX_COST: number;
  GRAPHQL_MAX_ALIASES: number;
  GRAPHQL_INTROSPECTION?: string;
  GRAPHQL_DEVELOPER_MODE?: string;
  TRUST_PROXY_HOPS?: number;
}) {
  const developer = http.GRAPHQL_DEVELOPER_MODE === 'true';
  return {
    production: !developer,
    introspection: http.GRAPHQL_INTROSPECTION ? http.GRAPHQL_INTROSPECTION === 'true' : developer,
    explorer: developer,
    maxDepth: http.GRAPHQL_MAX_DEPTH,
    maxCost: http.GRAPHQL_MAX_COST,
    maxAliases: http.GRAPHQL_MAX_ALIASES,
    trustProxyHops: http.TRUST_PROXY_HOPS ?? 0,
  };
}
