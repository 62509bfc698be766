import type { EventEnvelope } from '@m4pris/platform-core';
import { notErased, recordErasure, OnEvent, OnEvents } from '@m4pris/platform-messaging';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { StaffErasedEvent, StaffProfileEvent } from '@m4pris/identity-contracts';
import type { ApplicationClosedEvent, ApplicationEvent, CohortChangedEvent } from '@m4pris/programmes-contracts';
import { CertificateSchema } from '../certificate/certificate.entity.js';
import { EnrolmentSchema, UnitProgressSchema } from '../enrolment/enrolment.entity.js';
import { Seats } from '../session/seats.js';
import { BookingSchema } from '../session/session.entity.js';
import { CohortParticipantSchema, CohortPolicySchema, StaffProjectionSchema } from './projection.entity.js';
import { StaffProfileChanged, StaffErased } from '@m4pris/identity-contracts';
import { ApplicationAccepted, ApplicationWithdrawn, CohortChanged } from '@m4pris/programmes-contracts';

/** What training keeps from other modules' events (staff institutions, cohort participants and policy) and erasure. */
@Injectable()
export class TrainingProjection {
  constructor(
    private readonly em: EntityManager,
    private readonly seats: Seats,
  ) {}

  @OnEvents(StaffProfileChanged)
  async profileChanged(events: StaffProfileEvent[]): Promise<void> {
    // A late event about an erased person does not bring them back.
    const live = await notErased(this.em, events);
    if (live.length === 0) return;
    await this.em.upsertMany(
      StaffProjectionSchema,
      live.map((e) => ({ staffId: e.staffId, tenantId: e.tenantId, institutionId: e.institutionId, updatedAt: new Date() })),
    );
  }

  /** Forget the person: progress, bookings and enrolments go; certificates lose the name and become invalid. */
  @OnEvent(StaffErased)
  async erased(e: StaffErasedEvent, envelope?: EventEnvelope): Promise<void> {
    const where = { tenantId: e.tenantId, staffId: e.staffId };
    await recordErasure(this.em, e, envelope);
    const enrolments = await this.em.find(EnrolmentSchema, where);
    const ids = enrolments.map((x) => x.id);
    const bookings = await this.em.find(BookingSchema, where);
    if (ids.length) await this.em.nativeDelete(UnitProgressSchema, { enrolmentId: { $in: ids } });
    await this.em.nativeDelete(BookingSchema, where);
    await this.em.nativeDelete(EnrolmentSchema, where);
    await this.em.nativeUpdate(CertificateSchema, where, { staffId: null, holderName: null, revokedAt: new Date() });
    await this.em.nativeDelete(StaffProjectionSchema, where);
    await this.em.nativeDelete(CohortParticipantSchema, where);
    for (const sid of new Set(bookings.filter((b) => b.status === 'booked').map((b) => b.sessionId))) {
      await this.seats.promote(await this.seats.lock(sid, e.tenantId));
    }
  }

  @OnEvent(ApplicationAccepted)
  async accepted(e: ApplicationEvent): Promise<void> {
    await this.em.upsert(CohortParticipantSchema, { applicationId: e.applicationId, tenantId: e.tenantId, cohortId: e.cohortId, staffId: e.staffId, role: e.role, withdrawn: false });
  }

  @OnEvent(ApplicationWithdrawn)
  async withdrawn(e: ApplicationClosedEvent): Promise<void> {
    await this.em.nativeUpdate(CohortParticipantSchema, { applicationId: e.applicationId, tenantId: e.tenantId }, { withdrawn: true });
  }

  @OnEvent(CohortChanged)
  async cohortChanged(e: CohortChangedEvent): Promise<void> {
    const current = await this.em.findOne(CohortPolicySchema, { cohortId: e.cohortId });
    if (current && current.policyVersion > e.policyVersion) return;
    await this.em.upsert(CohortPolicySchema, { cohortId: e.cohortId, tenantId: e.tenantId, mentorCapacity: e.policy.mentorCapacity, policyVersion: e.policyVersion });
  }
}
