// What the bus's Nest pipeline costs per request, against a bare transport handler, in one process.
//
//   npm run bench:bus -- [--requests 20000] [--rounds 3] [--json]
//
// One trivial use case (`{ name }` → `{ hi }`), called with `bus.request` over the in-process transport,
// one request at a time, four ways:
//   bare            transport.serve with a hand-written handler: decode the context header, parse and
//                   validate the payload, run the use case in the caller's context (the peer)
//   pipeline        the same use case as a Nest message handler on BusServer (@Handles): guard,
//                   interceptors (tracing, context, ORM context), ContractPipe, exception filter
//   bare + tenant   the bare handler inside a tenant-scoped transaction (BEGIN, set_config, COMMIT)
//   pipeline + tenant  BusServer with row-level security, a context that names a tenant
// Rounds alternate the ways so that drift in the machine's load falls on all of them. Latencies are
// µs from an HDR histogram; the last line is JSON.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { MikroORM, RequestContext as OrmRequestContext } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { IsString } from 'class-validator';
import { decodeContext, defineRequest, newTraceId, runWithContext, validatePayload, type RequestContext } from '@m4pris/platform-core';
import { Bus, enterTenantScope, Handles, InProcessTransport, messagingEntities, OutboxRelay, startBusMicroservice, type Transport } from '@m4pris/platform-messaging';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase } from '@m4pris/testing';
import { MicroHistogram, type MicroLatency } from './common.js';

class Greet {
  @IsString() name: string;
}
const Bare = defineRequest<Greet, { hi: string }>('benchbus.v1.greeting.bare', Greet);
const Piped = defineRequest<Greet, { hi: string }>('benchbus.v1.greeting.piped', Greet);

@Injectable()
class GreetUseCase {
  @Handles(Piped)
  execute(input: Greet, ctx: RequestContext): Promise<{ hi: string; tenant: string | null }> {
    return Promise.resolve({ hi: input.name, tenant: ctx.tenantId ?? null });
  }
}

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const REQUESTS = Math.max(100, Number(values.requests));
const ROUNDS = Math.max(1, Number(values.rounds));
const progress = (s: string) => process.stderr.write(`» ${s}\n`);

const db = await createTestDatabase('benchbus');
const orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'benchbus', entities: messagingEntities, allowGlobalContext: false }));
await orm.em.getConnection().execute('create schema if not exists benchbus');
await orm.schema.create();
// The tenant role the row-level-security path switches to (what every service's migration creates).
await orm.em.getConnection().execute(`do $$ begin create role m4pris_tenant nologin; exception when duplicate_object or unique_violation then null; end $$`);
const transport: Transport = new InProcessTransport();
await transport.connect();
const bus = new Bus(transport, 10_000);
const logger = createLogger('bench-bus', 'silent');
const useCase = new GreetUseCase();

// The peer: what a handler on the bare transport does by hand.
await transport.serve(Bare.subject, 'benchbus', (body, headers) => {
  const ctx = decodeContext(headers);
  return runWithContext(ctx, () =>
    OrmRequestContext.create(orm.em, async () => {
      const payload = validatePayload(Greet, JSON.parse(body) as unknown);
      const data = ctx.tenantId
        ? await orm.em.transactional(async (em) => {
            await enterTenantScope(em, ctx.tenantId!);
            return useCase.execute(payload, ctx);
          })
        : await useCase.execute(payload, ctx);
      return { ok: true as const, data };
    }),
  );
});
class BenchBusModule {}
const piped = await startBusMicroservice(
  { module: BenchBusModule, providers: [{ provide: GreetUseCase, useValue: useCase }] },
  { service: 'benchbus', transport, orm, relay: new OutboxRelay(orm, transport, 'benchbus', logger), logger, rowLevelSecurity: true },
);

const ctxOf = (tenantId?: string): RequestContext => ({ roles: [], locale: 'en', traceId: newTraceId(), userId: randomUUID(), ...(tenantId ? { tenantId } : {}) });
const TENANT = randomUUID();
const WAYS = [
  { way: 'bare', def: Bare, ctx: ctxOf() },
  { way: 'pipeline', def: Piped, ctx: ctxOf() },
  { way: 'bare + tenant', def: Bare, ctx: ctxOf(TENANT) },
  { way: 'pipeline + tenant', def: Piped, ctx: ctxOf(TENANT) },
] as const;

async function run(def: typeof Bare, ctx: RequestContext, n: number, h?: MicroHistogram): Promise<void> {
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    const r = await bus.request(def, { name: 'ana' }, ctx);
    h?.recordNs(process.hrtime.bigint() - t);
    if (r.hi !== 'ana') throw new Error(`unexpected reply ${JSON.stringify(r)}`);
  }
}

const histograms = new Map(WAYS.map((w) => [w.way, new MicroHistogram()]));
progress(`warm-up: ${Math.min(3000, REQUESTS)} requests each way`);
for (const w of WAYS) await run(w.def, w.ctx, Math.min(3000, REQUESTS));
for (let round = 1; round <= ROUNDS; round++) {
  for (const w of WAYS) {
    progress(`round ${round}/${ROUNDS}: ${w.way}, ${REQUESTS} requests (load ${loadavg()[0]!.toFixed(2)})`);
    await run(w.def, w.ctx, w.way.includes('tenant') ? Math.ceil(REQUESTS / 4) : REQUESTS, histograms.get(w.way));
  }
}

const results = WAYS.map((w) => ({ way: w.way, latency: histograms.get(w.way)!.summary() as MicroLatency }));
const mean = (way: string) => results.find((r) => r.way === way)!.latency.meanUs;
const overhead = { noTenantUs: round1(mean('pipeline') - mean('bare')), tenantUs: round1(mean('pipeline + tenant') - mean('bare + tenant')) };
function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

console.log(`\nbus pipeline vs a bare transport handler, in-process, one request at a time; node ${process.version}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('way                   requests   mean µs   p50 µs   p90 µs   p99 µs');
for (const r of results) {
  const l = r.latency;
  console.log(`${r.way.padEnd(20)}  ${String(l.samples).padStart(8)}  ${l.meanUs.toFixed(1).padStart(8)}  ${String(l.p50Us).padStart(7)}  ${String(l.p90Us).padStart(7)}  ${String(l.p99Us).padStart(7)}`);
}
console.log(`pipeline − bare (mean): ${overhead.noTenantUs} µs without a tenant, ${overhead.tenantUs} µs with a tenant-scoped transaction (the peer: the bare handler, same run)\n`);
console.log(JSON.stringify({ benchmark: 'bus-pipeline', node: process.version, requests: REQUESTS, rounds: ROUNDS, loadAvg1: loadavg()[0], results, overheadMeanUs: overhead }));

await piped.app.close();
await transport.close();
await orm.close(true);
await db.drop();
