import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PlatformError } from '@m4pris/platform-core';
import type { MatchApprovedEvent } from '@m4pris/matching-contracts';
import { Lookups } from '../shared/lookups.js';
import { DuoFactory } from './duo-factory.js';
import { RelationshipSchema } from './relationship.entity.js';
import { MatchApproved } from '@m4pris/matching-contracts';
import { OnEvent } from '@m4pris/platform-messaging';

/**
 * An approved match becomes a duo, once per proposal. The hard rules are checked again; a match
 * that breaks one (data changed since the run) is logged and left to the coordinator — retrying the
 * event would not help.
 */
@Injectable()
export class FormMatchedDuoUseCase {
  private readonly logger = new Logger('programmes');

  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly duos: DuoFactory,
  ) {}

  @OnEvent(MatchApproved)
  async execute(e: MatchApprovedEvent): Promise<void> {
    if ((await this.em.count(RelationshipSchema, { proposalId: e.proposalId })) > 0) return;
    const apps = await this.duos.applications(this.em, e.tenantId, [e.mentorApplicationId, e.menteeApplicationId]);
    const mentorApp = apps.get(e.mentorApplicationId);
    const menteeApp = apps.get(e.menteeApplicationId);
    if (!mentorApp || !menteeApp) {
      this.logger.warn(`match ${e.proposalId} not turned into a duo: application not found`);
      return;
    }
    try {
      const { cohort, policy } = await this.lookups.cohortIn(e.tenantId, e.cohortId);
      await this.duos.form(this.em, cohort, policy, mentorApp, menteeApp, { proposalId: e.proposalId, flags: e.flags });
    } catch (err) {
      if (!(err instanceof PlatformError)) throw err;
      this.logger.warn(`match ${e.proposalId} not turned into a duo: ${err.message}`);
    }
  }
}
