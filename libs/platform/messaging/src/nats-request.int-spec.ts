import { PlatformError } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { describeWithNats, startTestNats, type TestNats } from '@m4pris/testing';
import { NatsTransport } from './nats.transport.js';

// The transport's request/reply runs over one reply subscription of its own (a token per request)
// rather than nats.js's `request` (issue 19): each caller gets its own reply, and a request nobody
// serves, one answered too late and one left open when the transport closes are MODULE_UNAVAILABLE.
describeWithNats('NATS request/reply over the transport\'s reply subscription', () => {
  let nats: TestNats;
  let server: NatsTransport;
  let client: NatsTransport;
  const transport = (name: string) => new NatsTransport({ servers: [nats.url], name, stream: 'REQUEST_TEST', streamReplicas: 1, logger: createLogger(name, 'silent') });
  const category = (e: unknown) => (e instanceof PlatformError ? e.category : e);

  beforeAll(async () => {
    nats = await startTestNats();
    server = transport('request-test-server');
    client = transport('request-test-client');
    await server.connect();
    await client.connect();
    await server.serve('reqtest.v1.echo.get', 'reqtest', async (body, headers) => ({ ok: true, data: { body: JSON.parse(body) as unknown, context: headers['m4p-context'] } }));
    await server.serve('reqtest.v1.slow.get', 'reqtest', () => new Promise((resolve) => setTimeout(() => resolve({ ok: true, data: 'late' }), 500)));
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
    await nats?.stop();
  });

  it('gives each of many concurrent requests its own reply, headers included', async () => {
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => client.request('reqtest.v1.echo.get', JSON.stringify({ i }), { 'm4p-context': `c${i}` }, 20_000)));
    expect(replies).toEqual(Array.from({ length: 50 }, (_, i) => ({ ok: true, data: { body: { i }, context: `c${i}` } })));
  });

  it('answers a subject nobody serves MODULE_UNAVAILABLE at once (no responders), not after the timeout', async () => {
    // A ten-minute timeout: only the server's 503 status (no responders) can answer within the test's own time limit.
    const e = await client.request('absent.v1.thing.get', '{}', {}, 600_000).catch((x: unknown) => x);
    expect(category(e)).toBe('MODULE_UNAVAILABLE');
    expect((e as PlatformError).params).toMatchObject({ module: 'absent' });
  });

  it('answers a reply that comes after the timeout MODULE_UNAVAILABLE, and the late reply is dropped', async () => {
    await expect(client.request('reqtest.v1.slow.get', '{}', {}, 50).catch(category)).resolves.toBe('MODULE_UNAVAILABLE');
    await new Promise((r) => setTimeout(r, 600));
    await expect(client.request('reqtest.v1.echo.get', '{"after":1}', {}, 20_000)).resolves.toMatchObject({ ok: true, data: { body: { after: 1 } } });
  });

  it('answers a request still open when the transport closes MODULE_UNAVAILABLE', async () => {
    const closing = transport('request-test-closing');
    await closing.connect();
    const open = closing.request('reqtest.v1.slow.get', '{}', {}, 20_000).catch(category);
    await new Promise((r) => setTimeout(r, 50));
    await closing.close();
    await expect(open).resolves.toBe('MODULE_UNAVAILABLE');
  });
});
