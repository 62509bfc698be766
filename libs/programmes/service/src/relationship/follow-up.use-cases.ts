import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrors, notFound, requireAuthenticated, type RequestContext } from '@m4pris/platform-core';
import {
  MENTORING_FUNCTIONS,
  type AttentionItemDto,
  type AttentionReason,
  type AttentionRequest,
  type CheckInDto,
  type CohortDashboardDto,
  type CohortDashboardRequest,
  type CohortDashboardWeekDto,
  type CohortState,
  DEFAULT_DASHBOARD_WEEKS,
  type ParticipantRole,
  type ProgrammePolicy,
  type RecordCheckInRequest,
  type RelationshipIdRequest,
  RecordCheckIn,
  ListCheckIns,
  ListAttention,
  CohortDashboard,
} from '@m4pris/programmes-contracts';
import { ProgrammesSettings } from '../programmes.settings.js';
import { iso, programmeInScope, requireCohortManager, requireCoordinator, type CoordinatorScope } from '../shared/access.js';
import { dateOnly, today } from '../shared/dates.js';
import { Lookups } from '../shared/lookups.js';
import { ATTENTION_COLUMNS, ATTENTION_PARAMS_SQL, ATTENTION_REASONS, NEEDS_ATTENTION_SQL, attentionParams, dashboardVersionSql, duoAsOfSql, reasonsOfRow, scopeSql } from './attention.js';
import { DashboardCache } from './dashboard-cache.js';
import { CheckInSchema, RelationshipSchema, type CheckIn } from './relationship.entity.js';
import { RelationshipPresenter } from './relationship.presenter.js';
import { Handles } from '@m4pris/platform-messaging';

function toCheckInDto(c: CheckIn): CheckInDto {
  return { id: c.id, relationshipId: c.relationshipId, on: dateOnly(c.on), channel: c.channel, outcome: c.outcome, createdAt: iso(c.createdAt) };
}

/** The coordinator's follow-up contacts: when, how, and a one-word outcome. No content. */
@Injectable()
export class RecordCheckInUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
  ) {}

  @Handles(RecordCheckIn)
  async execute(input: RecordCheckInRequest, ctx: RequestContext): Promise<CheckInDto> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'coordinator');
    if (input.on > today()) throw CommonErrors.INVALID_INPUT({ field: 'on', params: { field: 'on', reason: 'cannot be in the future' } });
    if (input.on < dateOnly(rel.startedOn)) throw CommonErrors.INVALID_INPUT({ field: 'on', params: { field: 'on', reason: 'is before the relationship started' } });
    const c = this.em.create(CheckInSchema, {
      id: randomUUID(),
      tenantId: rel.tenantId,
      relationshipId: rel.id,
      on: input.on,
      channel: input.channel,
      outcome: input.outcome,
      recordedBy: ctx.userId!,
      createdAt: new Date(),
    });
    const last = dateOnly(rel.lastCheckInOn);
    if (!last || input.on > last) rel.lastCheckInOn = input.on;
    await this.em.flush();
    return toCheckInDto(c);
  }
}

@Injectable()
export class ListCheckInsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(ListCheckIns)
  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<CheckInDto[]> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'coordinator');
    const relationship = await this.presenter.one(rel, null);
    return (await this.em.find(CheckInSchema, { relationshipId: rel.id }, { orderBy: { on: 'desc', id: 'asc' } })).map((c) => ({ ...toCheckInDto(c), relationship }));
  }
}

interface DuoRow {
  id: string;
  mentor_staff_id: string;
  mentee_staff_id: string;
  last_meeting_on: string | Date | null;
  planned_end_on: string | Date;
  days_since_contact: number;
  [needs: `needs_${string}`]: boolean;
}

interface DashboardRow {
  active: number;
  paused: number;
  ended_early: number;
  closed: number;
  duos: number;
  rematch: number;
  open_concerns: number;
  needing: number;
  reasons: Record<AttentionReason, number>;
  meetings: number;
  minutes: number;
  psychosocial: number;
  job_familiarisation: number;
  applications: { role: ParticipantRole; state: string; count: number }[] | null;
  weeks: CohortDashboardWeekDto[];
}

