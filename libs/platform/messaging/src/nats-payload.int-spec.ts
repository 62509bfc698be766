import { IsString, MaxLength } from 'class-validator';
import { defineRequest, PlatformError } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { describeWithNats, startTestNats, type TestNats } from '@m4pris/testing';
import { Bus } from './bus.js';
import { NatsTransport } from './nats.transport.js';

class Echo {
  @IsString() @MaxLength(5_000_000) text: string;
}
const EchoRequest = defineRequest<Echo, { length: number }>('payloadtest.v1.text.echo', Echo);
const BigReply = defineRequest<Echo, string>('payloadtest.v1.text.big', Echo);

// Found by the bad-input fuzzer (30-bad-input): a 1 MB+ string in any GraphQL input crossed the bus
// over NATS's max_payload, which the NATS client refuses with an error the gateway answered as
// INTERNAL_SERVER_ERROR. Now the bus refuses it first, as the caller's bad input naming the field.
describeWithNats('requests larger than NATS max_payload', () => {
  let nats: TestNats;
  let transport: NatsTransport;
  let bus: Bus;

  beforeAll(async () => {
    nats = await startTestNats();
    transport = new NatsTransport({ servers: [nats.url], name: 'payload-test', stream: 'PAYLOAD_TEST', streamReplicas: 1, logger: createLogger('payload-test', 'silent') });
    await transport.connect();
    bus = new Bus(transport, 5000);
    await transport.serve(EchoRequest.subject, 'payloadtest', async (body) => ({ ok: true, data: { length: (JSON.parse(body) as Echo).text.length } }));
    await transport.serve(BigReply.subject, 'payloadtest', async () => ({ ok: true, data: 'r'.repeat(2 * 1024 * 1024) }));
  });
  afterAll(async () => {
    await transport?.close();
    await nats?.stop();
  });

  it('knows the server limit', () => {
    expect(transport.maxMessageBytes()).toBeGreaterThan(0);
  });

  it('carries a request under the limit', async () => {
    await expect(bus.request(EchoRequest, { text: 'x'.repeat(100_000) })).resolves.toEqual({ length: 100_000 });
  });

  it('refuses a request over the limit as BAD_USER_INPUT naming its largest field', async () => {
    const max = transport.maxMessageBytes()!;
    const e = await bus.request(EchoRequest, { text: 'y'.repeat(max + 1) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect([(e as PlatformError).category, (e as PlatformError).field]).toEqual(['BAD_USER_INPUT', 'text']);
  });

  it('answers a reply over the limit as a typed INTERNAL error rather than leaving the caller waiting', async () => {
    const e = await bus.request(BigReply, { text: 'x' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect((e as PlatformError).category).toBe('INTERNAL');
  });
});
