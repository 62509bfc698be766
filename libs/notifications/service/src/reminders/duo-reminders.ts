import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OnEvent } from '@m4pris/platform-messaging';
import {
  MeetingLogged,
  RelationshipPaused,
  RelationshipResumed,
  type MeetingLoggedEvent,
  type RelationshipEvent,
  type RelationshipStartedEvent,
} from '@m4pris/programmes-contracts';
import { DuoSchema } from './duo.entity.js';

/**
 * Keeps the duo view the reminders need. `started` and `ended` are called by the handlers of
 * `relationship.started` / `relationship.closed` / `relationship.endedEarly` (one handler per event
 * in a service: events are deduplicated per consumer); the events below only this class consumes.
 */
@Injectable()
export class DuoReminders {
  constructor(private readonly em: EntityManager) {}

  async started(p: RelationshipStartedEvent): Promise<void> {
    await this.em.upsert(DuoSchema, {
      relationshipId: p.relationshipId,
      tenantId: p.tenantId,
      programmeId: p.programmeId,
      mentorStaffId: p.mentorStaffId,
      menteeStaffId: p.menteeStaffId,
      lastContactOn: p.on,
      plannedEndOn: p.plannedEndOn,
      paused: false,
      nudgedAbout: null,
      endingToldAt: null,
    });
  }

  async ended(p: { relationshipId: string; tenantId: string }): Promise<void> {
    await this.em.nativeDelete(DuoSchema, { relationshipId: p.relationshipId, tenantId: p.tenantId });
  }

  @OnEvent(MeetingLogged)
  async meetingLogged(p: MeetingLoggedEvent): Promise<void> {
    await this.em.getConnection().execute(
      `update "notifications"."duo" set last_contact_on = greatest(last_contact_on, ?) where relationship_id = ? and tenant_id = ?`,
      [p.heldOn, p.relationshipId, p.tenantId],
      'run',
      this.em.getTransactionContext(),
    );
  }

  @OnEvent(RelationshipPaused)
  async paused(p: RelationshipEvent): Promise<void> {
    await this.em.nativeUpdate(DuoSchema, { relationshipId: p.relationshipId, tenantId: p.tenantId }, { paused: true });
  }

  /** A resumed duo's cadence counts from the day it resumed. */
  @OnEvent(RelationshipResumed)
  async resumed(p: RelationshipEvent): Promise<void> {
    await this.em.nativeUpdate(DuoSchema, { relationshipId: p.relationshipId, tenantId: p.tenantId }, { paused: false, lastContactOn: p.on });
  }

}
