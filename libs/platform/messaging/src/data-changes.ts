import { Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { MikroORM, TriggerDef } from '@mikro-orm/core';
import pg from 'pg';

/**
 * What a process has heard of the changes to a service's data, so that answers computed from that
 * data can be kept in memory and used again until something they were computed from changes, with
 * no statement to check (the coordinator dashboard: dashboard-cache.ts).
 *
 * The service's tables that matter carry a trigger that, for every row written, notifies the
 * channel `changeChannel(service)` with the row's tenant and marks the transaction (the setting
 * `m4pris.changed`, listing the tenants written). Two ways reach the process:
 * - its own transactions: the service's connection (TenantScopeClient) reads the mark together with
 *   the COMMIT and reports the change before the commit returns, so a request that wrote is followed
 *   by reads that see it, every time;
 * - everyone else's (another replica, a script, psql): PostgreSQL delivers the notification at
 *   commit to a connection kept listening (`listenForDataChanges`), within milliseconds.
 *
 * While no listener is connected (before it has connected, after the connection dropped), `stamp`
 * is undefined and nothing may be kept on its word; each (re)connection starts a new epoch, so
 * nothing kept before a gap is used after it.
 */
export class DataChanges {
  private readonly tenants = new Map<string, number>();
  private epoch = 0;
  /** Every change heard, anyone's: a computation that saw it unchanged saw no change at all. */
  private count = 0;
  private listeners = 0;
  private waiting: (() => void)[] = [];

  /**
   * The stamp answers for `tenantId` are kept under right now (it changes with any change heard for
   * the tenant, or for all), or undefined while changes might go unheard.
   */
  stamp(tenantId: string): string | undefined {
    if (this.listeners === 0) return undefined;
    return `${this.epoch}.${this.tenants.get(tenantId) ?? 0}`;
  }

  /** A change to `tenantId`'s data (`*`: anyone's); `notified`: heard by the listener (else at a COMMIT here). */
  changed(tenantId: string, notified = false): void {
    this.count++;
    if (tenantId === '*' || tenantId === '') this.epoch++;
    else this.tenants.set(tenantId, (this.tenants.get(tenantId) ?? 0) + 1);
    if (!notified) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  /** Resolves when the listener next hears a change (tests: a commit's notification has arrived). */
  nextNotice(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Runs `work` (a write), then waits for the listener to hear its notification and for no further
   * one to come for `quietMs` (a use case may commit in several transactions). Tests: so that a late
   * notification cannot arrive between the two reads they compare.
   */
  async afterNotices<T>(work: () => Promise<T>, quietMs = 200): Promise<T> {
    const first = this.nextNotice();
    const done = await work();
    await first;
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const more = await Promise.race([this.nextNotice().then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), quietMs)))]);
      clearTimeout(timer);
      if (!more) return done;
    }
  }

  /** A listener connected (true) or lost its connection (false). */
  listening(on: boolean): void {
    this.listeners += on ? 1 : -1;
    this.epoch++;
    this.count++;
  }

  /**
   * How many changes have been heard (and listeners come and gone), anyone's. For answers whose
   * tenant is known only once computed: read it before, and keep the answer only if it is the same
   * after (then `stamp(itsTenant)` as of now is also what it was before).
   */
  get heardSoFar(): number {
    return this.count;
  }
}

const byService = new Map<string, DataChanges>();

/** The changes heard in this process for `service` (one per service name). */
export function dataChangesOf(service: string): DataChanges {
  let changes = byService.get(service);
  if (!changes) byService.set(service, (changes = new DataChanges()));
  return changes;
}

/** The transaction-local setting the change triggers list the written tenants in (",t1,t2"). */
export const CHANGE_MARK = 'm4pris.changed';

/** The channel a service's change triggers notify (`pg_notify`), with the tenant as payload. */
export function changeChannel(service: string): string {
  return `m4pris_${service}_changed`;
}

/**
 * The row trigger (`after insert or update or delete`, for each row) that reports every write of a
 * table to `service`'s data changes, as a change of the tenant in the row's `tenantColumn` (a row
 * without one: everyone's). Declared on the entity (`triggers`), so its migration is generated.
 */
