import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { defineConfig, EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, IsString } from 'class-validator';
import pg from 'pg';
import { defineRequest, newTraceId, type RequestContext } from '@m4pris/platform-core';
import { createLogger } from '@m4pris/platform-observability';
import { createTestDatabase, type TestDatabase } from '@m4pris/testing';
import { Bus } from './bus.js';
import { Handles } from './nest/contract.decorators.js';
import { instancesModule, startBusMicroservice, type BusMicroservice } from './nest/bus.host.js';
import { InProcessTransport } from './in-process.transport.js';
import { messagingEntities } from './outbox.entities.js';
import { OutboxRelay } from './outbox.js';
import { TENANT_ROLE, tenantScopeClientFor } from './tenant-scope.js';

/*
 * The runtime really runs tenant requests under row-level security: a deliberately unfiltered
 * query in a handler returns only the caller's tenant's rows, writes for another tenant are
 * refused, nested transactions are savepoints, and the setting never leaks to the next request.
 * Both ways the scope reaches PostgreSQL: with the BEGIN (a pool of TenantScopeClient, as every
 * service's ORM has) and as the transaction's first statement (any other pool).
 */
interface Note {
  id: string;
  tenantId: string;
  text: string;
}
const NoteSchema = new EntitySchema<Note>({
  name: 'Note',
  tableName: 'note',
  properties: { id: { type: 'uuid', primary: true }, tenantId: { type: 'uuid' }, text: { type: 'string' } },
});

class Empty {
  @IsOptional() @IsString() note?: string;
}
class AddNote {
  @IsString() text: string;
  @IsOptional() @IsString() tenantId?: string;
}
const ListAll = defineRequest<Empty, { tenants: string[]; count: number; role: string }>('rlstest.v1.notes.list', Empty);
const Add = defineRequest<AddNote, { id: string }>('rlstest.v1.notes.add', AddNote);
const AddTwice = defineRequest<AddNote, { kept: number }>('rlstest.v1.notes.add-twice', AddNote);
const Aside = defineRequest<Empty, { inside: string; aside: string }>('rlstest.v1.notes.aside', Empty);
const Idle = defineRequest<Empty, { answered: boolean }>('rlstest.v1.notes.idle', Empty);
const Broken = defineRequest<Empty, { answered: boolean }>('rlstest.v1.notes.broken', Empty);
const Swallowed = defineRequest<Empty, { answered: boolean }>('rlstest.v1.notes.swallowed', Empty);

/** The SQL texts that left for PostgreSQL (through node-postgres' own `Client.query`) while `work` ran. */
async function sentDuring(work: () => Promise<unknown>): Promise<string[]> {
  const original = pg.Client.prototype.query;
  const sent: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (typeof args[0] === 'string') sent.push(args[0]);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return sent;
}

class NoteHandlers {
  constructor(
    private readonly em: EntityManager,
    private readonly fork: () => EntityManager,
  ) {}

  /** A transaction of its own opened inside a tenant request (as a call to another service would) is not the tenant's. */
  @Handles(Aside) async aside() {
    const role = (em: EntityManager) => em.getConnection().execute<{ role: string }[]>('select current_user as role', [], 'all', em.getTransactionContext());
    const [inside] = await role(this.em);
    const [aside] = await this.fork().transactional((em) => role(em));
    return { inside: inside.role, aside: aside.role };
  }

  /** Answered without the database (as a request answered from memory is). */
  @Handles(Idle) async idle() {
    return { answered: true };
  }

  /** Its first statement fails. */
  @Handles(Broken) async broken() {
    await this.em.getConnection().execute('select * from rlstest.no_such_table', [], 'all', this.em.getTransactionContext());
    return { answered: true };
  }

  /** A statement fails and the handler carries on: its transaction is aborted when the COMMIT comes. */
  @Handles(Swallowed) async swallowed() {
    await this.em
      .getConnection()
      .execute('select * from rlstest.no_such_table', [], 'all', this.em.getTransactionContext())
      .catch(() => undefined);
    return { answered: true };
  }

  /** No tenant filter on purpose: only the database stands between tenants here. */
  @Handles(ListAll) async list(_: Empty) {
    const notes = await this.em.find(NoteSchema, {}, { orderBy: { text: 'asc' } });
    const [who] = await this.em.getConnection().execute<{ role: string }[]>('select current_user as role', [], 'all', this.em.getTransactionContext());
    return { tenants: [...new Set(notes.map((n) => n.tenantId))], count: notes.length, role: who.role };
  }

