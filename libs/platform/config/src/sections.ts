import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { csv, Env } from './config.js';

export const KNOWN_MODULES = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] as const;
export type ModuleName = (typeof KNOWN_MODULES)[number];

/** Settings every process has. */
export class RuntimeSettings {
  @Env('development | production | test. The GraphQL posture does not depend on it (see GRAPHQL_DEVELOPER_MODE).')
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @Env('Log level: fatal, error, warn, info, debug, trace, silent.')
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Env('Timeout of every bus request, in milliseconds.')
  @IsInt() @Min(50) @Max(60_000)
  REQUEST_TIMEOUT_MS: number = 5000;
}

/** Distributed mode: where the bus is. */
export class NatsSettings {
  @Env('NATS server URL(s), comma-separated (distributed mode).', { example: 'nats://127.0.0.1:4222' })
  @IsString() @Matches(/^(nats|tls|ws|wss):\/\/[^\s]+$/, { message: 'NATS_URL must look like nats://host:port' })
  NATS_URL: string = 'nats://127.0.0.1:4222';

  @Env('JetStream stream holding domain events.')
  @IsString() @Matches(/^[A-Za-z0-9_-]+$/)
  NATS_EVENT_STREAM: string = 'M4PRIS_EVENTS';

  @Env('Replicas of the event stream (1 on a single node, 3 in a cluster).')
  @IsInt() @Min(1) @Max(5)
  NATS_STREAM_REPLICAS: number = 1;
}

/** Distributed mode: where a service's database is. */
export class DatabaseSettings {
  @Env('PostgreSQL URL of the service (distributed mode); each service uses its own schema.', {
    example: 'postgres://postgres@127.0.0.1:5432/m4pris',
  })
  @IsString() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  @Matches(/^(?![^?]*\?(?:.*&)?sslmode=(?!(?:disable|require|verify-ca|verify-full)(?:&|$)))/, {
    message: 'DATABASE_URL sslmode must be disable, require, verify-ca or verify-full',
  })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/m4pris';

  @Env(
    'CA certificate (PEM file) the database server certificate must chain to, for sslmode=verify-ca or verify-full in DATABASE_URL (sslmode: disable — the default —, require, verify-ca, verify-full; prefer/allow are refused). Unset: the URL\'s sslrootcert, else the public CAs.',
    { example: '' },
  )
  @IsOptional() @IsString()
  DATABASE_SSL_CA_FILE?: string;

  @Env('Connection pool size per service process.')
  @IsInt() @Min(1) @Max(100)
  DATABASE_POOL_MAX: number = 10;

  @Env('Apply pending migrations when the service starts (default: refuse to start; run the migrate command as a deploy step).')
  @IsIn(['true', 'false'])
  MIGRATE_ON_START: string = 'false';
}

/** Which modules this deployment runs (the gateway exposes only these). */
export class ModulesSettings {
  @Env(`Enabled modules, comma-separated, from: ${KNOWN_MODULES.join(', ')}.`)
  @Transform(({ value }) => csv(value))
  @IsIn(KNOWN_MODULES, { each: true, message: `MODULES may only list ${KNOWN_MODULES.join(', ')}` })
  MODULES: string[] = [...KNOWN_MODULES];
}

export class HttpSettings {
  @Env('HTTP port of the gateway.')
  @IsInt() @Min(1) @Max(65535)
  PORT: number = 4000;

  @Env('Address the HTTP server listens on.')
  @IsString()
  HOST: string = '0.0.0.0';

  @Env('Maximum GraphQL query depth.')
  @IsInt() @Min(2) @Max(50)
  GRAPHQL_MAX_DEPTH: number = 10;

  @Env('Maximum GraphQL query cost (graphql-armor cost limit).')
  @IsInt() @Min(100)
  GRAPHQL_MAX_COST: number = 5000;

  @Env('Maximum aliases in one GraphQL operation (`__typename` aliases count too).')
  @IsInt() @Min(1) @Max(100)
  GRAPHQL_MAX_ALIASES: number = 15;

