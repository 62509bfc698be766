import { metricsRegistry } from '@m4pris/platform-observability';
import { startOpsServer } from '@m4pris/platform-runtime';
import { HealthRegistry, createLogger } from '@m4pris/platform-observability';
import { readSuiteReport, writeSuiteReport } from '@m4pris/testing';
import { ok } from '../fixtures.js';
import { gql, startPlatform, type TestPlatform } from '../platform.js';

/*
 * Issue 13 (high): `/metrics` as a memory bomb. The attack as it was run: ten anonymous requests
 * whose operation names are 1 MB each, then a scrape. Before the fix every name became a label value
 * of m4p_graphql_operation_duration_seconds (4.7 MB → 134.7 MB), and `/metrics` was served on the
 * public GraphQL port, telling anyone how many concerns had been raised.
 */

const MB = 1024 * 1024;

describe('assurance: /metrics is bounded and off the public port', () => {
  let p: TestPlatform;
  const held: string[] = [];
  const rows: (string | number)[][] = [];
  const tried: Record<string, number | string> = {};
  beforeAll(async () => {
    p = await startPlatform('in-process', { modules: ['identity'] });
  }, 120_000);
  afterAll(async () => {
    const prev = readSuiteReport('56-security-round-2');
    writeSuiteReport({
      suite: '56-security-round-2',
      title: 'Security round 2 (issue 13, part a): the attacks as they were run',
      tried: { ...(prev?.tried ?? {}), ...tried },
      held: [...(prev?.held ?? []), ...held],
      tables: [{ caption: 'Attack → outcome', headers: ['finding', 'attack', 'outcome'], rows: [...(prev?.tables?.[0]?.rows ?? []), ...rows] }],
    });
    await p?.close();
  });

  it('ten anonymous requests with 1 MB operation names do not grow the metrics: labels are root fields of the schema', async () => {
    const before = (await metricsRegistry.metrics()).length;
    for (let i = 0; i < 10; i++) {
      const name = `N${i}${'x'.repeat(MB)}`;
      const res = await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${name} { __typename }`, operationName: name }) });
      expect(res.status).toBe(200);
    }
    // Invalid documents with huge names count under `invalid`, a valid one under its root field.
    const bad = `B${'y'.repeat(MB)}`;
    await fetch(p.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query ${bad} { nope }`, operationName: bad }) });
    await ok(gql(p.url, `mutation Whatever${'z'.repeat(1000)}($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }));
    const text = await metricsRegistry.metrics();
    const growth = text.length - before;
    expect(text).not.toContain('xxxxxxxxxx');
    expect(text).not.toContain('yyyyyyyyyy');
    expect(text).not.toContain('zzzzzzzzzz');
    // Every label value of the histogram is `<type> <root field>` of the schema, `introspection` or `invalid`.
    const operations = new Set([...text.matchAll(/m4p_graphql_operation_duration_seconds_count\{operation="([^"]*)"/g)].map((m) => m[1]));
    expect(operations).toEqual(new Set(['query introspection', 'invalid', 'mutation login']));
    expect(growth).toBeLessThan(64 * 1024);
    rows.push(['metrics memory bomb', '10 anonymous requests with 1 MB operation names, then a scrape', `metrics text grew by ${growth} bytes; operation labels: ${[...operations].join(', ')}`]);
    held.push(`Ten requests with 1 MB operation names grew the metrics by ${growth} bytes (was 130 MB): the operation label is the root field of the schema (or introspection/invalid), never the client's name.`);
    tried.hugeOperationNames = 10;
  });

  it('the public GraphQL port serves no /metrics; the ops port does, and it counts bus subjects there only', async () => {
    const res = await fetch(`${p.baseUrl}/metrics`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).not.toContain('m4p_');
    expect(body).not.toContain('concern');
    const ops = await startOpsServer({ host: '127.0.0.1', port: 0, health: new HealthRegistry(), logger: createLogger('e2e', 'silent') });
    try {
      const scraped = await fetch(`http://127.0.0.1:${ops.port}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('m4p_graphql_operation_duration_seconds');
    } finally {
      await ops.close();
    }
    rows.push(['metrics on the public port', 'GET /metrics on the GraphQL port', `HTTP ${res.status}, no metric (bus subjects such as concern.raise are on the ops port only)`]);
    held.push('GET /metrics on the public GraphQL port answers 404 with no metric; /metrics lives on OPS_PORT (loopback by default), in every mode.');
  });
});
