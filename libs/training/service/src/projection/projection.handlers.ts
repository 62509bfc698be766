import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { StaffErased, StaffProfileChanged, type StaffErasedEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { ApplicationAccepted, ApplicationWithdrawn, CohortChanged, type ApplicationClosedEvent, type ApplicationEvent, type CohortChangedEvent } from '@m4pris/programmes-contracts';
import { TrainingProjection } from './projection-updater.js';

/** Event adapters: one line each; the runtime runs each once per event id, in a transaction. */
@Injectable()
export class ProjectionHandlers {
  constructor(private readonly projection: TrainingProjection) {}

  @OnEvent(StaffProfileChanged) profileChanged(e: StaffProfileEvent) { return this.projection.profileChanged(e); }
  @OnEvent(StaffErased) erased(e: StaffErasedEvent, env: EventEnvelope) { return this.projection.erased(e, env); }
  @OnEvent(ApplicationAccepted) accepted(e: ApplicationEvent) { return this.projection.accepted(e); }
  @OnEvent(ApplicationWithdrawn) withdrawn(e: ApplicationClosedEvent) { return this.projection.withdrawn(e); }
  @OnEvent(CohortChanged) cohortChanged(e: CohortChangedEvent) { return this.projection.cohortChanged(e); }
}
