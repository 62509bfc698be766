import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@m4pris/platform-core';
import { OnEvent } from '@m4pris/platform-messaging';
import { PlaceRenamed, StaffCardChanged, StaffErased, StaffLeft, StaffProfileChanged, type PlaceRenamedEvent, type StaffCardEvent, type StaffErasedEvent, type StaffLeftEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { MatchApproved, type MatchApprovedEvent } from '@m4pris/matching-contracts';
import { CourseCompleted, type CourseCompletedEvent } from '@m4pris/training-contracts';
import { FormMatchedDuoUseCase } from '../relationship/form-matched-duo.use-case.js';
import { EndLeaverDuosUseCase, ForgetStaffUseCase, RecordMentorTrainedUseCase, RecordStaffCardUseCase, RecordStaffProfileUseCase, RenamePlaceUseCase } from './projection.use-cases.js';

/** Events from identity, training and matching. Each runs once per event, in one transaction. */
@Injectable()
export class ProjectionHandlers {
  constructor(
    private readonly recordProfile: RecordStaffProfileUseCase,
    private readonly recordCard: RecordStaffCardUseCase,
    private readonly renamePlace: RenamePlaceUseCase,
    private readonly forgetStaff: ForgetStaffUseCase,
    private readonly endLeaverDuos: EndLeaverDuosUseCase,
    private readonly recordTrained: RecordMentorTrainedUseCase,
    private readonly formMatchedDuo: FormMatchedDuoUseCase,
  ) {}

  @OnEvent(StaffProfileChanged) profileChanged(e: StaffProfileEvent) { return this.recordProfile.execute(e); }
  @OnEvent(StaffCardChanged) cardChanged(e: StaffCardEvent) { return this.recordCard.execute(e); }
  @OnEvent(PlaceRenamed) placeRenamed(e: PlaceRenamedEvent) { return this.renamePlace.execute(e); }
  @OnEvent(StaffErased) erased(e: StaffErasedEvent, env: EventEnvelope) { return this.forgetStaff.execute(e, env); }
  @OnEvent(StaffLeft) left(e: StaffLeftEvent) { return this.endLeaverDuos.execute(e); }
  @OnEvent(CourseCompleted) courseCompleted(e: CourseCompletedEvent) { return this.recordTrained.execute(e); }
  @OnEvent(MatchApproved) matchApproved(e: MatchApprovedEvent) { return this.formMatchedDuo.execute(e); }
}
