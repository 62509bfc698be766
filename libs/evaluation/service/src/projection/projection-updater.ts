import type { EventEnvelope } from '@m4pris/platform-core';
import { notErased, recordErasure, OnEvent, OnEvents } from '@m4pris/platform-messaging';
import { Injectable } from '@nestjs/common';
import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import type { StaffErasedEvent, StaffProfileEvent, TenantCreatedEvent } from '@m4pris/identity-contracts';
import type { MeetingLoggedEvent, RelationshipEndedEarlyEvent, RelationshipEvent, RelationshipStartedEvent } from '@m4pris/programmes-contracts';
import { WaveScheduler } from '../invitation/wave-scheduler.js';
import { ParticipantKeys } from '../participant/participant-keys.js';
import { RelationshipFactSchema, StaffFactSchema, TenantFactSchema, type RelationshipFact } from './projection.entities.js';
import { RelationshipStarted, RelationshipClosed, RelationshipEndedEarly, MeetingLogged } from '@m4pris/programmes-contracts';
import { StaffProfileChanged, TenantCreated, StaffErased } from '@m4pris/identity-contracts';

/**
 * Consumed events (each runs once per event id, in one transaction with its effects):
 * relationships schedule survey waves and feed programme outcomes; identity's staff profiles feed
 * retention and the report breakdowns; erasure drops the person's link to their participant code.
 */
@Injectable()
export class EvaluationProjection {
  constructor(
    private readonly em: EntityManager,
    private readonly scheduler: WaveScheduler,
    private readonly keys: ParticipantKeys,
  ) {}

  @OnEvent(RelationshipStarted)
  async started(e: RelationshipStartedEvent): Promise<void> {
    const fact = (await this.em.findOne(RelationshipFactSchema, { relationshipId: e.relationshipId, tenantId: e.tenantId })) ?? this.newFact(e, e.plannedEndOn);
    Object.assign(fact, { startedOn: e.on, plannedEndOn: e.plannedEndOn, mentorStaffId: e.mentorStaffId, menteeStaffId: e.menteeStaffId });
    await this.em.flush();
    await this.scheduler.schedule(fact);
  }

  @OnEvent(RelationshipClosed)
  async closed(e: RelationshipEvent): Promise<void> {
    await this.ended(e, 'closed', null);
  }

  @OnEvent(RelationshipEndedEarly)
  async endedEarly(e: RelationshipEndedEarlyEvent): Promise<void> {
    await this.ended(e, 'ended_early', e.reason);
  }

  @OnEvent(MeetingLogged)
  async meeting(e: MeetingLoggedEvent): Promise<void> {
    await this.em.nativeUpdate(RelationshipFactSchema, { relationshipId: e.relationshipId, tenantId: e.tenantId }, { meetings: raw('meetings + 1') });
  }

  @OnEvents(StaffProfileChanged)
  async staffProfile(events: StaffProfileEvent[]): Promise<void> {
    // A late event about an erased person does not bring them back.
    const live = await notErased(this.em, events);
    if (live.length === 0) return;
    await this.em.upsertMany(
      StaffFactSchema,
      live.map((e) => ({ staffId: e.staffId, tenantId: e.tenantId, institutionId: e.institutionId, region: e.region || null, hiredOn: e.hiredOn, leftServiceOn: e.leftServiceOn ?? null })),
    );
  }

  @OnEvent(TenantCreated)
  async tenant(e: TenantCreatedEvent): Promise<void> {
    await this.em.upsert(TenantFactSchema, { tenantId: e.tenantId, country: e.country.toUpperCase().slice(0, 2) });
  }

  /** Forget the person: the link to their participant code, and their id in relationship facts. */
  @OnEvent(StaffErased)
  async erased(e: StaffErasedEvent, envelope?: EventEnvelope): Promise<void> {
    await recordErasure(this.em, e, envelope);
    await this.keys.forget(e.tenantId, e.staffId);
    await this.em.nativeUpdate(RelationshipFactSchema, { tenantId: e.tenantId, mentorStaffId: e.staffId }, { mentorStaffId: null });
    await this.em.nativeUpdate(RelationshipFactSchema, { tenantId: e.tenantId, menteeStaffId: e.staffId }, { menteeStaffId: null });
    await this.em.nativeDelete(StaffFactSchema, { tenantId: e.tenantId, staffId: e.staffId });
  }

  private async ended(e: RelationshipEvent, state: 'closed' | 'ended_early', reason: string | null): Promise<void> {
    const fact = (await this.em.findOne(RelationshipFactSchema, { relationshipId: e.relationshipId, tenantId: e.tenantId })) ?? this.newFact(e, e.on);
    Object.assign(fact, { endedOn: e.on, state, endReason: reason });
    await this.em.flush();
    await this.scheduler.schedule(fact);
  }

  private newFact(e: RelationshipEvent, plannedEndOn: string): RelationshipFact {
    return this.em.create(RelationshipFactSchema, {
      relationshipId: e.relationshipId,
      tenantId: e.tenantId,
      programmeId: e.programmeId,
      cohortId: e.cohortId,
      mentorStaffId: e.mentorStaffId,
      menteeStaffId: e.menteeStaffId,
      startedOn: e.on,
      plannedEndOn,
      endedOn: null,
      state: 'active',
      endReason: null,
      meetings: 0,
    });
  }
}
