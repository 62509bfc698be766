import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { StaffErased, StaffProfileChanged, TenantCreated, type StaffErasedEvent, type StaffProfileEvent, type TenantCreatedEvent } from '@m4pris/identity-contracts';
import {
  MeetingLogged,
  RelationshipClosed,
  RelationshipEndedEarly,
  RelationshipStarted,
  type MeetingLoggedEvent,
  type RelationshipEndedEarlyEvent,
  type RelationshipEvent,
  type RelationshipStartedEvent,
} from '@m4pris/programmes-contracts';
import { EvaluationProjection } from './projection-updater.js';

/** Event adapters: one line each; the runtime runs each once per event id, in a transaction. */
@Injectable()
export class EventHandlers {
  constructor(private readonly projection: EvaluationProjection) {}

  @OnEvent(RelationshipStarted) started(e: RelationshipStartedEvent) { return this.projection.started(e); }
  @OnEvent(RelationshipClosed) closed(e: RelationshipEvent) { return this.projection.closed(e); }
  @OnEvent(RelationshipEndedEarly) endedEarly(e: RelationshipEndedEarlyEvent) { return this.projection.endedEarly(e); }
  @OnEvent(MeetingLogged) meeting(e: MeetingLoggedEvent) { return this.projection.meeting(e); }
  @OnEvent(StaffProfileChanged) staffProfile(e: StaffProfileEvent) { return this.projection.staffProfile(e); }
  @OnEvent(TenantCreated) tenant(e: TenantCreatedEvent) { return this.projection.tenant(e); }
  @OnEvent(StaffErased) erased(e: StaffErasedEvent, env: EventEnvelope) { return this.projection.erased(e, env); }
}
