import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  GetCertificate,
  GetCertificatePdf,
  GetCourseFeedbackReport,
  GetMentorsTrained,
  GetTrainingReport,
  IssueCertificate,
  MyCertificates,
  VerifyCertificate,
  type CertificateDto,
  type ReportGrouping,
} from '@m4pris/training-contracts';
import { ReportGroupingEnum } from './training.enums.js';
import { Certificate, CertificatePdf, CourseRef, CertificateVerification, CourseFeedbackReport, MentorsTrained, TrainingReport } from './training.types.js';

@Resolver(() => Certificate)
export class CertificateResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [Certificate])
  myCertificates(@Ctx() ctx: RequestContext) {
    return this.bus.request(MyCertificates, {}, ctx);
  }

  @Query(() => Certificate)
  certificate(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCertificate, { certificateId: id }, ctx);
  }

  @Query(() => CertificatePdf, { description: "The certificate as a PDF (base64), in the certificate's language (its holder's when it was issued), whoever downloads it." })
  certificatePdf(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCertificatePdf, { certificateId: id }, ctx);
  }

  @Query(() => CertificateVerification, { description: 'Public, no sign-in: checks a verification code. Reveals only name, course, date and validity.' })
  verifyCertificate(@Args('code') code: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(VerifyCertificate, { code }, ctx);
  }

  @Mutation(() => Certificate, { description: 'Issues the certificate of a completed enrolment when it could not be issued at completion (idempotent).' })
  issueCertificate(@Args('enrolmentId', { type: () => ID }) enrolmentId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(IssueCertificate, { enrolmentId }, ctx);
  }

  /** From the certificate itself (it holds the course's id and title): no request at all. */
  @ResolveField('course', () => CourseRef)
  course(@Parent() c: CertificateDto): CourseRef {
    return { id: c.courseId, title: c.courseTitle };
  }
}

@Resolver()
export class TrainingReportResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => TrainingReport, { description: 'Completion and attendance rates (aggregates, small cells suppressed): coordinators and tenant admins.' })
  trainingReport(
    @Args('groupBy', { type: () => ReportGroupingEnum }) groupBy: ReportGrouping,
    @Ctx() ctx: RequestContext,
    @Args('courseId', { type: () => ID, nullable: true }) courseId?: string,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
  ) {
    return this.bus.request(GetTrainingReport, { groupBy, courseId, tenantId }, ctx);
  }

  @Query(() => CourseFeedbackReport, { description: 'Pre/post and satisfaction aggregates of a course (minimum cell size).' })
  courseFeedbackReport(@Args('courseId', { type: () => ID }) courseId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCourseFeedbackReport, { courseId }, ctx);
  }

  @Query(() => MentorsTrained, { description: 'Mentors trained vs needed for a cohort; "needed" from programmes events unless given.' })
  mentorsTrained(
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Ctx() ctx: RequestContext,
    @Args('needed', { type: () => Int, nullable: true }) needed?: number,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
  ) {
    return this.bus.request(GetMentorsTrained, { cohortId, needed, tenantId }, ctx);
  }
}
