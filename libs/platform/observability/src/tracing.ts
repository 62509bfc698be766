import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace';

/**
 * OpenTelemetry tracing, off unless started. Everything here goes through `@opentelemetry/api`,
 * which is a no-op until `startTracing` registers a provider, so the helpers cost next to nothing
 * when tracing is off.
 *
 * Trace ids are the platform's own: the `traceId` of the RequestContext (logged on every line, and
 * carried in the `m4p-context` header) IS the W3C/OTel trace id. The bus puts the caller's span in
 * the standard `traceparent` header next to the context header, so a trace runs gateway → NATS →
 * service → SQL.
 */

export interface TracingOptions {
  /** `service.name` of the spans (e.g. m4pris-gateway, m4pris-identity). */
  serviceName: string;
  /**
   * Export over OTLP/HTTP. A base URL (`http://otel-collector:4318`) gets `/v1/traces` appended, as
   * OTEL_EXPORTER_OTLP_ENDPOINT does; `true` uses the exporter's own defaults and OTEL_* variables.
   */
  otlp?: string | true;
  /** Also export to this exporter, span by span (tests: an InMemorySpanExporter). */
  exporter?: SpanExporter;
  /** Fraction of new traces sampled (a caller's sampling decision is kept). Default 1. */
  sampleRatio?: number;
}

export interface Tracing {
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
}

let active: Tracing | undefined;

/** Whether a tracer provider was started in this process. */
export function tracingActive(): boolean {
  return active !== undefined;
}

/**
 * Registers a tracer provider (W3C trace context, AsyncLocalStorage context) and the PostgreSQL
 * instrumentation. Returns undefined, and changes nothing, when neither `otlp` nor `exporter` is set.
 */
export async function startTracing(o: TracingOptions): Promise<Tracing | undefined> {
  if (!o.otlp && !o.exporter) return undefined;
  if (active) throw new Error('tracing is already started in this process');
  const [sdk, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }, { resourceFromAttributes }, { PgInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-trace'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  const spanProcessors = [];
  if (o.otlp) {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    const url = typeof o.otlp === 'string' ? `${o.otlp.replace(/\/+$/, '')}/v1/traces` : undefined;
    spanProcessors.push(new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(url ? { url } : {}) }));
  }
  if (o.exporter) spanProcessors.push(new sdk.SimpleSpanProcessor({ exporter: o.exporter }));
  const provider = new sdk.TracerProvider({
    resource: resourceFromAttributes({ 'service.name': o.serviceName }),
    sampler: new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(o.sampleRatio ?? 1) }),
    spanProcessors,
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);

  // SQL spans. The instrumentation hooks modules loaded from now on; `pg` may already be loaded
  // (ESM imports are resolved before any code runs, and test runners keep their own module
  // registry), so the loaded copy is patched directly too — its patches are idempotent.
  const pg = new PgInstrumentation({ requireParentSpan: true });
  pg.setTracerProvider(provider);
  pg.enable();
  for (const def of pg.getModuleDefinitions()) {
    if (def.name !== 'pg' && def.name !== 'pg-pool') continue;
    const loaded = (await import(def.name)) as { default?: unknown };
    def.patch?.(loaded.default ?? loaded, undefined);
  }

  active = {
    forceFlush: () => provider.forceFlush(),
    shutdown: async () => {
      pg.disable();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
      active = undefined;
    },
  };
  return active;
}

export function tracer() {
  return trace.getTracer('m4pris');
}

/** The active span's ids, if a recording span is active (for log lines). */
export function activeSpanIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const sc = span.spanContext();
  return trace.isSpanContextValid(sc) ? { traceId: sc.traceId, spanId: sc.spanId } : undefined;
}

/**
 * The context a span for `traceId` should start in: the active one when it belongs to that trace,
 * otherwise a remote parent in that trace (e.g. an event consumed later, a job with its own trace
 * id), so that every span carries the trace id the logs show.
 */
export function contextForTrace(traceId: string, parent: Context = context.active()): Context {
  if (!active) return parent;
  const sc = trace.getSpanContext(parent);
  if (sc && sc.traceId === traceId) return parent;
  if (!/^[0-9a-f]{32}$/.test(traceId) || /^0+$/.test(traceId)) return parent;
  return trace.setSpanContext(parent, { traceId, spanId: randomBytes(8).toString('hex'), traceFlags: TraceFlags.SAMPLED, isRemote: true });
}

/** Runs `fn` in a new active span; ends it, and marks it failed when `fn` throws. */
export async function withSpan<T>(
  name: string,
  opts: { kind: SpanKind; attributes?: Attributes; parent?: Context },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = opts.parent ?? context.active();
  return tracer().startActiveSpan(name, { kind: opts.kind, attributes: opts.attributes }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.recordException(e as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (e as Error)?.message });
      throw e;
    } finally {
      span.end();
    }
  });
}

/** Writes the active span as `traceparent` (and `tracestate`) into message headers. */
export function injectTraceHeaders(headers: Record<string, string>, ctx: Context = context.active()): void {
  if (!trace.getSpan(ctx)?.isRecording()) return;
  propagation.inject(ctx, headers, { set: (carrier, key, value) => (carrier[key] = value) });
}

/** The caller's span context from message headers (`traceparent`), as a parent context. */
export function extractTraceHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(ROOT_CONTEXT, headers, {
    get: (carrier, key) => carrier[key.toLowerCase()],
    keys: (carrier) => Object.keys(carrier as object),
  });
}

/**
 * Connect-style middleware for the gateway: a SERVER span per HTTP request, continuing the
 * caller's `traceparent`, active while the request is handled (bodies included).
 */
export function httpServerSpans(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  if (!active) return next();
  const path = (req.url ?? '/').split('?')[0];
  const parent = extractTraceHeaders(req.headers);
  const span = tracer().startSpan(
    `${req.method ?? 'GET'} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path } },
    parent,
  );
  const ctx = trace.setSpan(parent, span);
  context.bind(ctx, req);
  context.bind(ctx, res);
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(ctx, next);
}

export { SpanKind, SpanStatusCode };

/** Names the active span after what it did (e.g. the GraphQL operation) and adds attributes. */
export function describeActiveSpan(name: string | undefined, attributes: Attributes = {}): void {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return;
  if (name) span.updateName(name);
  span.setAttributes(attributes);
}