/**
 * The duos of a cohort within the caller's scope as a SQL sub-select `duo` with their attention
 * columns (attention.ts): the dashboard aggregates it and the attention list pages it, both in one
 * statement, so neither loads the duos as entities nor grows with their number.
 */
@Injectable()
export class Attention {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: ProgrammesSettings,
  ) {}

  /** `withVersion`: also read the version of what the dashboard counts (dashboardVersionSql), in the same statement. */
  async of(scope: CoordinatorScope, cohortId: string, asOf: string, withVersion = false) {
    const schema = this.em.config.get('schema')!;
    const run = <T>(sql: string, params: unknown[]) => this.em.getConnection().execute<T[]>(sql, params, 'all', this.em.getTransactionContext());
    // The cohort, its programme (for the scope check) and the policy version it runs under, in one
    // statement rather than three entity loads (Lookups.cohortIn): the dashboard is read on every
    // coordinator's page view, and each statement is a round trip to PostgreSQL. Same filters:
    // the caller's tenant on the cohort, the programme and policy version the cohort names.
    const version = withVersion ? dashboardVersionSql(schema, scope) : { sql: 'null', params: [] };
    const [row] = await run<{ id: string; state: CohortState; programme_id: string; programme_tenant_id: string; institution_ids: string[]; policy: ProgrammePolicy; version: string | null }>(
      `select c.id, c.state, p.id as programme_id, p.tenant_id as programme_tenant_id, p.institution_ids, v.policy, ${version.sql} as version
         from "${schema}"."cohort" c
         join "${schema}"."programme" p on p.id = c.programme_id
         join "${schema}"."policy_version" v on v.programme_id = c.programme_id and v.version = c.policy_version
        where c.id = ? and c.tenant_id = ?`,
      [...version.params, cohortId, scope.tenantId],
    );
    if (!row || !programmeInScope(scope, { id: row.programme_id, tenantId: row.programme_tenant_id, institutionIds: row.institution_ids })) throw notFound('Cohort', 'cohortId');
    const cohort = { id: row.id, state: row.state };
    const rules = { endingSoonDays: this.settings.ATTENTION_ENDING_SOON_DAYS, agreementDueDays: this.settings.AGREEMENT_DUE_DAYS };
    const inScope = scopeSql('r', scope);
    const params = attentionParams(row.policy, asOf, rules);
    const duo = {
      sql: `(select r.*, ${ATTENTION_COLUMNS}
               from "${schema}"."relationship" r, ${ATTENTION_PARAMS_SQL}
              where r.cohort_id = ? and ${inScope.sql}) duo`,
      params: [...params, cohort.id, ...inScope.params],
    };
    /** The attention parameters (bind them to ATTENTION_PARAMS_SQL again). */
    return { cohort, schema, duo, run, params, version: row.version };
  }
}

@Injectable()
export class ListAttentionUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly attention: Attention,
    private readonly presenter: RelationshipPresenter,
  ) {}

  @Handles(ListAttention)
  async execute(input: AttentionRequest, ctx: RequestContext): Promise<AttentionItemDto[]> {
    const scope = requireCoordinator(ctx);
    const asOf = input.asOf ?? today();
    const { duo, run } = await this.attention.of(scope, input.cohortId, asOf);
    // Only the duos needing attention leave the database, one page of them (all when no `limit`).
    const page = input.limit === undefined ? '' : ` limit ${Math.trunc(input.limit)}`;
    const skip = input.offset ? ` offset ${Math.trunc(input.offset)}` : '';
    const rows = await run<DuoRow>(
      `select duo.id, duo.mentor_staff_id, duo.mentee_staff_id, duo.last_meeting_on, duo.planned_end_on, duo.days_since_contact,
              ${ATTENTION_REASONS.map((r) => `duo.needs_${r}`).join(', ')}
         from ${duo.sql}
        where ${NEEDS_ATTENTION_SQL}
        order by duo.started_on asc, duo.id asc${page}${skip}`,
      duo.params,
    );
    // The duos with their people by name: one statement for the page's duos, three for the people.
    const entities = rows.length ? await this.em.find(RelationshipSchema, { id: { $in: rows.map((r) => r.id) } }) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const duos = await this.presenter.many(rows.map((r) => byId.get(r.id)!), () => null);
    return rows.map((r, i) => ({
      relationship: duos[i]!,
      relationshipId: r.id,
      mentorStaffId: r.mentor_staff_id,
      menteeStaffId: r.mentee_staff_id,
      reasons: reasonsOfRow(r),
      lastMeetingOn: dateOnly(r.last_meeting_on),
      daysSinceContact: r.days_since_contact,
      plannedEndOn: dateOnly(r.planned_end_on),
    }));
  }
}

