import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope } from '@m4pris/platform-core';
import { notErased, recordErasure, OnEvent, OnEvents } from '@m4pris/platform-messaging';
import type { PlaceRenamedEvent, StaffCardEvent, StaffErasedEvent, StaffLeftEvent, StaffProfileEvent } from '@m4pris/identity-contracts';
import type { CourseCompletedEvent } from '@m4pris/training-contracts';
import { ApplicationSchema } from '../application/application.entity.js';
import { AgreementSchema, ConcernSchema, GoalSchema, MeetingSchema, ReflectionSchema, RelationshipSchema } from '../relationship/relationship.entity.js';
import { endEarly } from '../relationship/relationship.use-cases.js';
import { StaffCardSchema, StaffProfileSchema, TrainedMentorSchema } from './projection.entity.js';
import { StaffProfileChanged, StaffCardChanged, PlaceRenamed, StaffErased, StaffLeft } from '@m4pris/identity-contracts';
import { CourseCompleted } from '@m4pris/training-contracts';

/** Keeps the staff projection (no names, no email) that eligibility and the management chain read. */
@Injectable()
export class RecordStaffProfileUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvents(StaffProfileChanged)
  async execute(events: StaffProfileEvent[]): Promise<void> {
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
        lineManagerId: e.lineManagerId ?? null,
        languages: e.languages,
        leftServiceOn: e.leftServiceOn ?? null,
        updatedAt: new Date(),
      })),
    );
  }
}

/** Keeps the display card of a staff member (names shown to the people who may see them). */
@Injectable()
export class RecordStaffCardUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvents(StaffCardChanged)
  async execute(events: StaffCardEvent[]): Promise<void> {
    // The card has an order key of its own: only the erasure record stops a late card after erasure.
    const live = await notErased(this.em, events);
    if (live.length === 0) return;
    await this.em.upsertMany(
      StaffCardSchema,
      live.map((e) => ({
        staffId: e.staffId,
        tenantId: e.tenantId,
        displayName: e.displayName,
        workEmail: e.workEmail,
        institutionId: e.institutionId,
        institutionName: e.institutionName,
        unitId: e.unitId ?? null,
        unitName: e.unitName ?? null,
        shiftPatternId: e.shiftPatternId ?? null,
        shiftPatternName: e.shiftPatternName ?? null,
        updatedAt: new Date(),
      })),
    );
  }
}

/** A renamed institution, unit or shift pattern: every staff card of the tenant naming it gets the new name. */
@Injectable()
export class RenamePlaceUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(PlaceRenamed)
  async execute(e: PlaceRenamedEvent): Promise<void> {
    const where = { tenantId: e.tenantId };
    if (e.kind === 'institution') await this.em.nativeUpdate(StaffCardSchema, { ...where, institutionId: e.id }, { institutionName: e.name, updatedAt: new Date() });
    else if (e.kind === 'unit') await this.em.nativeUpdate(StaffCardSchema, { ...where, unitId: e.id }, { unitName: e.name, updatedAt: new Date() });
    else await this.em.nativeUpdate(StaffCardSchema, { ...where, shiftPatternId: e.id }, { shiftPatternName: e.name, updatedAt: new Date() });
  }
}

/** A completed mentor course makes the person a trained mentor (selection's training gate). */
@Injectable()
export class RecordMentorTrainedUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(CourseCompleted)
  async execute(e: CourseCompletedEvent): Promise<void> {
    if (e.audience !== 'mentor') return;
    await this.em.upsert(TrainedMentorSchema, { staffId: e.staffId, courseId: e.courseId, tenantId: e.tenantId, completedOn: e.completedOn });
  }
}

/** Right to erasure: the person's profile and every text they may have written go. */
@Injectable()
export class ForgetStaffUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(StaffErased)
  async execute(e: StaffErasedEvent, envelope?: EventEnvelope): Promise<void> {
    const em = this.em;
    await recordErasure(em, e, envelope);
    // An erased person has left the service as far as their duos go: end them first (the partner is told by the event).
    await endDuosOf(em, e.staffId);
    await em.nativeDelete(StaffProfileSchema, { staffId: e.staffId });
    await em.nativeDelete(StaffCardSchema, { staffId: e.staffId });
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
}

/**
 * Ends every active or paused duo of a person who left the service (or was erased): "mentor left the
 * service" / "mentee left the service", with a re-match request for a mentee whose mentor left. Each
 * ending publishes programmes.v1.relationship.endedEarly (the partner is told, the dashboard
 * updates). The caller's transaction flushes.
 */
export async function endDuosOf(em: EntityManager, staffId: string): Promise<number> {
  const rels = await em.find(RelationshipSchema, { state: { $in: ['active', 'paused'] }, $or: [{ mentorStaffId: staffId }, { menteeStaffId: staffId }] });
  for (const r of rels) {
    const mentorLeft = r.mentorStaffId === staffId;
    endEarly(em, r, mentorLeft ? 'mentor_left_service' : 'mentee_left_service', mentorLeft, false);
  }
  await em.flush();
  return rels.length;
}

/** identity.v1.staff.left: the leaving date has come. */
@Injectable()
export class EndLeaverDuosUseCase {
  constructor(private readonly em: EntityManager) {}

  @OnEvent(StaffLeft)
  async execute(e: StaffLeftEvent): Promise<void> {
    await endDuosOf(this.em, e.staffId);
  }
}
