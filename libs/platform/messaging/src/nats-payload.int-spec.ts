import { randomBytes } from 'node:crypto';
import { IsString, MaxLength } from 'class-validator';
import { defineRequest, PlatformError } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { describeWithNats, startTestNats, type TestNats } from '@m4pris/testing';
import { Bus } from './bus.js';
import { COMPRESS_OVER_BYTES, NatsTransport } from './nats.transport.js';

class Echo {
  @IsString() @MaxLength(5_000_000) text: string;
}
const EchoRequest = defineRequest<Echo, { length: number }>('payloadtest.v1.text.echo', Echo);
const BigReply = defineRequest<Echo, string>('payloadtest.v1.text.big', Echo);
const NoiseReply = defineRequest<Echo, string>('payloadtest.v1.text.noise', Echo);

/** Text gzip cannot shrink below `bytes`: random bytes in base64 (6 bits a character) */
const noise = (bytes: number) => randomBytes(Math.ceil(bytes * 1.5)).toString('base64');

/** A staff CSV of `rows` rows as a tenant exports it (about 110 bytes a row): text that compresses well. */
function staffCsv(rows: number): string {
  const names = ['Andersen', 'Ionescu', 'Papadopoulos', 'Silva', 'Martin', 'Nielsen', 'Popescu', 'Georgiou'];
  const lines = ['firstName,lastName,email,position,institution,unit,shiftPattern,hiredOn,languages'];
  for (let i = 0; i < rows; i++) {
    const last = names[i % names.length];
    lines.push(`Ana${i},${last},ana.${last.toLowerCase()}.${i}@prison-service.example.eu,Prison officer,HMP Example ${i % 3},Wing ${i % 12},4-on-4-off,2019-0${(i % 9) + 1}-15,en;da`);
  }
  return lines.join('\n');
}

// Found by the bad-input fuzzer (30-bad-input): a 1 MB+ string in any GraphQL input crossed the bus
// over NATS's max_payload, which the NATS client refuses with an error the gateway answered as
// INTERNAL_SERVER_ERROR. Now the bus refuses it first, as the caller's bad input naming the field.
// Found by bench:scale at a tenant's full size (issue 19): a 10,000-row staff CSV is over 1 MB, so
// a national service could not import its staff in distributed mode. Bodies over
// COMPRESS_OVER_BYTES now cross gzipped, and only what is still too large compressed is refused.
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
    await transport.serve(BigReply.subject, 'payloadtest', async () => ({ ok: true, data: staffCsv(20_000) }));
    await transport.serve(NoiseReply.subject, 'payloadtest', async () => ({ ok: true, data: noise(2 * 1024 * 1024) }));
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

  it('carries a request over the limit that compresses under it: a 10,000-row staff CSV', async () => {
    const csv = staffCsv(10_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(transport.maxMessageBytes()!);
    await expect(bus.request(EchoRequest, { text: csv })).resolves.toEqual({ length: csv.length });
  });

  it('carries a body just over the compression threshold unchanged (multi-byte characters too)', async () => {
    const text = 'Ø'.repeat(COMPRESS_OVER_BYTES / 2 + 1);
    await expect(bus.request(EchoRequest, { text })).resolves.toEqual({ length: text.length });
  });

  it('refuses a request over the limit even compressed as BAD_USER_INPUT naming its largest field', async () => {
    const max = transport.maxMessageBytes()!;
    const e = await bus.request(EchoRequest, { text: noise(max + 1) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect([(e as PlatformError).category, (e as PlatformError).field]).toEqual(['BAD_USER_INPUT', 'text']);
  });

  it('carries a reply over the limit that compresses under it', async () => {
    const csv = staffCsv(20_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(transport.maxMessageBytes()!);
    await expect(bus.request(BigReply, { text: 'x' })).resolves.toBe(csv);
  });

  it('answers a reply over the limit even compressed as a typed INTERNAL error rather than leaving the caller waiting', async () => {
    const e = await bus.request(NoiseReply, { text: 'x' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect((e as PlatformError).category).toBe('INTERNAL');
  });
});
