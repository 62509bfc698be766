import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { NotificationsSettings } from '../notifications.settings.js';
import { Notifier } from '../notifier.js';
import { WEB_PATHS } from '../templates/web-paths.js';
import { Clock } from './clock.js';

interface DueDuo {
  relationship_id: string;
  tenant_id: string;
  programme_id: string;
  mentor_staff_id: string;
  mentee_staff_id: string;
  last_contact_on: string;
  planned_end_on: string;
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The timed messages of a duo, decided at `Clock.now()`: both are reminded to meet when no meeting
 * was logged for MEETING_CADENCE_DAYS (once per silence), and told DUO_ENDING_NOTICE_DAYS before
 * the planned end. Each duo is locked (`for update skip locked`) and marked in the transaction that
 * queues its mail, so replicas and repeated sweeps tell nobody twice. Paused duos hear nothing.
 * Runs from pg-boss's schedule (REMINDER_CRON) in the dispatching process; tests call it directly.
 */
@Injectable()
export class SweepRemindersUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    @Inject(NotificationsSettings) private readonly settings: NotificationsSettings,
  ) {}

  /** Resolves with the number of duos told something. */
  async execute(): Promise<number> {
    const now = this.clock.now();
    const today = isoDay(now);
    const silentSince = isoDay(new Date(now.getTime() - this.settings.MEETING_CADENCE_DAYS * DAY));
    const endingBy = isoDay(new Date(now.getTime() + this.settings.DUO_ENDING_NOTICE_DAYS * DAY));
    let told = 0;
    told += await this.each(
      `not paused and last_contact_on <= ? and nudged_about is distinct from last_contact_on`,
      [silentSince],
      async (d) => {
        for (const me of [d.mentor_staff_id, d.mentee_staff_id]) {
          await this.notifier.toStaff({ tenantId: d.tenant_id, staffId: me, kind: 'meeting_nudge', path: WEB_PATHS.duo, key: `${d.relationship_id}:meeting_nudge:${d.last_contact_on}:${me}` });
        }
        return `nudged_about = last_contact_on`;
      },
    );
    told += await this.each(`not paused and ending_told_at is null and planned_end_on between ? and ?`, [today, endingBy], async (d) => {
      for (const me of [d.mentor_staff_id, d.mentee_staff_id]) {
        await this.notifier.toStaff({ tenantId: d.tenant_id, staffId: me, kind: 'duo_ending_soon', params: { date: d.planned_end_on }, path: WEB_PATHS.duo, key: `${d.relationship_id}:duo_ending_soon:${me}` });
      }
      return `ending_told_at = now()`;
    });
    // A nudged duo still silent COORDINATOR_ALERT_DAYS later: its coordinators (tenant-wide, or of its
    // programme) hear that "a duo needs your attention", with a link to the console's duos page —
    // nothing of the duo: no names, no dates, no notes. Once per silence.
    const alertSince = isoDay(new Date(now.getTime() - (this.settings.MEETING_CADENCE_DAYS + this.settings.COORDINATOR_ALERT_DAYS) * DAY));
    told += await this.each(
      `not paused and nudged_about = last_contact_on and last_contact_on <= ? and alerted_about is distinct from last_contact_on
        and exists (select 1 from "notifications"."coordinator" c where c.tenant_id = duo.tenant_id and (c.scope_type = 'tenant' or (c.scope_type = 'programme' and c.scope_id = duo.programme_id)))`,
      [alertSince],
      async (d) => {
        const coordinators = await this.orm.em.getConnection().execute<{ staff_id: string }[]>(
          `select distinct staff_id from "notifications"."coordinator" where tenant_id = ? and (scope_type = 'tenant' or (scope_type = 'programme' and scope_id = ?))`,
          [d.tenant_id, d.programme_id],
          'all',
          this.orm.em.getTransactionContext(),
        );
        for (const c of coordinators) {
          if (c.staff_id === d.mentor_staff_id || c.staff_id === d.mentee_staff_id) continue;
          await this.notifier.toStaff({ tenantId: d.tenant_id, staffId: c.staff_id, kind: 'duo_needs_attention', path: WEB_PATHS.consoleDuos, key: `${d.relationship_id}:duo_needs_attention:${d.last_contact_on}:${c.staff_id}` });
        }
        return `alerted_about = last_contact_on`;
      },
    );
    return told;
  }

  /** One transaction per due duo: lock it, tell, mark. Duos another sweep holds are skipped. */
  private async each(where: string, params: unknown[], tell: (d: DueDuo) => Promise<string>): Promise<number> {
    let told = 0;
    for (;;) {
      const done = await this.orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        const trx = em.getTransactionContext();
        const [d] = await conn.execute<DueDuo[]>(
          `select relationship_id, tenant_id, programme_id, mentor_staff_id, mentee_staff_id, last_contact_on, planned_end_on from "notifications"."duo"
            where ${where} order by relationship_id limit 1 for update skip locked`,
          params,
          'all',
          trx,
        );
        if (!d) return false;
        const set = await tell(d);
        await conn.execute(`update "notifications"."duo" set ${set} where relationship_id = ?`, [d.relationship_id], 'run', trx);
        return true;
      });
      if (!done) return told;
      told++;
    }
  }
}