/**
 * The coordinator dashboard of a cohort: process metadata and counts only, aggregated in SQL. A
 * constant number of SQL statements whatever the number of duos (the cohort lookups, then one
 * statement counting duos, attention reasons, meetings and applications, and the weekly series:
 * meetings per week and duos needing attention per week, the rules judged on each week's end from
 * the stored dates; see duoAsOfSql). Tenant admins get it too (aggregates); no person is named in it.
 */
@Injectable()
export class CohortDashboardUseCase {
  constructor(
    private readonly attention: Attention,
    private readonly cache: DashboardCache,
  ) {}

  @Handles(CohortDashboard)
  async execute(input: CohortDashboardRequest, ctx: RequestContext): Promise<CohortDashboardDto> {
    requireAuthenticated(ctx);
    const scope = requireCohortManager(ctx);
    const asOf = input.asOf ?? today();
    const weeks = input.weeks ?? DEFAULT_DASHBOARD_WEEKS;
    // Computed again only when something it counts changed (dashboard-cache.ts). With the changes
    // heard, the whole answer is kept (cohort and scope check included: the scope is in the key).
    const heard = this.cache.heard(scope.tenantId);
    if (heard !== undefined) {
      return this.cache.get({ cohortId: input.cohortId, scope, params: [asOf], weeks, version: `heard ${heard}` }, async () => {
        const { cohort, schema, duo, run, params } = await this.attention.of(scope, input.cohortId, asOf);
        return this.answer(cohort, await this.figures(scope, cohort.id, schema, duo, run, params, weeks));
      });
    }
    const { cohort, schema, duo, run, params, version } = await this.attention.of(scope, input.cohortId, asOf, this.cache.enabled);
    const d = await this.cache.get({ cohortId: cohort.id, scope, params, weeks, version: version ?? '' }, () => this.figures(scope, cohort.id, schema, duo, run, params, weeks));
    return this.answer(cohort, d);
  }

  /** The dashboard of `cohort` from its figures. */
  private answer(cohort: { id: string; state: CohortState }, d: DashboardRow): CohortDashboardDto {
    const tagged = d.psychosocial + d.job_familiarisation;
    return {
      cohortId: cohort.id,
      state: cohort.state,
      applications: d.applications ?? [],
      activeDuos: d.active,
      pausedDuos: d.paused,
      endedEarly: d.ended_early,
      closedDuos: d.closed,
      rematchRequests: d.rematch,
      meetings: d.meetings,
      meetingsPerDuo: d.duos > 0 ? Math.round((d.meetings / d.duos) * 100) / 100 : 0,
      meetingMinutes: d.minutes,
      duosNeedingAttention: d.needing,
      attentionByReason: ATTENTION_REASONS.filter((r) => d.reasons[r] > 0).map((reason) => ({ reason, count: d.reasons[reason] })),
      openConcerns: d.open_concerns,
      functionBalance: MENTORING_FUNCTIONS.map((f) => ({
        function: f,
        meetings: d[f],
        share: tagged > 0 ? Math.round((d[f] / tagged) * 1000) / 1000 : 0,
      })),
      weeks: d.weeks,
    };
  }

