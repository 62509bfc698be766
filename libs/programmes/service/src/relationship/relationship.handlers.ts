import { Injectable } from '@nestjs/common';
import { myTasksRequest, type MyTasksRequest, type RequestContext } from '@m4pris/platform-core';
import { MyTasksUseCase } from './tasks.use-case.js';
import { Handles } from '@m4pris/platform-messaging';
import {
  AcknowledgeAgreement,
  AddGoal,
  AnswerFitCheck,
  CloseConcern,
  CloseRelationship,
  CohortDashboard,
  CreateRelationship,
  EndRelationshipEarly,
  GetAgreement,
  GetRelationship,
  ListAttention,
  ListCheckIns,
  ListGoals,
  ListMeetings,
  ListReflections,
  ListRelationships,
  LogMeeting,
  MyConcerns,
  MyRelationships,
  PauseRelationship,
  RaiseConcern,
  RecordCheckIn,
  ResumeRelationship,
  SaveAgreement,
  SupportConcerns,
  UpdateGoal,
  type AddGoalRequest,
  type AnswerFitCheckRequest,
  type AttentionRequest,
  type CohortDashboardRequest,
  type CloseRelationshipRequest,
  type ConcernIdRequest,
  type CreateRelationshipRequest,
  type EndEarlyRequest,
  type ListRelationshipsRequest,
  type LogMeetingRequest,
  type MyRelationshipsRequest,
  type RaiseConcernRequest,
  type RecordCheckInRequest,
  type RelationshipIdRequest,
  type SaveAgreementRequest,
  type SupportConcernsRequest,
  type UpdateGoalRequest,
} from '@m4pris/programmes-contracts';
import { CloseRelationshipUseCase, CreateRelationshipUseCase, EndRelationshipEarlyUseCase, GetRelationshipUseCase, ListReflectionsUseCase, ListRelationshipsUseCase, MyRelationshipsUseCase, PauseRelationshipUseCase, ResumeRelationshipUseCase } from './relationship.use-cases.js';
import { AcknowledgeAgreementUseCase, AddGoalUseCase, AnswerFitCheckUseCase, GetAgreementUseCase, ListGoalsUseCase, ListMeetingsUseCase, LogMeetingUseCase, SaveAgreementUseCase, UpdateGoalUseCase } from './content.use-cases.js';
import { CloseConcernUseCase, MyConcernsUseCase, RaiseConcernUseCase, SupportConcernsUseCase } from './concern.use-cases.js';
import { CohortDashboardUseCase, ListAttentionUseCase, ListCheckInsUseCase, RecordCheckInUseCase } from './follow-up.use-cases.js';

@Injectable()
export class RelationshipHandlers {
  constructor(
    private readonly createRelationship: CreateRelationshipUseCase,
    private readonly getRelationship: GetRelationshipUseCase,
    private readonly listRelationships: ListRelationshipsUseCase,
    private readonly myRelationships: MyRelationshipsUseCase,
    private readonly pauseRelationship: PauseRelationshipUseCase,
    private readonly resumeRelationship: ResumeRelationshipUseCase,
    private readonly endRelationshipEarly: EndRelationshipEarlyUseCase,
    private readonly closeRelationship: CloseRelationshipUseCase,
    private readonly listReflections: ListReflectionsUseCase,
    private readonly getAgreement: GetAgreementUseCase,
    private readonly saveAgreement: SaveAgreementUseCase,
    private readonly acknowledgeAgreement: AcknowledgeAgreementUseCase,
    private readonly addGoal: AddGoalUseCase,
    private readonly updateGoal: UpdateGoalUseCase,
    private readonly listGoals: ListGoalsUseCase,
    private readonly logMeeting: LogMeetingUseCase,
    private readonly listMeetings: ListMeetingsUseCase,
    private readonly answerFitCheck: AnswerFitCheckUseCase,
    private readonly raiseConcern: RaiseConcernUseCase,
    private readonly myConcerns: MyConcernsUseCase,
    private readonly supportConcerns: SupportConcernsUseCase,
    private readonly closeConcern: CloseConcernUseCase,
    private readonly recordCheckIn: RecordCheckInUseCase,
    private readonly listCheckIns: ListCheckInsUseCase,
    private readonly listAttention: ListAttentionUseCase,
    private readonly cohortDashboard: CohortDashboardUseCase,
    private readonly myTasks: MyTasksUseCase,
  ) {}

