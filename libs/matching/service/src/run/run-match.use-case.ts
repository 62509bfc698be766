import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MatchingErrors, type MatchRunDto, type RematchRequest, type RunMatchRequest, RunMatch, Rematch } from '@m4pris/matching-contracts';
import type { RequestContext } from '@m4pris/platform-core';
import { DuoSchema, ParticipantSchema } from '../projection/projection.entities.js';
import { matcherTenant } from '../shared/access.js';
import { MatchRunner } from './match-runner.js';
import { Handles } from '@m4pris/platform-messaging';

/** A match run on the whole cohort (or on the listed mentees) at once. */
@Injectable()
export class RunMatchUseCase {
  constructor(private readonly runner: MatchRunner) {}

  @Handles(RunMatch)
  execute(input: RunMatchRequest, ctx: RequestContext): Promise<MatchRunDto> {
    const tenantId = matcherTenant(ctx);
    return this.runner.start(tenantId, input.cohortId, ctx, input.menteeStaffIds);
  }
}

/**
 * Re-match the mentee of a duo that ended early: a run for that mentee alone, in which the previous
 * mentor is excluded by rule (and any "not a fit" pair stays excluded).
 */
@Injectable()
export class RematchUseCase {
  constructor(
    private readonly em: EntityManager,
    private readonly runner: MatchRunner,
  ) {}

  @Handles(Rematch)
  async execute(input: RematchRequest, ctx: RequestContext): Promise<MatchRunDto> {
    const tenantId = matcherTenant(ctx);
    const duo = await this.em.findOne(DuoSchema, { relationshipId: input.relationshipId, tenantId });
    if (!duo) throw MatchingErrors.RELATIONSHIP_NOT_FOUND({ field: 'relationshipId' });
    if (duo.state !== 'ended_early') throw MatchingErrors.DUO_STILL_ACTIVE({ field: 'relationshipId' });
    const participant = await this.em.findOne(ParticipantSchema, { tenantId, cohortId: duo.cohortId, staffId: duo.menteeStaffId, role: 'mentee', active: true });
    if (!participant) throw MatchingErrors.NOT_A_PARTICIPANT({ field: 'relationshipId', params: { staffId: duo.menteeStaffId, role: 'mentee' } });
    // The coordinator's re-match stands for the mentee's request when the ending did not carry one.
    if (participant.matched) {
      participant.matched = false;
      await this.em.flush();
    }
    return this.runner.start(tenantId, duo.cohortId, ctx, [duo.menteeStaffId]);
  }
}