  /** Every figure of the dashboard in one statement. */
  private async figures(
    scope: CoordinatorScope,
    cohortId: string,
    schema: string,
    duo: { sql: string; params: unknown[] },
    run: <T>(sql: string, params: unknown[]) => Promise<T[]>,
    params: unknown[],
    weeks: number,
  ): Promise<DashboardRow> {
    const appScope = scopeSql('a', scope);
    // Meetings are counted over the duos in scope (the scope is applied once, by `duo`).
    const [d] = await run<DashboardRow>(
      `with duo as (select * from ${duo.sql}),
            counts as (
              select count(*) filter (where state = 'active')::int as active,
                     count(*) filter (where state = 'paused')::int as paused,
                     count(*) filter (where state = 'ended_early')::int as ended_early,
                     count(*) filter (where state = 'closed')::int as closed,
                     count(*)::int as duos,
                     count(*) filter (where rematch_requested)::int as rematch,
                     coalesce(sum(open_concerns), 0)::int as open_concerns,
                     count(*) filter (where ${NEEDS_ATTENTION_SQL})::int as needing,
                     json_build_object(${ATTENTION_REASONS.map((r) => `'${r}', count(*) filter (where needs_${r})`).join(', ')}) as reasons
                from duo),
            meetings as (
              select count(*)::int as meetings, coalesce(sum(m.duration_minutes), 0)::int as minutes,
                     count(*) filter (where m.functions @> '["psychosocial"]'::jsonb)::int as psychosocial,
                     count(*) filter (where m.functions @> '["job_familiarisation"]'::jsonb)::int as job_familiarisation
                from "${schema}"."meeting" m
               where m.cohort_id = ? and m.relationship_id in (select id from duo)),
            applications as (
              select json_agg(json_build_object('role', x.role, 'state', x.state, 'count', x.n)) as applications
                from (select a.role, a.state, count(*)::int as n
                        from "${schema}"."application" a
                       where a.cohort_id = ? and ${appScope.sql}
                       group by a.role, a.state) x),
            -- The weeks (Monday to Sunday) up to the week of as_of, each judged at its end (or at as_of).
            weeks as (
              select monday - 7 * k as starts_on, least(monday - 7 * k + 6, p.as_of) as as_of,
                     p.inactivity_days, p.fit_check_days, p.ending_soon_days, p.agreement_due_days
                from ${ATTENTION_PARAMS_SQL}
                     cross join lateral (select p.as_of - (extract(isodow from p.as_of)::int - 1) as monday) w
                     cross join generate_series(0, ?::int - 1) k),
            weekly as (
              select w.starts_on,
                     (select count(*) from "${schema}"."meeting" m
                       where m.cohort_id = ? and m.relationship_id in (select id from duo)
                         and m.held_on between w.starts_on and w.as_of)::int as meetings,
                     (select count(*)
                        from (select ${ATTENTION_COLUMNS}
                                from (${duoAsOfSql(schema, 'w.as_of')} from duo d) r,
                                     (select w.as_of, w.inactivity_days, w.fit_check_days, w.ending_soon_days, w.agreement_due_days) p) x
                       where ${NEEDS_ATTENTION_SQL})::int as needing
                from weeks w),
            series as (
              select json_agg(json_build_object('startsOn', to_char(starts_on, 'YYYY-MM-DD'), 'meetings', meetings, 'duosNeedingAttention', needing)
                              order by starts_on) as weeks
                from weekly)
       select * from counts, meetings, applications, series`,
      [...duo.params, cohortId, cohortId, ...appScope.params, ...params, weeks, cohortId],
    );
    // Sorted once here, not on every kept use (the bus serialises each reply, so kept figures are never shared with a caller).
    return { ...d, applications: (d.applications ?? []).sort((x, y) => x.role.localeCompare(y.role) || x.state.localeCompare(y.state)) };
  }
}
