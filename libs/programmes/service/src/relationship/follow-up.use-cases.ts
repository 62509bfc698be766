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
  type ParticipantRole,
  type RecordCheckInRequest,
  type RelationshipIdRequest,
} from '@m4pris/programmes-contracts';
import { ProgrammesSettings } from '../programmes.settings.js';
import { ApplicationSchema } from '../application/application.entity.js';
import { iso, programmeInScope, requireCohortManager, requireCoordinator, scopeFilter, type CoordinatorScope } from '../shared/access.js';
import { dateOnly, today } from '../shared/dates.js';
import { Lookups } from '../shared/lookups.js';
import { attentionReasons, daysSinceContact } from './attention.js';
import { CheckInSchema, RelationshipSchema, type CheckIn } from './relationship.entity.js';
import { RelationshipPresenter } from './relationship.presenter.js';

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

  async execute(input: RelationshipIdRequest, ctx: RequestContext): Promise<CheckInDto[]> {
    const { rel } = await this.lookups.relationship(ctx, input.relationshipId, 'coordinator');
    const relationship = await this.presenter.one(rel, null);
    return (await this.em.find(CheckInSchema, { relationshipId: rel.id }, { orderBy: { on: 'desc', id: 'asc' } })).map((c) => ({ ...toCheckInDto(c), relationship }));
  }
}

@Injectable()
export class Attention {
  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly settings: ProgrammesSettings,
  ) {}

  /** Live duos of a cohort within the caller's scope, each with its reasons (one query). */
  async of(scope: CoordinatorScope, cohortId: string, asOf: string) {
    const { cohort, programme, policy } = await this.lookups.cohortIn(scope.tenantId, cohortId);
    if (!programmeInScope(scope, programme)) throw notFound('Cohort', 'cohortId');
    const rules = { endingSoonDays: this.settings.ATTENTION_ENDING_SOON_DAYS, agreementDueDays: this.settings.AGREEMENT_DUE_DAYS };
    const rels = await this.em.find(RelationshipSchema, { ...scopeFilter(scope), cohortId: cohort.id }, { orderBy: { startedOn: 'asc', id: 'asc' } });
    return { cohort, rels, reasonsOf: (r: (typeof rels)[number]) => attentionReasons(r, policy, asOf, rules) };
  }
}

@Injectable()
export class ListAttentionUseCase {
  constructor(
    private readonly attention: Attention,
    private readonly presenter: RelationshipPresenter,
  ) {}

  async execute(input: AttentionRequest, ctx: RequestContext): Promise<AttentionItemDto[]> {
    const scope = requireCoordinator(ctx);
    const asOf = input.asOf ?? today();
    const { rels, reasonsOf } = await this.attention.of(scope, input.cohortId, asOf);
    const flagged = rels.map((r) => ({ r, reasons: reasonsOf(r) })).filter((x) => x.reasons.length > 0);
    // The duos with their people by name: three statements for the whole list.
    const duos = await this.presenter.many(flagged.map((x) => x.r), () => null);
    const out: AttentionItemDto[] = [];
    for (const [i, { r, reasons }] of flagged.entries()) {
      out.push({
        relationship: duos[i]!,
        relationshipId: r.id,
        mentorStaffId: r.mentorStaffId,
        menteeStaffId: r.menteeStaffId,
        reasons,
        lastMeetingOn: dateOnly(r.lastMeetingOn),
        daysSinceContact: daysSinceContact(r, asOf),
        plannedEndOn: dateOnly(r.plannedEndOn),
      });
    }
    return out;
  }
}

/**
 * The coordinator dashboard of a cohort: process metadata and counts only. A constant number of
 * SQL statements whatever the number of duos (cohort, policy, application counts, duos, meeting
 * aggregates). Tenant admins get it too (aggregates); no person is named in it.
 */
@Injectable()
export class CohortDashboardUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly attention: Attention,
  ) {}

  async execute(input: AttentionRequest, ctx: RequestContext): Promise<CohortDashboardDto> {
    requireAuthenticated(ctx);
    const scope = requireCohortManager(ctx);
    const asOf = input.asOf ?? today();
    const { cohort, rels, reasonsOf } = await this.attention.of(scope, input.cohortId, asOf);
    // Scope is applied once, by the duos already loaded: meetings are counted over their ids.
    const apps = await this.em.find(ApplicationSchema, { ...scopeFilter(scope), cohortId: cohort.id }, { fields: ['role', 'state'] });
    const schema = this.em.config.get('schema')!;
    const meetings = await this.em.getConnection().execute<{ meetings: number; minutes: number; psychosocial: number; job_familiarisation: number }[]>(
      `select count(*)::int as meetings, coalesce(sum(duration_minutes), 0)::int as minutes,
              count(*) filter (where functions @> '["psychosocial"]'::jsonb)::int as psychosocial,
              count(*) filter (where functions @> '["job_familiarisation"]'::jsonb)::int as job_familiarisation
         from "${schema}"."meeting" where relationship_id = any(string_to_array(?, ',')::uuid[])`,
      [rels.map((r) => r.id).join(',')],
      'all',
      this.em.getTransactionContext(),
    );
    const count = (state: string) => rels.filter((r) => r.state === state).length;
    const byReason = new Map<AttentionReason, number>();
    let needing = 0;
    for (const r of rels) {
      const reasons = reasonsOf(r);
      if (reasons.length > 0) needing++;
      for (const reason of reasons) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
    const m = meetings[0] ?? { meetings: 0, minutes: 0, psychosocial: 0, job_familiarisation: 0 };
    const tagged = m.psychosocial + m.job_familiarisation;
    const duos = rels.length;
    return {
      cohortId: cohort.id,
      state: cohort.state,
      applications: countApplications(apps),
      activeDuos: count('active'),
      pausedDuos: count('paused'),
      endedEarly: count('ended_early'),
      closedDuos: count('closed'),
      rematchRequests: rels.filter((r) => r.rematchRequested).length,
      meetings: m.meetings,
      meetingsPerDuo: duos > 0 ? Math.round((m.meetings / duos) * 100) / 100 : 0,
      meetingMinutes: m.minutes,
      duosNeedingAttention: needing,
      attentionByReason: [...byReason].map(([reason, n]) => ({ reason, count: n })),
      openConcerns: rels.reduce((n, r) => n + r.openConcerns, 0),
      functionBalance: MENTORING_FUNCTIONS.map((f) => ({
        function: f,
        meetings: m[f],
        share: tagged > 0 ? Math.round((m[f] / tagged) * 1000) / 1000 : 0,
      })),
    };
  }
}

/** Applications by role and state, in a stable order. */
function countApplications(apps: { role: ParticipantRole; state: string }[]): { role: ParticipantRole; state: string; count: number }[] {
  const counts = new Map<string, { role: ParticipantRole; state: string; count: number }>();
  for (const a of apps) {
    const key = `${a.role}/${a.state}`;
    const c = counts.get(key) ?? { role: a.role, state: a.state, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((x, y) => x.role.localeCompare(y.role) || x.state.localeCompare(y.state));
}
