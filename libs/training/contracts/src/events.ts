import { IsIn, IsInt, IsOptional, IsUUID, Matches } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';

export const COURSE_AUDIENCES = ['mentor', 'coordinator'] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

/** Published when a learner's completion of a course is computed (never ticked by hand). */
export class CourseCompletedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() staffId: string;
  @IsUUID() courseId: string;
  @IsIn(COURSE_AUDIENCES) audience: CourseAudience;
  @IsInt() courseVersion: number;
  @Matches(/^\d{4}-\d{2}-\d{2}$/) completedOn: string;
  @IsOptional() @IsUUID() certificateId?: string | null;
}

/** `training.v1.course.completed`: the programmes and matching modules treat a mentor as trained. */
export const CourseCompleted = defineEvent('training.v1.course.completed', CourseCompletedEvent);
