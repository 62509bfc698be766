import type { AttentionReason, ProgrammePolicy } from '@m4pris/programmes-contracts';
import type { CoordinatorScope } from '../shared/access.js';

export interface AttentionRules {
  /** A duo whose planned end is this close (or past) needs closing. */
  endingSoonDays: number;
  /** Days after the start by which both sides should have acknowledged the agreement. */
  agreementDueDays: number;
}

/** The reasons, in the order they are listed (the order of the `reasons` array). */
export const ATTENTION_REASONS: readonly AttentionReason[] = ['no_recent_meeting', 'fit_check_missed', 'open_concern', 'ending_soon', 'agreement_pending'];

/**
 * Why a live duo needs the coordinator's attention, computed from metadata only and in SQL (so that
 * the dashboard counts and the attention list pages without loading every duo):
 * no meeting within the policy's inactivity threshold (counting from the start when none), the fit
 * check not done in time after the first meeting, an open concern (the fact only), the planned end
 * close (or past), the agreement not acknowledged by both sides in time. Paused duos are not chased
 * for meetings or their end; ended duos need nothing.
 *
 * The expressions read the columns of `relationship` (alias `r`) and the parameters of the `p` row
 * built by `attentionParams` (alias `p`).
 */
const REASON_SQL: Record<AttentionReason, string> = {
  no_recent_meeting: `r.state = 'active' and (p.as_of - coalesce(r.last_meeting_on, r.started_on)) > p.inactivity_days`,
  fit_check_missed: `p.fit_check_days > 0 and r.first_meeting_on is not null and not r.fit_check_done and p.as_of > r.first_meeting_on + p.fit_check_days`,
  open_concern: `r.open_concerns > 0`,
  ending_soon: `r.state = 'active' and (r.planned_end_on - p.as_of) <= p.ending_soon_days`,
  agreement_pending: `not r.agreement_acknowledged and p.as_of > r.started_on + p.agreement_due_days`,
};

/** Boolean columns `needs_<reason>` (false for duos that are not live) and `days_since_contact`. */
export const ATTENTION_COLUMNS = [
  ...ATTENTION_REASONS.map((reason) => `(r.state in ('active', 'paused') and ${REASON_SQL[reason]}) as needs_${reason}`),
  `(p.as_of - coalesce(r.last_meeting_on, r.started_on))::int as days_since_contact`,
].join(',\n       ');

/** The parameter row `p` the reason expressions read (a one-row sub-select; bind `attentionParams`). */
export const ATTENTION_PARAMS_SQL = `(select ?::date as as_of, ?::int as inactivity_days, ?::int as fit_check_days, ?::int as ending_soon_days, ?::int as agreement_due_days) p`;

export function attentionParams(policy: ProgrammePolicy, asOf: string, rules: AttentionRules): unknown[] {
  return [asOf, policy.inactivityDays, policy.fitCheckDays, rules.endingSoonDays, rules.agreementDueDays];
}

/**
 * A duo (alias `d`, a `relationship` row) as it stood at the end of the day `asOf` (a SQL date
 * expression), rebuilt from what is stored with dates, as the columns REASON_SQL reads (so past
 * weeks are judged by the same rules as today): live from `started_on` until `ended_on`; the first
 * and last meeting among the meetings held by then; the fit check done when both answered "good fit"
 * by then; the concerns raised by then and not yet closed; the agreement acknowledged by both by
 * then. What is not stored with dates is taken as it is now: a pause is known only while it lasts
 * (`paused_at`), so a duo paused in a past week and resumed since counts as active in that week;
 * the planned end and the policy's thresholds are today's.
 */
export function duoAsOfSql(schema: string, asOf: string): string {
  const m = `"${schema}"."meeting" m where m.relationship_id = d.id and m.held_on <= ${asOf}`;
  return `select d.id, d.started_on, d.planned_end_on,
                 case when d.started_on > ${asOf} or (d.ended_on is not null and d.ended_on <= ${asOf}) then 'not_live'
                      when d.state = 'paused' and d.paused_at::date <= ${asOf} then 'paused'
                      else 'active' end as state,
                 (select min(m.held_on) from ${m}) as first_meeting_on,
                 (select max(m.held_on) from ${m}) as last_meeting_on,
                 (select count(*) from "${schema}"."fit_check" f
                   where f.relationship_id = d.id and f.answer = 'good_fit' and f.answered_at::date <= ${asOf}) = 2 as fit_check_done,
                 (select count(*) from "${schema}"."concern" c
                   where c.relationship_id = d.id and c.raised_at::date <= ${asOf} and (c.closed_at is null or c.closed_at::date > ${asOf}))::int as open_concerns,
                 coalesce((select a.mentor_acknowledged_at::date <= ${asOf} and a.mentee_acknowledged_at::date <= ${asOf}
                             from "${schema}"."agreement" a where a.relationship_id = d.id), false) as agreement_acknowledged`;
}

/** The `needs_*` columns of one row as the list of reasons, in the listed order. */
export function reasonsOfRow(row: object): AttentionReason[] {
  return ATTENTION_REASONS.filter((reason) => (row as Record<string, unknown>)[`needs_${reason}`] === true);
}

/** SQL true when any reason holds (for `where`). */
export const NEEDS_ATTENTION_SQL = ATTENTION_REASONS.map((reason) => `needs_${reason}`).join(' or ');

/**
 * A version of everything the cohort dashboard counts in the caller's scope, as one SQL expression
 * over the cohort (alias `c`): the number of the scope's duos and of its applications, and a digest
 * of their row versions (`xmin`, which changes with every update of a row). A duo's row changes
 * with its meetings, concerns, fit-check answers and agreement too (trigger `touch_duo`), so the
 * version changes whenever a figure of the dashboard could; what it does not cover (the policy, the
 * settings, the day, the scope) is part of the cache key beside it (dashboard-cache.ts).
 */
export function dashboardVersionSql(schema: string, scope: CoordinatorScope): { sql: string; params: unknown[] } {
  const duos = scopeSql('r', scope);
  const applications = scopeSql('a', scope);
  const digest = (alias: string) =>
    `count(*)::text || '.' || coalesce(bit_xor(hashtextextended(${alias}.id::text || ':' || ${alias}.xmin::text, 0)), 0)::text`;
  return {
    sql: `(select ${digest('r')} from "${schema}"."relationship" r where r.cohort_id = c.id and ${duos.sql})
          || '/' || (select ${digest('a')} from "${schema}"."application" a where a.cohort_id = c.id and ${applications.sql})`,
    params: [...duos.params, ...applications.params],
  };
}

/** The coordinator's scope as a SQL condition on a table alias with tenant_id, programme_id, institution_id. */
export function scopeSql(alias: string, scope: CoordinatorScope): { sql: string; params: unknown[] } {
  if (scope.all) return { sql: `${alias}.tenant_id = ?`, params: [scope.tenantId] };
  return {
    sql: `${alias}.tenant_id = ? and (${alias}.programme_id = any(?::uuid[]) or ${alias}.institution_id = any(?::uuid[]))`,
    params: [scope.tenantId, pgArray(scope.programmeIds), pgArray(scope.institutionIds)],
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A PostgreSQL array literal of uuids; anything not shaped like one matches nothing and is left out. */
function pgArray(ids: readonly string[]): string {
  return `{${ids.filter((id) => UUID.test(id)).join(',')}}`;
}