  @Handles(Add) async add(p: AddNote, ctx: RequestContext) {
    const note = this.em.create(NoteSchema, { id: randomUUID(), tenantId: p.tenantId ?? ctx.tenantId!, text: p.text });
    await this.em.flush();
    return { id: note.id };
  }

  /** A nested transaction that fails rolls back to its savepoint; the outer one goes on. */
  @Handles(AddTwice) async addTwice(p: AddNote, ctx: RequestContext) {
    this.em.create(NoteSchema, { id: randomUUID(), tenantId: ctx.tenantId!, text: `${p.text} 1` });
    await this.em.flush();
    await this.em
      .transactional(async (em) => {
        em.create(NoteSchema, { id: randomUUID(), tenantId: p.tenantId!, text: `${p.text} foreign` });
        await em.flush();
      })
      .catch(() => undefined);
    return { kept: await this.em.count(NoteSchema, { text: { $like: `${p.text}%` } }) };
  }
}

const ctxOf = (tenantId?: string): RequestContext => ({ roles: [], locale: 'en', traceId: newTraceId(), userId: randomUUID(), ...(tenantId ? { tenantId } : {}) });

describe.each([
  [true, 'with the BEGIN'],
  [true, 'as a statement'],
  [false, 'with the BEGIN'],
] as const)('the bus pipeline with rowLevelSecurity=%s, the tenant scope sent %s', (rls, way) => {
  let db: TestDatabase;
  let orm: MikroORM;
  let transport: InProcessTransport;
  let bus: Bus;
  let service: BusMicroservice;
  let statements: string[] = [];
  const A = randomUUID();
  const B = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase('rlsruntime');
    orm = await MikroORM.init(
      defineConfig({
        clientUrl: db.url,
        schema: 'rlstest',
        entities: [NoteSchema, ...messagingEntities],
        allowGlobalContext: false,
        ...(way === 'with the BEGIN' ? { driverOptions: { Client: tenantScopeClientFor('rlstest') } } : {}),
        onQuery: (sql: string) => {
          statements.push(sql);
          return sql;
        },
      }),
    );
    const conn = orm.em.getConnection();
    await conn.execute('create schema if not exists rlstest');
    await orm.schema.create();
    // What a service's row-level-security migration does, for this one table.
    await conn.execute(`do $$ begin create role ${TENANT_ROLE} nologin; exception when duplicate_object or unique_violation then null; end $$`);
    await conn.execute(`grant usage on schema rlstest to ${TENANT_ROLE}`);
    await conn.execute(`grant select, insert, update, delete on rlstest.note, rlstest.outbox_event to ${TENANT_ROLE}`);
    await conn.execute(`alter table rlstest.note enable row level security`);
    const same = `tenant_id::text = current_setting('m4pris.tenant_id', true)`;
    await conn.execute(`create policy tenant_isolation on rlstest.note using (${same}) with check (${same})`);
    for (const [t, n] of [[A, 3], [B, 2]] as const) {
      for (let i = 0; i < n; i++) await conn.execute('insert into rlstest.note (id, tenant_id, text) values (?, ?, ?)', [randomUUID(), t, `seed ${t.slice(0, 4)} ${i}`]);
    }
    transport = new InProcessTransport();
    await transport.connect();
    bus = new Bus(transport, 10_000);
    const logger = createLogger('rls-test', 'silent');
    service = await startBusMicroservice(instancesModule([new NoteHandlers(orm.em as EntityManager, () => orm.em.fork() as EntityManager)]), {
      service: 'rlstest',
      transport,
      orm,
      relay: new OutboxRelay(orm, transport, 'rlstest', logger),
      logger,
      rowLevelSecurity: rls,
    });
  });
  afterAll(async () => {
    await service?.app.close();
    await transport?.close();
    await orm?.close(true);
    await db?.drop();
  });

  it(rls ? "an unfiltered read for tenant A returns only A's rows, as the tenant role" : 'without it, the same unfiltered read leaks every tenant (what the backstop is for)', async () => {
    const r = await bus.request(ListAll, {}, ctxOf(A));
    if (rls) expect(r).toEqual({ tenants: [A], count: 3, role: TENANT_ROLE });
    else expect(r.tenants.sort()).toEqual([A, B].sort());
  });

  if (rls) {
    it(`the scope costs ${way === 'with the BEGIN' ? 'no statement of its own' : 'one statement'} (BEGIN and COMMIT are not counted)`, async () => {
      statements = [];
      await bus.request(ListAll, {}, ctxOf(A));
      expect(statements.filter((q) => q.includes('set_config'))).toHaveLength(way === 'with the BEGIN' ? 0 : 1);
      expect(statements.filter((q) => !q.includes('set_config'))).toHaveLength(2);
    });

    if (way === 'with the BEGIN') {
      it('the BEGIN and the scope leave with the first statement, in one round trip', async () => {
        const sent = await sentDuring(() => bus.request(ListAll, {}, ctxOf(A)));
        const scoped = sent.filter((q) => q.includes('set_config'));
        expect(scoped).toHaveLength(1);
        expect(scoped[0]).toMatch(/^begin; select set_config\('m4pris\.tenant_id', '[0-9a-f-]{36}', true\), set_config\('role', 'm4pris_tenant', true\); select .* from "rlstest"\."note"/s);
      });

      it('a tenant request that runs no statement sends nothing to PostgreSQL, not even its BEGIN and COMMIT', async () => {
        const sent = await sentDuring(() => bus.request(Idle, {}, ctxOf(A)));
        expect(sent.filter((q) => q.includes('set_config') || q.includes('rlstest.note'))).toEqual([]);
        // …and the connection it held goes back clean: the next request, for B, is B's.
        const forB = await bus.request(ListAll, {}, ctxOf(B));
        expect(forB).toEqual({ tenants: [B], count: 2, role: TENANT_ROLE });
      });
    }

    it('a first statement that fails rolls its transaction back: the next request, for B, sees only B', async () => {
      await expect(bus.request(Broken, {}, ctxOf(A))).rejects.toMatchObject({ category: 'INTERNAL' });
      for (let i = 0; i < 3; i++) expect(await bus.request(ListAll, {}, ctxOf(B))).toEqual({ tenants: [B], count: 2, role: TENANT_ROLE });
    });

    it('a COMMIT of a transaction an error aborted ends it as a ROLLBACK, as PostgreSQL does, and the connection goes back clean', async () => {
      expect(await bus.request(Swallowed, {}, ctxOf(A))).toEqual({ answered: true });
      for (let i = 0; i < 3; i++) expect(await bus.request(ListAll, {}, ctxOf(B))).toEqual({ tenants: [B], count: 2, role: TENANT_ROLE });
    });

    it('a transaction opened aside, inside a tenant request, is the owner\'s, not the tenant\'s', async () => {
      const r = await bus.request(Aside, {}, ctxOf(A));
      expect(r.inside).toBe(TENANT_ROLE);
      expect(r.aside).not.toBe(TENANT_ROLE);
    });

    it('a tenant id that is not a UUID is still applied (as a parameter): the request sees nothing', async () => {
      expect(await bus.request(ListAll, {}, ctxOf("x' or true --"))).toEqual({ tenants: [], count: 0, role: TENANT_ROLE });
    });
  }

  it('a request without a tenant (platform admin, system) stays the owner and sees every tenant', async () => {
    const r = await bus.request(ListAll, {}, ctxOf());
    expect(r.tenants.sort()).toEqual([A, B].sort());
    expect(r.role).not.toBe(TENANT_ROLE);
  });

  if (rls) {
    it("a write of B's row from A's request is refused and leaves nothing behind", async () => {
      await expect(bus.request(Add, { text: 'planted', tenantId: B }, ctxOf(A))).rejects.toMatchObject({ category: 'INTERNAL' });
      const [row] = await orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int n from rlstest.note where text = 'planted'`);
      expect(row!.n).toBe(0);
      expect(await bus.request(Add, { text: 'own' }, ctxOf(A))).toHaveProperty('id');
    });

    it('a nested em.transactional is a savepoint: its refused write rolls back alone', async () => {
      expect(await bus.request(AddTwice, { text: 'nested', tenantId: B }, ctxOf(A))).toEqual({ kept: 1 });
    });

    it('the tenant and role end with each request: the next one for B sees only B', async () => {
      const forB = await bus.request(ListAll, {}, ctxOf(B));
      expect(forB.tenants).toEqual([B]);
      expect(forB.count).toBe(2);
    });
  }
});
