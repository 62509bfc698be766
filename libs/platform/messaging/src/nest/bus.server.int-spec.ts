import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { defineConfig } from '@mikro-orm/postgresql';
import { Injectable, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { lastValueFrom, map, type Observable } from 'rxjs';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { currentContext, defineEvent, defineRequest, newTraceId, PlatformError, runWithContext, type EventEnvelope, type RequestContext } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { Bus } from '../bus.js';
import { InProcessTransport } from '../in-process.transport.js';
import { messagingEntities } from '../outbox.entities.js';
import { OutboxRelay } from '../outbox.js';
import { BusClient } from './bus.client.js';
import { instancesModule, startBusMicroservice, type BusMicroservice } from './bus.host.js';
import { Handles, OnEvent } from './contract.decorators.js';

/*
 * The bus as a Nest microservice: use cases' @Handles / @OnEvent methods (Nest's @MessagePattern /
 * @EventPattern) served by BusServer through Nest's enhancer pipeline, and BusClient (a ClientProxy).
 */
class Greet {
  @IsString() name: string;
  @IsInt() @Min(1) @Max(3) times: number;
}
class Noted {
  @IsString() text: string;
}
const GreetDef = defineRequest<Greet, { greeting: string; tenantId: string | null; wrapped?: boolean }>('nesttest.v1.greeting.say', Greet);
const ShoutDef = defineRequest<Greet, { greeting: string; wrapped?: boolean }>('nesttest.v1.greeting.shout', Greet);
const FailDef = defineRequest<Noted, never>('nesttest.v1.greeting.fail', Noted);
const NotedA = defineEvent('nesttest.v1.note.added', Noted);
const NotedB = defineEvent('nesttest.v1.note.changed', Noted);

const seen: string[] = [];

/** A use case's own Nest interceptor: runs inside the bus pipeline, in the caller's context. */
class MarkWrapped implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const tenant = currentContext()?.tenantId;
    return next.handle().pipe(map((r: object) => ({ ...r, wrapped: true, seenTenant: tenant ?? null })));
  }
}

@Injectable()
class GreetUseCase {
  @Handles(GreetDef)
  execute(input: Greet, ctx: RequestContext) {
    // The payload arrives validated as the contract's class; the context is the caller's.
    expect(input).toBeInstanceOf(Greet);
    return Promise.resolve({ greeting: `hello ${input.name}`.repeat(input.times), tenantId: ctx.tenantId ?? null });
  }
}

@Injectable()
class ShoutUseCase {
  @Handles(ShoutDef)
  @UseInterceptors(MarkWrapped)
  execute(input: Greet) {
    return Promise.resolve({ greeting: input.name.toUpperCase() });
  }
}

@Injectable()
class FailUseCase {
  @Handles(FailDef)
  execute(input: Noted): Promise<never> {
    if (input.text === 'platform') throw new PlatformError({ code: 'nesttest.NOPE', category: 'CONFLICT', message: 'nope' });
    throw new Error('secret internals');
  }
}

@Injectable()
class NoteProjection {
  @OnEvent(NotedA)
  @OnEvent(NotedB)
  record(p: Noted, envelope: EventEnvelope) {
    expect(p).toBeInstanceOf(Noted);
    seen.push(`${envelope.subject.split('.').pop()} ${p.text}`);
    return Promise.resolve();
  }
}

const ctxOf = (tenantId?: string, enabledModules?: string[]): RequestContext => ({
  roles: [],
  locale: 'en',
  traceId: newTraceId(),
  userId: randomUUID(),
  ...(tenantId ? { tenantId } : {}),
  ...(enabledModules ? { enabledModules } : {}),
});

