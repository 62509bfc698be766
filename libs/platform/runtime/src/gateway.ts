import 'reflect-metadata';
import { Controller, Get, Global, Header, Inject, Module, Res, type DynamicModule, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newTraceId, runWithContext, systemContext } from '@m4pris/platform-core';
import { Bus } from '@m4pris/platform-messaging';
import { AccessTokenVerifier, contextFromHttp } from '@m4pris/platform-auth';
import { documentNestingGuard, gatewayGraphqlModule } from '@m4pris/platform-graphql';
import { authRoutes, type SessionEndpoints } from './auth-routes.js';
import { webAppHandler } from './web-app.js';
import { activeSpanIds, httpServerSpans, metricsRegistry, type HealthRegistry, type Logger } from '@m4pris/platform-observability';

export interface GatewayOptions {
  bus: Bus;
  mode: 'standalone' | 'distributed';
  /** Enabled modules and their GraphQL Nest modules (a disabled module is absent from the schema). */
  modules: { name: string; graphql: Type }[];
  host: string;
  port: number;
  production: boolean;
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Reverse proxies whose X-Forwarded-For is trusted for the client address (0: the TCP peer). */
  trustProxyHops?: number;
  /** Who issues access tokens and where their public keys come from (the identity module). */
  tokens: { issuer: string; audience: string; fetchJwks: () => Promise<{ keys: Record<string, unknown>[] }> };
  health: HealthRegistry;
  logger: Logger;
  /** The built web app (apps/web/dist), served at `/`; absent: no web app. */
  webRoot?: string;
  /** The identity module's sign-in endpoints behind the cookie routes at /auth (absent: no /auth). */
  sessions?: SessionEndpoints;
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

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  metrics() {
    return metricsRegistry.metrics();
  }
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

@Module({})
class GatewayModule {
  static with(o: GatewayOptions): DynamicModule {
    const verifier = new AccessTokenVerifier({ ...o.tokens, fetchJwks: o.tokens.fetchJwks as never });
    return {
      module: GatewayModule,
      imports: [
        BusModule.with(o.bus, o),
        ...o.modules.map((m) => m.graphql),
        gatewayGraphqlModule({
          modules: o.modules.map((m) => m.graphql),
          production: o.production,
          introspection: o.introspection,
          maxDepth: o.maxDepth,
          maxCost: o.maxCost,
          maxAliases: o.maxAliases,
          // With tracing on, the request's trace id is the one of its HTTP span (which continues
          // an incoming `traceparent`), so logs, spans and the bus context agree.
          context: async (req: IncomingMessage) => {
            // Express's `req.ip` honours X-Forwarded-For only as far as `trust proxy` allows.
            const ctx = await contextFromHttp(req.headers, (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress, verifier);
            const span = activeSpanIds();
            return span ? { ...ctx, traceId: span.traceId } : ctx;
          },
          logError: (err) => o.logger.error({ err }, 'internal error in a GraphQL operation'),
        }),
      ],
      controllers: [OpsController],
    };
  }
}

/** Builds the gateway application (not yet listening). */
export async function createGateway(o: GatewayOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.with(o), { logger: false, abortOnError: false, bodyParser: false });
  // First middleware: an HTTP SERVER span per request when tracing is on (a no-op otherwise).
  app.use(httpServerSpans);
  // Staff CSV imports travel inside a GraphQL request: allow a few megabytes.
  app.useBodyParser('json', { limit: '6mb' });
  app.set('trust proxy', o.trustProxyHops ?? 0);
  // Before Apollo parses it: a document nested thousands deep would overflow the parser's stack.
  app.use('/graphql', documentNestingGuard());
  if (o.sessions) {
    const verifier = new AccessTokenVerifier({ ...o.tokens, fetchJwks: o.tokens.fetchJwks as never });
    const sessions = o.sessions;
    const context = (req: IncomingMessage) => contextFromHttp(req.headers, (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress, verifier);
    app.use('/auth', authRoutes({ sessions, context, introspection: o.introspection }));
  }
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

/** The gateway settings every launcher derives the same way from its config. */
export function gatewayLimits(
  http: { GRAPHQL_MAX_DEPTH: number; GRAPHQL_MAX_COST: number; GRAPHQL_MAX_ALIASES: number; GRAPHQL_INTROSPECTION?: string; TRUST_PROXY_HOPS?: number },
  nodeEnv: string,
) {
  const production = nodeEnv === 'production';
  return {
    production,
    introspection: http.GRAPHQL_INTROSPECTION ? http.GRAPHQL_INTROSPECTION === 'true' : !production,
    maxDepth: http.GRAPHQL_MAX_DEPTH,
    maxCost: http.GRAPHQL_MAX_COST,
    maxAliases: http.GRAPHQL_MAX_ALIASES,
    trustProxyHops: http.TRUST_PROXY_HOPS ?? 0,
  };
}
