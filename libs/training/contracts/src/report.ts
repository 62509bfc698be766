import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { defineRequest } from '@m4pris/platform-core';

export const REPORT_GROUPINGS = ['course', 'cohort', 'institution'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** One cell of the completion/attendance report; counts and rates are null when suppressed. */
export interface TrainingReportRowDto {
  courseId: string;
  /** Cohort or institution id (null for the course row, or enrolments without a cohort/known institution). */
  groupId: string | null;
  enrolled: number | null;
  completed: number | null;
  withdrawn: number | null;
  completionRate: number | null;
  /** Register entries (present + absent) of the group's learners. */
  registered: number | null;
  attended: number | null;
  attendanceRate: number | null;
  suppressed: boolean;
}

export interface TrainingReportDto {
  groupBy: ReportGrouping;
  minCellSize: number;
  rows: TrainingReportRowDto[];
}

export interface ScoreAggregateDto {
  respondents: number | null;
  meanScore: number | null;
  suppressed: boolean;
}

export interface SatisfactionAggregateDto {
  questionId: string;
  text: string;
  respondents: number | null;
  mean: number | null;
  suppressed: boolean;
}

export interface CourseFeedbackReportDto {
  courseId: string;
  minCellSize: number;
  pre: ScoreAggregateDto;
  post: ScoreAggregateDto;
  satisfaction: SatisfactionAggregateDto[];
}

export interface MentorsTrainedDto {
  cohortId: string;
  /** Mentees accepted into the cohort (programmes' application.accepted less withdrawals). */
  menteesAccepted: number;
  /** Mentees per mentor from the cohort's policy snapshot (2 until a cohort.changed is seen). */
  mentorCapacity: number;
  needed: number;
  neededSource: 'input' | 'programmes';
  /** Distinct staff with a completed mentor course who are in the cohort (enrolled for it or accepted as its mentors). */
  trained: number;
  shortfall: number;
}

export class TrainingReportRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsOptional() @IsUUID() courseId?: string;
  @IsIn(REPORT_GROUPINGS) groupBy: ReportGrouping;
}

export class CourseFeedbackReportRequest {
  @IsUUID() courseId: string;
}

export class MentorsTrainedRequest {
  @IsOptional() @IsUUID() tenantId?: string;
  @IsUUID() cohortId: string;
  /** Overrides the figure derived from programmes' events. */
  @IsOptional() @IsInt() @Min(0) @Max(100000) needed?: number;
}

export const GetTrainingReport = defineRequest<TrainingReportRequest, TrainingReportDto>('training.v1.report.completion', TrainingReportRequest);
export const GetCourseFeedbackReport = defineRequest<CourseFeedbackReportRequest, CourseFeedbackReportDto>('training.v1.report.feedback', CourseFeedbackReportRequest);
export const GetMentorsTrained = defineRequest<MentorsTrainedRequest, MentorsTrainedDto>('training.v1.report.mentorsTrained', MentorsTrainedRequest);