  @Handles(CreateRelationship) createRelationshipHandler(p: CreateRelationshipRequest, ctx: RequestContext) { return this.createRelationship.execute(p, ctx); }
  @Handles(GetRelationship) getRelationshipHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.getRelationship.execute(p, ctx); }
  @Handles(ListRelationships) listRelationshipsHandler(p: ListRelationshipsRequest, ctx: RequestContext) { return this.listRelationships.execute(p, ctx); }
  @Handles(MyRelationships) myRelationshipsHandler(p: MyRelationshipsRequest, ctx: RequestContext) { return this.myRelationships.execute(p, ctx); }
  @Handles(PauseRelationship) pauseRelationshipHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.pauseRelationship.execute(p, ctx); }
  @Handles(ResumeRelationship) resumeRelationshipHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.resumeRelationship.execute(p, ctx); }
  @Handles(EndRelationshipEarly) endRelationshipEarlyHandler(p: EndEarlyRequest, ctx: RequestContext) { return this.endRelationshipEarly.execute(p, ctx); }
  @Handles(CloseRelationship) closeRelationshipHandler(p: CloseRelationshipRequest, ctx: RequestContext) { return this.closeRelationship.execute(p, ctx); }
  @Handles(ListReflections) listReflectionsHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.listReflections.execute(p, ctx); }
  @Handles(GetAgreement) getAgreementHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.getAgreement.execute(p, ctx); }
  @Handles(SaveAgreement) saveAgreementHandler(p: SaveAgreementRequest, ctx: RequestContext) { return this.saveAgreement.execute(p, ctx); }
  @Handles(AcknowledgeAgreement) acknowledgeAgreementHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.acknowledgeAgreement.execute(p, ctx); }
  @Handles(AddGoal) addGoalHandler(p: AddGoalRequest, ctx: RequestContext) { return this.addGoal.execute(p, ctx); }
  @Handles(UpdateGoal) updateGoalHandler(p: UpdateGoalRequest, ctx: RequestContext) { return this.updateGoal.execute(p, ctx); }
  @Handles(ListGoals) listGoalsHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.listGoals.execute(p, ctx); }
  @Handles(LogMeeting) logMeetingHandler(p: LogMeetingRequest, ctx: RequestContext) { return this.logMeeting.execute(p, ctx); }
  @Handles(ListMeetings) listMeetingsHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.listMeetings.execute(p, ctx); }
  @Handles(AnswerFitCheck) answerFitCheckHandler(p: AnswerFitCheckRequest, ctx: RequestContext) { return this.answerFitCheck.execute(p, ctx); }
  @Handles(RaiseConcern) raiseConcernHandler(p: RaiseConcernRequest, ctx: RequestContext) { return this.raiseConcern.execute(p, ctx); }
  @Handles(MyConcerns) myConcernsHandler(p: MyRelationshipsRequest, ctx: RequestContext) { return this.myConcerns.execute(p, ctx); }
  @Handles(SupportConcerns) supportConcernsHandler(p: SupportConcernsRequest, ctx: RequestContext) { return this.supportConcerns.execute(p, ctx); }
  @Handles(CloseConcern) closeConcernHandler(p: ConcernIdRequest, ctx: RequestContext) { return this.closeConcern.execute(p, ctx); }
  @Handles(RecordCheckIn) recordCheckInHandler(p: RecordCheckInRequest, ctx: RequestContext) { return this.recordCheckIn.execute(p, ctx); }
  @Handles(ListCheckIns) listCheckInsHandler(p: RelationshipIdRequest, ctx: RequestContext) { return this.listCheckIns.execute(p, ctx); }
  @Handles(ListAttention) listAttentionHandler(p: AttentionRequest, ctx: RequestContext) { return this.listAttention.execute(p, ctx); }
  @Handles(CohortDashboard) cohortDashboardHandler(p: CohortDashboardRequest, ctx: RequestContext) { return this.cohortDashboard.execute(p, ctx); }
  @Handles(myTasksRequest('programmes')) myTasksHandler(p: MyTasksRequest, ctx: RequestContext) { return this.myTasks.execute(p, ctx); }
}
