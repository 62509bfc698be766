import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OnEvent } from '@m4pris/platform-messaging';
import { StaffErased, StaffProfileChanged, type StaffErasedEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { MatchApproved, type MatchApprovedEvent } from '@m4pris/matching-contracts';
import { CourseCompleted, type CourseCompletedEvent } from '@m4pris/training-contracts';
import { ApplicationSchema } from '../application/application.entity.js';
import { DuoFactory } from '../relationship/duo-factory.js';
import { AgreementSchema, ConcernSchema, GoalSchema, MeetingSchema, ReflectionSchema, RelationshipSchema } from '../relationship/relationship.entity.js';
import { Lookups } from '../shared/lookups.js';
import { StaffProfileSchema, TrainedMentorSchema } from './projection.entity.js';
import { PlatformError } from '@m4pris/platform-core';

/** Events from identity, training and matching. Each runs once per event, in one transaction. */
@Injectable()
export class ProjectionHandlers {
  private readonly logger = new Logger('programmes');

  constructor(
    private readonly em: EntityManager,
    private readonly lookups: Lookups,
    private readonly duos: DuoFactory,
  ) {}

  @OnEvent(StaffProfileChanged)
  async profileChanged(e: StaffProfileEvent): Promise<void> {
    const row = {
      staffId: e.staffId,
      tenantId: e.tenantId,
      institutionId: e.institutionId,
      institutionKind: e.institutionKind,
      region: e.region,
      unitId: e.unitId,
      supervisesOthers: e.supervisesOthers,
      hiredOn: e.hiredOn,
      joinedInstitutionOn: e.joinedInstitutionOn,
      previousInstitutionKind: e.previousInstitutionKind,
      lineManagerId: e.lineManagerId,
      languages: e.languages,
      leftServiceOn: e.leftServiceOn,
      updatedAt: new Date(),
    };
    await this.em.upsert(StaffProfileSchema, row);
  }

  /** Right to erasure: the person's profile and every text they may have written go. */
  @OnEvent(StaffErased)
  async erased(e: StaffErasedEvent): Promise<void> {
    const em = this.em;
    await em.nativeDelete(StaffProfileSchema, { staffId: e.staffId });
    await em.nativeDelete(TrainedMentorSchema, { staffId: e.staffId });
    await em.nativeUpdate(ApplicationSchema, { staffId: e.staffId }, { motivation: null, strengthsOrNeeds: null, conflictStaffIds: [], preferredStaffIds: [] });
    const rels = await em.find(RelationshipSchema, { $or: [{ mentorStaffId: e.staffId }, { menteeStaffId: e.staffId }] }, { fields: ['id'] });
    const ids = rels.map((r) => r.id);
    if (ids.length > 0) {
      // Duo content is shared by both sides: it cannot stay once one of them is erased.
      await em.nativeUpdate(MeetingSchema, { relationshipId: { $in: ids } }, { notes: null });
      await em.nativeUpdate(GoalSchema, { relationshipId: { $in: ids } }, { title: '(erased)', description: null });
      await em.nativeUpdate(AgreementSchema, { relationshipId: { $in: ids } }, { goalsSummary: null, practicalities: null });
      await em.nativeDelete(ReflectionSchema, { relationshipId: { $in: ids } });
    }
    await em.nativeUpdate(ConcernSchema, { raisedByStaffId: e.staffId }, { details: '(erased)' });
  }

  @OnEvent(CourseCompleted)
  async courseCompleted(e: CourseCompletedEvent): Promise<void> {
    if (e.audience !== 'mentor') return;
    await this.em.upsert(TrainedMentorSchema, { staffId: e.staffId, courseId: e.courseId, tenantId: e.tenantId, completedOn: e.completedOn });
  }

  /**
   * An approved match becomes a duo. The hard rules are checked again here; a match that breaks
   * one (data changed since the run) is logged and left for the coordinator — retrying would not help.
   */
  @OnEvent(MatchApproved)
  async matchApproved(e: MatchApprovedEvent): Promise<void> {
    const existing = await this.em.count(RelationshipSchema, { proposalId: e.proposalId });
    if (existing > 0) return;
    try {
      const { cohort, policy } = await this.lookups.cohortIn(e.tenantId, e.cohortId);
      const apps = await this.duos.applications(this.em, e.tenantId, [e.mentorApplicationId, e.menteeApplicationId]);
      const mentorApp = apps.get(e.mentorApplicationId);
      const menteeApp = apps.get(e.menteeApplicationId);
      if (!mentorApp || !menteeApp) throw new Error('application not found');
      await this.duos.form(this.em, cohort, policy, mentorApp, menteeApp, { proposalId: e.proposalId, flags: e.flags });
    } catch (err) {
      if (!(err instanceof PlatformError) && (err as Error).message !== 'application not found') throw err;
      this.logger.warn(`match ${e.proposalId} not turned into a duo: ${(err as Error).message}`);
    }
  }
}
