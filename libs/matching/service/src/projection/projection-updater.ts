import type { EventEnvelope } from '@m4pris/platform-core';
import { notErased, recordErasure, OnEvent, OnEvents } from '@m4pris/platform-messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';
import type { ShiftPatternDefinedEvent, StaffErasedEvent, StaffProfileEvent, TenantCreatedEvent } from '@m4pris/identity-contracts';
import type {
  ApplicationClosedEvent,
  ApplicationEvent,
  CohortChangedEvent,
  RelationshipEndedEarlyEvent,
  RelationshipEvent,
  RelationshipStartedEvent,
} from '@m4pris/programmes-contracts';
import type { CourseCompletedEvent } from '@m4pris/training-contracts';
import { PairRuleSchema, ProposalSchema, UnmatchedSchema } from '../run/run.entities.js';
import {
  CohortSchema,
  DuoSchema,
  ParticipantSchema,
  ShiftPatternSchema,
  StaffProfileSchema,
  TenantModulesSchema,
  TrainedMentorSchema,
} from './projection.entities.js';
import { TenantCreated, StaffProfileChanged, StaffErased, ShiftPatternDefined } from '@m4pris/identity-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';
import { CohortChanged, ApplicationAccepted, ApplicationWithdrawn, RelationshipStarted, RelationshipEndedEarly, RelationshipClosed } from '@m4pris/programmes-contracts';

/**
 * Keeps matching's own copy of what a run needs. Every change is an upsert keyed by the source's
 * id, so a replayed event leaves the same state.
 */
@Injectable()
export class ProjectionUpdater {
  constructor(private readonly em: EntityManager) {}

  private async upsert<T extends object>(schema: EntityName<T>, where: Record<string, unknown>, data: Record<string, unknown>): Promise<T> {
    const found = await this.em.findOne(schema, where as never);
    if (found) {
      Object.assign(found, data);
      return found;
    }
    return this.em.create(schema, { ...where, ...data } as never);
  }

  @OnEvent(TenantCreated)
  async tenantCreated(e: TenantCreatedEvent): Promise<void> {
    // A redelivered (late) creation must not undo what a course completion already proved.
    const known = await this.em.findOne(TenantModulesSchema, { tenantId: e.tenantId });
    await this.upsert(TenantModulesSchema, { tenantId: e.tenantId }, { trainingDeployed: e.enabledModules.includes('training') || (known?.trainingDeployed ?? false), updatedAt: new Date() });
    await this.em.flush();
  }

  @OnEvents(StaffProfileChanged)
  async staffChanged(events: StaffProfileEvent[]): Promise<void> {
    // A late event about an erased person does not bring them back.
    const live = await notErased(this.em, events);
    if (live.length === 0) return;
    await this.em.upsertMany(
      StaffProfileSchema,
      live.map((e) => ({
        staffId: e.staffId,
        tenantId: e.tenantId,
        institutionId: e.institutionId,
        institutionKind: e.institutionKind,
        region: e.region,
        unitId: e.unitId ?? null,
        supervisesOthers: e.supervisesOthers,
        hiredOn: e.hiredOn,
        joinedInstitutionOn: e.joinedInstitutionOn,
        previousInstitutionKind: e.previousInstitutionKind ?? null,
        shiftPatternId: e.shiftPatternId ?? null,
        shiftOffsetDays: e.shiftOffsetDays,
        languages: e.languages,
        lineManagerId: e.lineManagerId ?? null,
        leftServiceOn: e.leftServiceOn ?? null,
        updatedAt: new Date(),
      })),
    );
  }

  /** Right to erasure: everything matching holds about the person goes. */
  @OnEvent(StaffErased)
  async staffErased(e: StaffErasedEvent, envelope?: EventEnvelope): Promise<void> {
    const t = { tenantId: e.tenantId };
    await recordErasure(this.em, e, envelope);
    await this.em.nativeDelete(StaffProfileSchema, { staffId: e.staffId, ...t });
    await this.em.nativeDelete(TrainedMentorSchema, { staffId: e.staffId, ...t });
    await this.em.nativeDelete(ParticipantSchema, { staffId: e.staffId, ...t });
    await this.em.nativeDelete(DuoSchema, { $or: [{ mentorStaffId: e.staffId }, { menteeStaffId: e.staffId }], ...t });
    await this.em.nativeDelete(PairRuleSchema, { $or: [{ mentorStaffId: e.staffId }, { menteeStaffId: e.staffId }], ...t });
    await this.em.nativeDelete(ProposalSchema, { $or: [{ mentorStaffId: e.staffId }, { menteeStaffId: e.staffId }], ...t });
    await this.em.nativeDelete(UnmatchedSchema, { staffId: e.staffId, ...t });
    await this.em.nativeUpdate(StaffProfileSchema, { lineManagerId: e.staffId, ...t }, { lineManagerId: null });
  }

  @OnEvent(ShiftPatternDefined)
  async shiftPattern(e: ShiftPatternDefinedEvent): Promise<void> {
    await this.upsert(ShiftPatternSchema, { id: e.shiftPatternId }, { tenantId: e.tenantId, cycleDays: e.cycleDays, shifts: e.shifts.map((s) => ({ day: s.day, start: s.start, hours: s.hours })) });
    await this.em.flush();
  }

