import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MatchingErrors, type EmptyRequest, type ListMatchRunsRequest, type MatchingCohortDto, type MatchRunDto, type RunIdRequest, ListMatchingCohorts, ListMatchRuns, GetMatchRun } from '@m4pris/matching-contracts';
import { optionalPageBounds, sortClause, type RequestContext } from '@m4pris/platform-core';
import { CohortSchema, ParticipantSchema } from '../projection/projection.entities.js';
import { cohortInScope, MATCHING_CONFIGURERS, matcherTenant } from '../shared/access.js';
import { auditRead } from '../shared/audit.js';
import { CohortInputReader } from './cohort-input.js';
import { MatchRunner } from './match-runner.js';
import { MatchRunSchema } from './run.entities.js';
import { Handles } from '@m4pris/platform-messaging';

/** The people a run's answer is about: proposals name both sides (with the profile breakdown), and the unmatched. */
const runSubjects = (run: MatchRunDto): string[] => [...run.proposals.flatMap((p) => [p.mentorStaffId, p.menteeStaffId]), ...run.unmatched.map((u) => u.staffId)];

/** Cohorts known to matching (from programmes events) with their pools. */
@Injectable()
export class ListMatchingCohortsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListMatchingCohorts)
  async execute(_: EmptyRequest, ctx: RequestContext): Promise<MatchingCohortDto[]> {
    const tenantId = matcherTenant(ctx, MATCHING_CONFIGURERS);
    const cohorts = (await this.em.find(CohortSchema, { tenantId }, { orderBy: { id: 'asc' } })).filter((c) => cohortInScope(ctx, c));
    const participants = await this.em.find(ParticipantSchema, { tenantId, active: true });
    const runs = await this.em.find(MatchRunSchema, { tenantId }, { fields: ['id', 'cohortId'] });
    return cohorts.map((c) => {
      const mine = participants.filter((p) => p.cohortId === c.id);
      return {
        id: c.id,
        programmeId: c.programmeId,
        state: c.state,
        policyVersion: c.policyVersion,
        mentors: mine.filter((p) => p.role === 'mentor').length,
        mentees: mine.filter((p) => p.role === 'mentee').length,
        menteesWaiting: mine.filter((p) => p.role === 'mentee' && !p.matched).length,
        runs: runs.filter((r) => r.cohortId === c.id).length,
      };
    });
  }
}

@Injectable()
export class ListMatchRunsUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly reader: CohortInputReader,
    private readonly runner: MatchRunner,
  ) {}

  @Handles(ListMatchRuns)
  async execute(input: ListMatchRunsRequest, ctx: RequestContext): Promise<MatchRunDto[]> {
    const tenantId = matcherTenant(ctx);
    await this.reader.cohort(tenantId, input.cohortId, ctx);
    const runs = await this.em.find(MatchRunSchema, { tenantId, cohortId: input.cohortId }, {
      orderBy: sortClause(
        input.orderBy,
        { created_at: ['createdAt'], finished_at: ['finishedAt'], total_score: ['totalScore'], status: ['status'] },
        [{ createdAt: 'desc', id: 'asc' }],
      ),
      ...optionalPageBounds(input),
    });
    // One query for every run's proposals and one for their unmatched people, whatever the number of runs.
    const dtos = await this.runner.dtos(runs, ctx.locale);
    await auditRead(this.em, ctx, { action: 'run.list', subjects: dtos.flatMap(runSubjects) });
    return dtos;
  }
}

@Injectable()
export class GetMatchRunUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly runner: MatchRunner,
  ) {}

  @Handles(GetMatchRun)
  async execute(input: RunIdRequest, ctx: RequestContext): Promise<MatchRunDto> {
    const tenantId = matcherTenant(ctx);
    const run = await this.em.findOne(MatchRunSchema, { id: input.runId, tenantId });
    const cohort = run && (await this.em.findOne(CohortSchema, { id: run.cohortId, tenantId }));
    if (!run || !cohort || !cohortInScope(ctx, cohort)) throw MatchingErrors.RUN_NOT_FOUND({ field: 'runId' });
    const dto = await this.runner.dto(run.id, ctx.locale);
    await auditRead(this.em, ctx, { action: 'run.get', subjects: runSubjects(dto) });
    return dto;
  }
}