describe('BusServer: use cases as Nest message handlers on the bus', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let transport: InProcessTransport;
  let bus: Bus;
  let service: BusMicroservice;
  const logger = createLogger('nest-bus-test', 'silent');
  const options = () => ({ service: 'nesttest', transport, orm, relay: new OutboxRelay(orm, transport, 'nesttest', logger), logger });

  beforeAll(async () => {
    db = await createTestDatabase('nestbus');
    orm = await MikroORM.init(defineConfig({ clientUrl: db.url, schema: 'nesttest', entities: messagingEntities, allowGlobalContext: false }));
    await orm.em.getConnection().execute('create schema if not exists nesttest');
    await orm.schema.create();
    transport = new InProcessTransport();
    await transport.connect();
    bus = new Bus(transport, 10_000);
    // Class providers, as in a service's module (Nest scans them for their enhancers).
    class NestTestModule {}
    service = await startBusMicroservice({ module: NestTestModule, providers: [GreetUseCase, ShoutUseCase, FailUseCase, NoteProjection] }, options());
  });
  afterAll(async () => {
    await service?.app.close();
    await transport?.close();
    await orm?.close(true);
    await db?.drop();
  });

  it('serves the request subjects of the providers it found, and the health ping', async () => {
    expect(service.server.subjects.sort()).toEqual([FailDef.subject, GreetDef.subject, ShoutDef.subject].sort());
    expect(await bus.serves('nesttest')).toBe(true);
  });

  it("answers with the use case's result, the payload validated and the caller's context passed", async () => {
    const tenant = randomUUID();
    expect(await bus.request(GreetDef, { name: 'ana', times: 2 }, ctxOf(tenant))).toEqual({ greeting: 'hello anahello ana', tenantId: tenant });
  });

  it('refuses an invalid payload with a typed error naming every invalid field', async () => {
    const e = await bus.request(GreetDef, { name: 7, times: 9 } as unknown as Greet, ctxOf()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PlatformError);
    expect((e as PlatformError).category).toBe('BAD_USER_INPUT');
    expect((e as PlatformError).fields?.map((f) => f.field).sort()).toEqual(['name', 'times']);
  });

  it('refuses a tenant that has not enabled the module before reading the payload (guard)', async () => {
    const e = await bus.request(GreetDef, { nonsense: true } as unknown as Greet, ctxOf(randomUUID(), ['identity'])).catch((x: unknown) => x);
    expect((e as PlatformError).code).toBe('common.MODULE_DISABLED');
  });

  it("runs a use case's own Nest interceptor inside the pipeline, in the caller's context", async () => {
    const tenant = randomUUID();
    expect(await bus.request(ShoutDef, { name: 'ana', times: 1 }, ctxOf(tenant))).toEqual({ greeting: 'ANA', wrapped: true, seenTenant: tenant });
  });

  it('maps errors through the exception filter: platform errors as they are, anything else masked', async () => {
    const known = await bus.request(FailDef, { text: 'platform' }, ctxOf()).catch((x: unknown) => x);
    expect((known as PlatformError).code).toBe('nesttest.NOPE');
    const unknown = await bus.request(FailDef, { text: 'boom' }, ctxOf()).catch((x: unknown) => x);
    expect((unknown as PlatformError).category).toBe('INTERNAL');
    expect((unknown as PlatformError).message).not.toContain('secret');
  });

  it('delivers events of several subjects to one method, once each (dedupe by event id)', async () => {
    const env = (subject: string, text: string): EventEnvelope => ({ id: randomUUID(), subject, occurredAt: new Date().toISOString(), tenantId: null, traceId: newTraceId(), payload: { text } });
    const a = env(NotedA.subject, 'one');
    await transport.publish(a);
    await transport.publish(env(NotedB.subject, 'two'));
    await transport.publish(a);
    expect(seen).toEqual(['added one', 'changed two']);
  });

  it('refuses to start a service with two handlers for one subject', async () => {
    const other = new InProcessTransport();
    await other.connect();
    @Injectable()
    class SecondGreet {
      @Handles(GreetDef) execute() {
        return Promise.resolve({ greeting: 'again', tenantId: null });
      }
    }
    await expect(startBusMicroservice(instancesModule([new GreetUseCase(), new SecondGreet()]), { ...options(), transport: other })).rejects.toThrow(
      `nesttest has two handlers for ${GreetDef.subject}`,
    );
    await other.close();
  });

  describe('BusClient, the bus as a Nest ClientProxy', () => {
    it("sends by subject with the active request's context and answers as an Observable", async () => {
      const client = new BusClient(bus);
      const tenant = randomUUID();
      const reply = await runWithContext(ctxOf(tenant), () => lastValueFrom(client.send(GreetDef.subject, { name: 'bo', times: 1 })));
      expect(reply).toEqual({ greeting: 'hello bo', tenantId: tenant });
    });

    it('errors with the refusal as a PlatformError naming the invalid field', async () => {
      const client = new BusClient(bus);
      const e = await lastValueFrom(client.send(GreetDef.subject, { name: 'bo', times: 0 })).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PlatformError);
      expect((e as PlatformError).fields?.map((f) => f.field)).toEqual(['times']);
    });

    it('emits an event to the consumers of its subject', async () => {
      seen.length = 0;
      await lastValueFrom(new BusClient(bus).emit(NotedA.subject, { text: 'emitted' }), { defaultValue: undefined });
      expect(seen).toEqual(['added emitted']);
    });
  });
});