  /** A mentor course completed: the mentor is trained, and the tenant evidently runs training. */
  @OnEvent(CourseCompleted)
  async courseCompleted(e: CourseCompletedEvent): Promise<void> {
    await this.upsert(TenantModulesSchema, { tenantId: e.tenantId }, { trainingDeployed: true, updatedAt: new Date() });
    if (e.audience === 'mentor') await this.upsert(TrainedMentorSchema, { staffId: e.staffId }, { tenantId: e.tenantId, completedOn: e.completedOn });
    await this.em.flush();
  }

  @OnEvent(CohortChanged)
  async cohortChanged(e: CohortChangedEvent): Promise<void> {
    const existing = await this.em.findOne(CohortSchema, { id: e.cohortId });
    if (existing && existing.policyVersion > e.policyVersion) return; // an older snapshot arriving late
    await this.upsert(
      CohortSchema,
      { id: e.cohortId },
      { tenantId: e.tenantId, programmeId: e.programmeId, state: e.state, policyVersion: e.policyVersion, policy: JSON.parse(JSON.stringify(e.policy)) as never, institutionIds: e.institutionIds, updatedAt: new Date() },
    );
    await this.em.flush();
  }

  @OnEvent(ApplicationAccepted)
  async accepted(e: ApplicationEvent): Promise<void> {
    const existing = await this.em.findOne(ParticipantSchema, { applicationId: e.applicationId });
    await this.upsert(
      ParticipantSchema,
      { applicationId: e.applicationId },
      {
        tenantId: e.tenantId,
        cohortId: e.cohortId,
        programmeId: e.programmeId,
        staffId: e.staffId,
        role: e.role,
        functions: e.functions,
        languages: e.languages,
        prefersSameUnit: e.prefersSameUnit,
        preferredStaffIds: e.preferredStaffIds,
        conflictStaffIds: e.conflictStaffIds,
        active: true,
        matched: existing?.matched ?? false,
        updatedAt: new Date(),
      },
    );
    await this.em.flush();
  }

  @OnEvent(ApplicationWithdrawn)
  async withdrawn(e: ApplicationClosedEvent): Promise<void> {
    await this.em.nativeUpdate(ParticipantSchema, { applicationId: e.applicationId, tenantId: e.tenantId }, { active: false, updatedAt: new Date() });
  }

  /**
   * Relationship events carry no order key (evaluation needs a late start's dates), so this copes with
   * a start delivered after the duo's end (redelivered late): the end stays, the mentee stays as the end left them.
   */
  @OnEvent(RelationshipStarted)
  async started(e: RelationshipStartedEvent): Promise<void> {
    const existing = await this.em.findOne(DuoSchema, { relationshipId: e.relationshipId });
    if (existing && existing.state !== 'active') {
      await this.linkProposal(e);
      return;
    }
    await this.upsert(
      DuoSchema,
      { relationshipId: e.relationshipId },
      { tenantId: e.tenantId, cohortId: e.cohortId, mentorStaffId: e.mentorStaffId, menteeStaffId: e.menteeStaffId, state: 'active', notAFit: false, rematchRequested: false, updatedAt: new Date() },
    );
    await this.em.flush();
    await this.em.nativeUpdate(ParticipantSchema, { tenantId: e.tenantId, cohortId: e.cohortId, staffId: e.menteeStaffId, role: 'mentee' }, { matched: true, updatedAt: new Date() });
    await this.linkProposal(e);
  }

  private async linkProposal(e: RelationshipStartedEvent): Promise<void> {
    const proposal = e.proposalId
      ? { id: e.proposalId, tenantId: e.tenantId }
      : { tenantId: e.tenantId, cohortId: e.cohortId, mentorStaffId: e.mentorStaffId, menteeStaffId: e.menteeStaffId, status: 'approved' as const, relationshipId: null };
    await this.em.nativeUpdate(ProposalSchema, proposal, { relationshipId: e.relationshipId });
  }

  @OnEvent(RelationshipEndedEarly)
  async endedEarly(e: RelationshipEndedEarlyEvent): Promise<void> {
    await this.upsert(
      DuoSchema,
      { relationshipId: e.relationshipId },
      { tenantId: e.tenantId, cohortId: e.cohortId, mentorStaffId: e.mentorStaffId, menteeStaffId: e.menteeStaffId, state: 'ended_early', notAFit: e.notAFit || e.reason === 'not_a_fit', rematchRequested: e.rematchRequested, updatedAt: new Date() },
    );
    await this.em.flush();
    if (e.rematchRequested) {
      await this.em.nativeUpdate(ParticipantSchema, { tenantId: e.tenantId, cohortId: e.cohortId, staffId: e.menteeStaffId, role: 'mentee' }, { matched: false, updatedAt: new Date() });
    }
  }

  @OnEvent(RelationshipClosed)
  async closed(e: RelationshipEvent): Promise<void> {
    const existing = await this.em.findOne(DuoSchema, { relationshipId: e.relationshipId });
    await this.upsert(
      DuoSchema,
      { relationshipId: e.relationshipId },
      {
        tenantId: e.tenantId,
        cohortId: e.cohortId,
        mentorStaffId: e.mentorStaffId,
        menteeStaffId: e.menteeStaffId,
        state: 'closed',
        notAFit: existing?.notAFit ?? false,
        rematchRequested: existing?.rematchRequested ?? false,
        updatedAt: new Date(),
      },
    );
    await this.em.flush();
  }
}
