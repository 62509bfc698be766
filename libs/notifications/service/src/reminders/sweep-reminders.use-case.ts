import { Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { NotificationsSettings } from '../notifications.settings.js';
import { Notifier } from '../notifier.js';
import { utcDateTime } from '../calendar/session-calendar.js';
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
    told += await this.surveysAndSessions(now);
    return told;
  }

  /**
   * Survey reminders (issue 20), by the day in the tenant's time zone (its settings, else
   * MAIL_DEFAULT_TIME_ZONE): `survey_reminder` from SURVEY_REMINDER_DAYS before the due date (not on
   * the day the survey opened), `survey_last_day` on the due date; and `session_reminder` on the day
   * before a booked seat's session. Answered surveys and cancelled seats are not in the views
   * (`survey.completed` deletes, `booking.cancelled` marks), so they hear nothing. Each row is locked
   * and marked in the transaction that queues its message (idempotency key per invitation or per
   * seat and start), so replicas and repeated sweeps tell nobody twice. Past rows are dropped.
   */
  private async surveysAndSessions(now: Date): Promise<number> {
    const tz = this.settings.MAIL_DEFAULT_TIME_ZONE;
    const localToday = `(?::timestamptz at time zone coalesce(ts.time_zone, ?))::date`;
    let told = 0;
    told += await this.eachRow<{ invitation_id: string; tenant_id: string; staff_id: string; due_on: string }>(
      `select r.invitation_id, r.tenant_id, r.staff_id, r.due_on from "notifications"."survey_reminder" r
         left join "notifications"."tenant_settings" ts on ts.tenant_id = r.tenant_id
        where r.reminded_at is null and r.last_day_told_at is null
          and r.opened_on::date < ${localToday} and ${localToday} between r.due_on::date - ?::int and r.due_on::date - 1
        order by r.invitation_id limit 1 for update of r skip locked`,
      [now, tz, now, tz, this.settings.SURVEY_REMINDER_DAYS],
      async (r) => {
        await this.notifier.toStaff({ tenantId: r.tenant_id, staffId: r.staff_id, kind: 'survey_reminder', params: { due: r.due_on }, path: WEB_PATHS.surveys, key: `${r.invitation_id}:survey_reminder` });
        return [`update "notifications"."survey_reminder" set reminded_at = ? where invitation_id = ?`, [now, r.invitation_id]];
      },
    );
    told += await this.eachRow<{ invitation_id: string; tenant_id: string; staff_id: string }>(
      `select r.invitation_id, r.tenant_id, r.staff_id from "notifications"."survey_reminder" r
         left join "notifications"."tenant_settings" ts on ts.tenant_id = r.tenant_id
        where r.last_day_told_at is null and r.due_on::date = ${localToday}
        order by r.invitation_id limit 1 for update of r skip locked`,
      [now, tz],
      async (r) => {
        await this.notifier.toStaff({ tenantId: r.tenant_id, staffId: r.staff_id, kind: 'survey_last_day', path: WEB_PATHS.surveys, key: `${r.invitation_id}:survey_last_day` });
        return [`update "notifications"."survey_reminder" set last_day_told_at = ? where invitation_id = ?`, [now, r.invitation_id]];
      },
    );
    told += await this.eachRow<{ booking_id: string; tenant_id: string; staff_id: string; title: string; starts_at: Date }>(
      `select s.booking_id, s.tenant_id, s.staff_id, s.title, s.starts_at from "notifications"."session_seat" s
         left join "notifications"."tenant_settings" ts on ts.tenant_id = s.tenant_id
        where not s.cancelled and s.reminded_for is distinct from s.starts_at and s.starts_at > ?
          and (s.starts_at at time zone coalesce(ts.time_zone, ?))::date = ${localToday} + 1
        order by s.booking_id limit 1 for update of s skip locked`,
      [now, tz, now, tz],
      async (s) => {
        const startsAt = new Date(s.starts_at);
        await this.notifier.toStaff({
          tenantId: s.tenant_id,
          staffId: s.staff_id,
          kind: 'session_reminder',
          params: { session: s.title, starts: utcDateTime(startsAt.toISOString()) },
          path: WEB_PATHS.training,
          key: `${s.booking_id}:session_reminder:${startsAt.toISOString()}`,
        });
        return [`update "notifications"."session_seat" set reminded_for = starts_at where booking_id = ?`, [s.booking_id]];
      },
    );
    // Nothing more to remind of: surveys past their due date, sessions that have started.
    const conn = this.orm.em.getConnection();
    await conn.execute(`delete from "notifications"."survey_reminder" where due_on::date < (?::timestamptz at time zone 'UTC')::date - 2`, [now], 'run');
    await conn.execute(`delete from "notifications"."session_seat" where starts_at < ?`, [now], 'run');
    return told;
  }

  /** One transaction per due row: lock it (the select's `for update skip locked`), tell, mark. */
  private async eachRow<T>(select: string, params: unknown[], tell: (row: T) => Promise<[string, unknown[]]>): Promise<number> {
    let told = 0;
    for (;;) {
      const done = await this.orm.em.fork().transactional(async (em) => {
        const conn = em.getConnection();
        const trx = em.getTransactionContext();
        const [row] = await conn.execute<T[]>(select, params, 'all', trx);
        if (!row) return false;
        const [mark, markParams] = await tell(row);
        await conn.execute(mark, markParams, 'run', trx);
        return true;
      });
      if (!done) return told;
      told++;
    }
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
