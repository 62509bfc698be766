import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newTraceId, type RequestContext } from '@m4pris/platform-core';
import { recordEvent } from '@m4pris/platform-messaging';
import { StaffLeft } from '@m4pris/identity-contracts';
import { announceDisabled } from '../account/account-locale.js';
import { AccountSchema } from '../account/account.entity.js';
import { AuditLog } from '../audit/audit-log.js';
import { StaffSchema, type Staff } from './staff.entity.js';

/** Today as YYYY-MM-DD (UTC), the form leaving dates are stored in. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** How often the sweep looks for leaving dates that have come (and once at start). */
const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * Leaving ends access (DOMAIN.md): on the leaving date the person's account is disabled and
 * `identity.v1.staff.left` is published once (programmes ends their duos: "left the service").
 * Done at once when the date recorded is today or past; otherwise by the sweep, at start and then
 * hourly. Claiming a leaver is one conditional update, so two replicas never both announce it.
 * The caller flushes.
 */
export async function takeEffect(em: EntityManager, audit: AuditLog, ctx: RequestContext, staff: Staff): Promise<boolean> {
  if (!staff.leftServiceOn || staff.leftServiceOn > todayIso() || staff.leftProcessedAt || staff.erasedAt) return false;
  const claimed = await em.nativeUpdate(StaffSchema, { id: staff.id, leftProcessedAt: null }, { leftProcessedAt: new Date() });
  if (claimed !== 1) return false;
  staff.leftProcessedAt = new Date();
  const account = await em.findOne(AccountSchema, { staffId: staff.id });
  if (account && account.status !== 'disabled') {
    account.status = 'disabled';
    account.invitationTokenHash = null;
    account.invitationExpiresAt = null;
    account.updatedAt = new Date();
    audit.record(em, ctx, { tenantId: staff.tenantId, action: 'account.disable', entityType: 'Account', entityId: account.id });
    await announceDisabled(em, account);
  }
  recordEvent(em, StaffLeft, { staffId: staff.id, tenantId: staff.tenantId, accountId: account?.id ?? null, leftOn: staff.leftServiceOn }, { tenantId: staff.tenantId });
  audit.record(em, ctx, { tenantId: staff.tenantId, action: 'staff.left', entityType: 'Staff', entityId: staff.id });
  return true;
}

@Injectable()
export class LeaverSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    private readonly audit: AuditLog,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep().catch(() => undefined);
    this.timer = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Every leaver whose date has come and who was not processed yet; returns how many. */
  sweep(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    const due = await em.find(StaffSchema, { leftServiceOn: { $lte: todayIso() }, leftProcessedAt: null, erasedAt: null });
    const ctx: RequestContext = { traceId: newTraceId(), roles: [], locale: 'en' };
    let n = 0;
    for (const staff of due) {
      await em.transactional(async (tx) => {
        if (await takeEffect(tx as EntityManager, this.audit, ctx, staff)) n++;
      });
    }
    return n;
  }
}
