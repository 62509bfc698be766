import { Injectable } from '@nestjs/common';
import { myTasksRequest, type MyTasksRequest, type RequestContext } from '@m4pris/platform-core';
import { MyTrainingTasksUseCase } from './tasks.use-case.js';
import { Handles } from '@m4pris/platform-messaging';
import {
  CompleteUnit,
  Enrol,
  GetEnrolment,
  ListEnrolments,
  MyEnrolments,
  SubmitAssessment,
  SubmitKnowledgeCheck,
  SubmitSatisfaction,
  WithdrawEnrolment,
  type CompleteUnitRequest,
  type EmptyRequest,
  type EnrolmentIdRequest,
  type EnrolRequest,
  type ListEnrolmentsRequest,
  type SubmitAssessmentRequest,
  type SubmitKnowledgeCheckRequest,
  type SubmitSatisfactionRequest,
} from '@m4pris/training-contracts';
import {
  CompleteUnitUseCase,
  EnrolUseCase,
  GetEnrolmentUseCase,
  ListEnrolmentsUseCase,
  MyEnrolmentsUseCase,
  SubmitAssessmentUseCase,
  SubmitKnowledgeCheckUseCase,
  SubmitSatisfactionUseCase,
  WithdrawEnrolmentUseCase,
} from './enrolment.use-cases.js';

@Injectable()
export class EnrolmentHandlers {
  constructor(
    private readonly enrol: EnrolUseCase,
    private readonly withdraw: WithdrawEnrolmentUseCase,
    private readonly getEnrolment: GetEnrolmentUseCase,
    private readonly listEnrolments: ListEnrolmentsUseCase,
    private readonly myEnrolments: MyEnrolmentsUseCase,
    private readonly completeUnit: CompleteUnitUseCase,
    private readonly submitCheck: SubmitKnowledgeCheckUseCase,
    private readonly submitAssessment: SubmitAssessmentUseCase,
    private readonly submitSatisfaction: SubmitSatisfactionUseCase,
    private readonly myTasks: MyTrainingTasksUseCase,
  ) {}

  @Handles(Enrol) create(p: EnrolRequest, ctx: RequestContext) { return this.enrol.execute(p, ctx); }
  @Handles(WithdrawEnrolment) leave(p: EnrolmentIdRequest, ctx: RequestContext) { return this.withdraw.execute(p, ctx); }
  @Handles(GetEnrolment) get(p: EnrolmentIdRequest, ctx: RequestContext) { return this.getEnrolment.execute(p, ctx); }
  @Handles(ListEnrolments) list(p: ListEnrolmentsRequest, ctx: RequestContext) { return this.listEnrolments.execute(p, ctx); }
  @Handles(MyEnrolments) mine(p: EmptyRequest, ctx: RequestContext) { return this.myEnrolments.execute(p, ctx); }
  @Handles(CompleteUnit) unit(p: CompleteUnitRequest, ctx: RequestContext) { return this.completeUnit.execute(p, ctx); }
  @Handles(SubmitKnowledgeCheck) check(p: SubmitKnowledgeCheckRequest, ctx: RequestContext) { return this.submitCheck.execute(p, ctx); }
  @Handles(SubmitAssessment) assessment(p: SubmitAssessmentRequest, ctx: RequestContext) { return this.submitAssessment.execute(p, ctx); }
  @Handles(SubmitSatisfaction) satisfaction(p: SubmitSatisfactionRequest, ctx: RequestContext) { return this.submitSatisfaction.execute(p, ctx); }
  @Handles(myTasksRequest('training')) tasks(p: MyTasksRequest, ctx: RequestContext) { return this.myTasks.execute(p, ctx); }
}