export function noticeChangeTrigger(service: string, tenantColumn = 'tenant_id'): TriggerDef {
  const report = (row: 'old' | 'new') => {
    const tenant = `coalesce(${row}."${tenantColumn}"::text, '*')`;
    const mark = `coalesce(current_setting('${CHANGE_MARK}', true), '')`;
    // The mark lists the tenants written in the transaction (",t1,t2"), each once.
    return (
      `perform pg_notify('${changeChannel(service)}', ${tenant}); ` +
      `perform set_config('${CHANGE_MARK}', case when position(',' || ${tenant} || ',' in ${mark} || ',') > 0 then ${mark} else ${mark} || ',' || ${tenant} end, true);`
    );
  };
  return {
    name: 'notice_change',
    timing: 'after',
    events: ['insert', 'update', 'delete'],
    forEach: 'row',
    body: [`if tg_op = 'DELETE' then ${report('old')} else ${report('new')} end if;`, 'return null;'].join(' '),
  };
}

/** The tenants a change mark lists (`*`: a row without a tenant). */
export function tenantsOfMark(mark: string | null | undefined): string[] {
  return (mark ?? '').split(',').filter((t) => t !== '');
}

export interface DataChangeListener {
  close(): Promise<void>;
}

interface ListenerLog {
  warn(obj: object, msg?: string): void;
}

/**
 * Keeps one connection (outside the pool) listening to `service`'s change channel and reports what
 * it hears to `dataChangesOf(service)`. Reconnects after a drop (every `retryMs`); while it is away,
 * the changes are not trusted (DataChanges.stamp is undefined).
 */
export function listenForDataChanges(service: string, orm: MikroORM, log: ListenerLog, retryMs = 1000): DataChangeListener {
  const changes = dataChangesOf(service);
  // The pool's own connection options (host, credentials, TLS), for a plain client.
  const options = (orm.em.getConnection() as unknown as { mapOptions(o: object): pg.ClientConfig }).mapOptions({});
  let client: pg.Client | undefined;
  let connected = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (e?: unknown) => {
    if (connected) changes.listening(false);
    connected = false;
    const c = client;
    client = undefined;
    c?.removeAllListeners();
    c?.on('error', () => undefined);
    void c?.end().catch(() => undefined);
    if (closed) return;
    if (e) log.warn({ err: e, service }, 'data-change listener lost its connection; answers are not kept until it is back');
    retry = setTimeout(connect, retryMs);
    retry.unref();
  };

  const connect = () => {
    if (closed) return;
    const c = new pg.Client(options);
    client = c;
    c.on('notification', (n) => {
      if (n.channel === changeChannel(service)) changes.changed(n.payload ?? '*', true);
    });
    c.on('error', lost);
    c.on('end', () => client === c && lost(new Error('connection ended')));
    c.connect()
      .then(() => c.query(`listen "${changeChannel(service)}"`))
      .then(() => {
        if (closed || client !== c) return;
        connected = true;
        changes.listening(true);
      })
      .catch((e: unknown) => client === c && lost(e));
  };
  connect();

  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      lost();
    },
  };
}

/**
 * What a provider that keeps answers until the data they were computed from changes has in common
 * (the coordinator dashboard, the session check): the service's `changes`, and the listener, which
 * connects with the module (`onModuleInit`, only when `keeps`) and closes with it. Nest may run a
 * module's init hooks twice; the second changes nothing.
 */
export abstract class KeptUntilChanged implements OnModuleInit, OnModuleDestroy {
  protected readonly changes: DataChanges;
  private listener?: DataChangeListener;

  protected constructor(
    private readonly orm: MikroORM,
    private readonly keeps: boolean,
  ) {
    this.changes = dataChangesOf(orm.config.get('contextName'));
  }

  onModuleInit(): void {
    if (!this.keeps) return;
    const service = this.orm.config.get('contextName');
    const logger = new Logger(service);
    this.listener ??= listenForDataChanges(service, this.orm, { warn: (o, msg) => logger.warn(`${msg}: ${String((o as { err?: Error }).err?.message)}`) });
  }

  async onModuleDestroy(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    await listener?.close();
  }
}
