import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import {
  ShiftPatternDefined,
  StaffErased,
  StaffProfileChanged,
  TenantCreated,
  type ShiftPatternDefinedEvent,
  type StaffErasedEvent,
  type StaffProfileEvent,
  type TenantCreatedEvent,
} from '@m4pris/identity-contracts';
import {
  ApplicationAccepted,
  ApplicationWithdrawn,
  CohortChanged,
  RelationshipClosed,
  RelationshipEndedEarly,
  RelationshipStarted,
  type ApplicationClosedEvent,
  type ApplicationEvent,
  type CohortChangedEvent,
  type RelationshipEndedEarlyEvent,
  type RelationshipEvent,
  type RelationshipStartedEvent,
} from '@m4pris/programmes-contracts';
import { CourseCompleted, type CourseCompletedEvent } from '@m4pris/training-contracts';
import { ProjectionUpdater } from './projection-updater.js';

/** Event adapters: one line each; the runtime runs each once, in a transaction, deduplicated by event id. */
@Injectable()
export class ProjectionHandlers {
  constructor(private readonly projection: ProjectionUpdater) {}

  @OnEvent(TenantCreated) tenantCreated(e: TenantCreatedEvent) { return this.projection.tenantCreated(e); }
  @OnEvent(StaffProfileChanged) staffChanged(e: StaffProfileEvent) { return this.projection.staffChanged(e); }
  @OnEvent(StaffErased) staffErased(e: StaffErasedEvent, env: EventEnvelope) { return this.projection.staffErased(e, env); }
  @OnEvent(ShiftPatternDefined) shiftPattern(e: ShiftPatternDefinedEvent) { return this.projection.shiftPattern(e); }
  @OnEvent(CourseCompleted) courseCompleted(e: CourseCompletedEvent) { return this.projection.courseCompleted(e); }
  @OnEvent(CohortChanged) cohortChanged(e: CohortChangedEvent) { return this.projection.cohortChanged(e); }
  @OnEvent(ApplicationAccepted) accepted(e: ApplicationEvent) { return this.projection.accepted(e); }
  @OnEvent(ApplicationWithdrawn) withdrawn(e: ApplicationClosedEvent) { return this.projection.withdrawn(e); }
  @OnEvent(RelationshipStarted) started(e: RelationshipStartedEvent) { return this.projection.started(e); }
  @OnEvent(RelationshipEndedEarly) endedEarly(e: RelationshipEndedEarlyEvent) { return this.projection.endedEarly(e); }
  @OnEvent(RelationshipClosed) closed(e: RelationshipEvent) { return this.projection.closed(e); }
}
