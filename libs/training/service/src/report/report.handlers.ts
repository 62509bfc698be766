import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  GetCourseFeedbackReport,
  GetMentorsTrained,
  GetTrainingReport,
  type CourseFeedbackReportRequest,
  type MentorsTrainedRequest,
  type TrainingReportRequest,
} from '@m4pris/training-contracts';
import { CourseFeedbackReportUseCase, MentorsTrainedUseCase, TrainingReportUseCase } from './report.use-cases.js';

@Injectable()
export class ReportHandlers {
  constructor(
    private readonly completion: TrainingReportUseCase,
    private readonly feedback: CourseFeedbackReportUseCase,
    private readonly mentors: MentorsTrainedUseCase,
  ) {}

  @Handles(GetTrainingReport) report(p: TrainingReportRequest, ctx: RequestContext) { return this.completion.execute(p, ctx); }
  @Handles(GetCourseFeedbackReport) feedbackReport(p: CourseFeedbackReportRequest, ctx: RequestContext) { return this.feedback.execute(p, ctx); }
  @Handles(GetMentorsTrained) mentorsTrained(p: MentorsTrainedRequest, ctx: RequestContext) { return this.mentors.execute(p, ctx); }
}
