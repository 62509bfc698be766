import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { createLogger, SpanKind, startTracing, type Tracing, withSpan } from '@m4pris/platform-observability';
import { describeWithNats } from '@m4pris/testing';
import { gql, startPlatform, type TestPlatform } from './platform.js';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

/**
 * One trace from the HTTP request at the gateway, through a real NATS server, into the identity
 * service and its SQL: the spans are collected in memory, the bus, NATS and PostgreSQL are real.
 */
describeWithNats('OpenTelemetry: gateway → NATS → service → SQL in one trace', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let p: TestPlatform;

  beforeAll(async () => {
    tracing = (await startTracing({ serviceName: 'e2e-tracing', exporter }))!;
    p = await startPlatform('nats');
  });
  afterAll(async () => {
    await p?.close();
    await tracing?.shutdown();
  });

  it('continues the caller traceparent across the bus and nests the SQL under the service span', async () => {
    exporter.reset();
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const r = await gql(p.url, LOGIN, { input: p.admin }, undefined, { traceparent: `00-${traceId}-${callerSpanId}-01` });
    expect(r.errors).toBeUndefined();
    await tracing.forceFlush();

    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => byId.get(s.parentSpanContext?.spanId ?? '');

    // Gateway: the HTTP span continues the caller's trace and is named after the operation's root
    // field (a name the server bounds, never the client-chosen operation name: issue 13).
    const http = spans.find((s) => s.kind === SpanKind.SERVER && s.name.startsWith('POST /graphql'));
    expect(http?.name).toBe('POST /graphql mutation login');
    expect(http!.parentSpanContext?.spanId).toBe(callerSpanId);

    // Gateway → bus: a CLIENT span under the HTTP span.
    const client = spans.find((s) => s.kind === SpanKind.CLIENT && s.name === 'identity.v1.auth.login request');
    expect(client).toBeDefined();
    expect(parentOf(client!)).toBe(http);

    // Service: the SERVER span's parent came through the NATS message headers.
    const server = spans.find((s) => s.kind === SpanKind.SERVER && s.name === 'identity.v1.auth.login');
    expect(server).toBeDefined();
    expect(parentOf(server!)).toBe(client);

    // SQL: pg spans (instrumentation-pg) below the service span.
    const sql = spans.filter((s) => s.instrumentationScope.name === '@opentelemetry/instrumentation-pg' && s.kind === SpanKind.CLIENT);
    expect(sql.length).toBeGreaterThan(0);
    const underServer = (s: ReadableSpan): boolean => {
      for (let cur = parentOf(s); cur; cur = parentOf(cur)) if (cur === server) return true;
      return false;
    };
    expect(sql.filter(underServer).length).toBeGreaterThan(0);
    expect(sql.some((s) => /select|insert|update/i.test(String(s.attributes['db.statement'] ?? s.attributes['db.query.text'] ?? s.name)))).toBe(true);
  });

  it('puts the trace and span ids on every log line written inside a span', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('trace-log-test', 'info', sink);
    let ids: { traceId: string; spanId: string } | undefined;
    await withSpan('log-test', { kind: SpanKind.INTERNAL }, async (span) => {
      ids = { traceId: span.spanContext().traceId, spanId: span.spanContext().spanId };
      logger.info('inside a span');
    });
    const line = JSON.parse(lines[0]) as { traceId?: string; spanId?: string };
    expect(line.traceId).toBe(ids!.traceId);
    expect(line.spanId).toBe(ids!.spanId);
  });
});
