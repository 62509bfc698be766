import { Injectable } from '@nestjs/common';
import { myTasksRequest, type MyTasksRequest, type RequestContext } from '@m4pris/platform-core';
import { MySurveyTasksUseCase } from './invitation/tasks.use-case.js';
import { Handles } from '@m4pris/platform-messaging';
import {
  ExportWave,
  GetCodebook,
  GetMyInvitation,
  GetProgrammeOutcomes,
  GetPrePostReport,
  GetResponseFlow,
  GetSurveyPlan,
  ListEvaluationProgrammes,
  ListInstruments,
  ListMyInvitations,
  ListMyScores,
  LoadInstrumentText,
  SaveAnswers,
  SaveSurveyPlan,
  type ExportWaveRequest,
  type InvitationIdRequest,
  type LoadInstrumentTextRequest,
  type PrePostReportRequest,
  type ProgrammeIdRequest,
  type SaveAnswersRequest,
  type SaveSurveyPlanRequest,
} from '@m4pris/evaluation-contracts';
import { PrePostReportUseCase, ProgrammeOutcomesUseCase, ResponseFlowUseCase } from './analytics/report.use-cases.js';
import { CodebookUseCase, ExportWaveUseCase } from './export/export.use-cases.js';
import { ListInstrumentsUseCase, LoadInstrumentTextUseCase } from './instrument/instrument.use-cases.js';
import { GetMyInvitationUseCase, ListMyInvitationsUseCase, ListMyScoresUseCase, SaveAnswersUseCase } from './invitation/respondent.use-cases.js';
import { GetSurveyPlanUseCase, ListEvaluationProgrammesUseCase, SaveSurveyPlanUseCase } from './plan/plan.use-cases.js';

/** Bus adapters: one line each — the bus has validated the payload; call one use case. */
@Injectable()
export class InstrumentHandlers {
  constructor(
    private readonly list: ListInstrumentsUseCase,
    private readonly load: LoadInstrumentTextUseCase,
  ) {}

  @Handles(ListInstruments) instruments(p: object, ctx: RequestContext) { return this.list.execute(p, ctx); }
  @Handles(LoadInstrumentText) loadText(p: LoadInstrumentTextRequest, ctx: RequestContext) { return this.load.execute(p, ctx); }
}

@Injectable()
export class PlanHandlers {
  constructor(
    private readonly save: SaveSurveyPlanUseCase,
    private readonly get: GetSurveyPlanUseCase,
    private readonly programmes: ListEvaluationProgrammesUseCase,
  ) {}

  @Handles(SaveSurveyPlan) savePlan(p: SaveSurveyPlanRequest, ctx: RequestContext) { return this.save.execute(p, ctx); }
  @Handles(GetSurveyPlan) getPlan(p: ProgrammeIdRequest, ctx: RequestContext) { return this.get.execute(p, ctx); }
  @Handles(ListEvaluationProgrammes) list(p: object, ctx: RequestContext) { return this.programmes.execute(p, ctx); }
}

@Injectable()
export class RespondentHandlers {
  constructor(
    private readonly mine: ListMyInvitationsUseCase,
    private readonly one: GetMyInvitationUseCase,
    private readonly save: SaveAnswersUseCase,
    private readonly scores: ListMyScoresUseCase,
    private readonly tasks: MySurveyTasksUseCase,
  ) {}

  @Handles(ListMyInvitations) invitations(p: object, ctx: RequestContext) { return this.mine.execute(p, ctx); }
  @Handles(GetMyInvitation) invitation(p: InvitationIdRequest, ctx: RequestContext) { return this.one.execute(p, ctx); }
  @Handles(SaveAnswers) answers(p: SaveAnswersRequest, ctx: RequestContext) { return this.save.execute(p, ctx); }
  @Handles(ListMyScores) myScores(p: object, ctx: RequestContext) { return this.scores.execute(p, ctx); }
  @Handles(myTasksRequest('evaluation')) myTasks(p: MyTasksRequest, ctx: RequestContext) { return this.tasks.execute(p, ctx); }
}

@Injectable()
export class ReportHandlers {
  constructor(
    private readonly prePost: PrePostReportUseCase,
    private readonly flow: ResponseFlowUseCase,
    private readonly outcomes: ProgrammeOutcomesUseCase,
    private readonly exportWave: ExportWaveUseCase,
    private readonly codebook: CodebookUseCase,
  ) {}

  @Handles(GetPrePostReport) report(p: PrePostReportRequest, ctx: RequestContext) { return this.prePost.execute(p, ctx); }
  @Handles(GetResponseFlow) responseFlow(p: PrePostReportRequest, ctx: RequestContext) { return this.flow.execute(p, ctx); }
  @Handles(GetProgrammeOutcomes) programmeOutcomes(p: PrePostReportRequest, ctx: RequestContext) { return this.outcomes.execute(p, ctx); }
  @Handles(ExportWave) export(p: ExportWaveRequest, ctx: RequestContext) { return this.exportWave.execute(p, ctx); }
  @Handles(GetCodebook) getCodebook(p: PrePostReportRequest, ctx: RequestContext) { return this.codebook.execute(p, ctx); }
}