  @Env(
    'Reverse proxies in front of the gateway (ingress, load balancer) whose X-Forwarded-For to trust; the client address sign-in throttling counts is taken that many hops back. 0: the TCP peer (direct exposure). Behind one ingress set 1, or every client shares the ingress address and its per-address failure limit.',
  )
  @IsInt() @Min(0) @Max(10)
  TRUST_PROXY_HOPS: number = 0;

  @Env('Allow schema introspection (default: only in developer mode).', { example: '' })
  @IsOptional() @IsIn(['true', 'false'])
  GRAPHQL_INTROSPECTION?: string;

  @Env('Developer mode, for your own machine only: the GraphiQL explorer at /graphql, introspection and field suggestions. Default false: production posture in every mode, standalone included (no introspection, no suggestions, no explorer).')
  @IsIn(['true', 'false'])
  GRAPHQL_DEVELOPER_MODE: string = 'false';
}

/**
 * The operations port of every process (a service, the gateway, standalone): `/health` and
 * `/metrics`. Never the public GraphQL port: metrics name bus subjects (how many concerns were raised).
 */
export class OpsSettings {
  @Env('Ops HTTP port of every process (services, gateway, standalone) for /health (readiness), /health/live and /metrics (Prometheus). /metrics is never served on the public PORT.')
  @IsInt() @Min(1) @Max(65535)
  OPS_PORT: number = 9400;

  @Env('Address the ops port listens on. Loopback by default (metrics are not public); in a container set 0.0.0.0 so Prometheus and the kubelet reach it (the Kubernetes manifests do), and keep that port out of any ingress.')
  @IsString() @Matches(/^[0-9A-Za-z.:[\]-]+$/, { message: 'OPS_HOST must be an address or host name' })
  OPS_HOST: string = '127.0.0.1';
}

/** OpenTelemetry tracing: off unless an OTLP endpoint is set or TRACING_ENABLED=true. */
export class TracingSettings {
  @Env('OTLP/HTTP endpoint of an OpenTelemetry collector (e.g. http://otel-collector:4318). Set: traces are exported there.', { example: '' })
  @IsOptional() @Matches(/^https?:\/\/\S+$/, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s):// URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @Env('Export traces even without OTEL_EXPORTER_OTLP_ENDPOINT (to the exporter default http://localhost:4318, or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).')
  @IsIn(['true', 'false'])
  TRACING_ENABLED: string = 'false';

  @Env('Service name on the spans (default: m4pris-<process>).', { example: '' })
  @IsOptional() @IsString() @Matches(/^[\w.-]+$/)
  OTEL_SERVICE_NAME?: string;

  @Env('Fraction of new traces sampled, 0 to 1 (a caller that sends a sampled traceparent is always followed).')
  @IsNumber() @Min(0) @Max(1)
  TRACING_SAMPLE_RATIO: number = 1;
}

/** The platform admin created on first start (by standalone, or the identity service). */
export class AdminSettings {
  @Env('Email of the platform admin created on first start.')
  @IsEmail({}, { message: 'PLATFORM_ADMIN_EMAIL must be an email address' })
  PLATFORM_ADMIN_EMAIL: string = 'admin@m4pris.local';

  @Env('Password of that admin (first start only). Unset: one is generated and printed once.', { example: '', secret: true })
  @IsOptional() @IsString() @MinLength(12, { message: 'PLATFORM_ADMIN_PASSWORD must be at least 12 characters' })
  PLATFORM_ADMIN_PASSWORD?: string;
}

/** Standalone mode: where data lives. */
export class StandaloneSettings {
  @Env('Directory for embedded PostgreSQL data (kept across restarts).')
  @IsString()
  DATA_DIR: string = '.data';

  @Env('Port of the embedded PostgreSQL (loopback only).')
  @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT: number = 54329;

  @Env('Use this PostgreSQL instead of the embedded one (standalone mode).', { example: '' })
  @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'STANDALONE_DATABASE_URL must be a postgres:// URL' })
  STANDALONE_DATABASE_URL?: string;
}
