import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
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
  type EnrolmentDto,
} from '@m4pris/training-contracts';
import { staffName } from './staff-names.js';
import {
  AssessmentResult,
  CheckResult,
  Enrolment,
  EnrolInput,
  EnrolmentFilter,
  EnrolmentOrderBy,
  EnrolmentPage,
  SubmitCourseAssessmentInput,
  SubmitCourseSatisfactionInput,
  SubmitKnowledgeCheckInput,
} from './training.types.js';

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => EnrolmentPage, { description: 'Enrolments with progress (coordinators, tenant admins).' })
  enrolments(
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('filter', { type: () => EnrolmentFilter, nullable: true }) filter?: EnrolmentFilter,
    @Args('orderBy', { type: () => EnrolmentOrderBy, nullable: true }) orderBy?: InstanceType<typeof EnrolmentOrderBy>,
  ) {
    return this.bus.request(ListEnrolments, { ...filter, ...page, orderBy }, ctx);
  }

  @Query(() => Enrolment, { description: 'Your own enrolment, or any of the tenant for a coordinator.' })
  enrolment(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetEnrolment, { enrolmentId: id }, ctx);
  }

  @Query(() => [Enrolment], { description: 'Your enrolments and progress.' })
  myEnrolments(@Ctx() ctx: RequestContext) {
    return this.bus.request(MyEnrolments, {}, ctx);
  }

  @Mutation(() => Enrolment, { description: 'Enrol yourself, or (coordinator) a learner. Enrolling twice: CONFLICT.' })
  enrol(@Args('input') input: EnrolInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(Enrol, input, ctx);
  }

  @Mutation(() => Enrolment, { description: 'Leave the course (or a coordinator records a drop-out); frees booked seats.' })
  withdrawEnrolment(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(WithdrawEnrolment, { enrolmentId: id }, ctx);
  }

  @Mutation(() => Enrolment, { description: 'The learner marks a self-paced unit done.' })
  completeUnit(@Args('enrolmentId', { type: () => ID }) enrolmentId: string, @Args('unitId', { type: () => ID }) unitId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(CompleteUnit, { enrolmentId, unitId }, ctx);
  }

  @Mutation(() => CheckResult, { description: 'Scored on the server; the right answers are never returned.' })
  submitKnowledgeCheck(@Args('input') input: SubmitKnowledgeCheckInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SubmitKnowledgeCheck, input, ctx);
  }

  @Mutation(() => AssessmentResult, { description: 'Pre/post questionnaire; kept without your id, reported only as aggregates.' })
  submitCourseAssessment(@Args('input') input: SubmitCourseAssessmentInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SubmitAssessment, input, ctx);
  }

  @Mutation(() => Boolean, { description: 'Satisfaction questions (1–5); kept without your id, reported only as aggregates.' })
  submitCourseSatisfaction(@Args('input') input: SubmitCourseSatisfactionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(SubmitSatisfaction, input, ctx).then((r) => r.ok);
  }

  @ResolveField('learnerName', () => String, { nullable: true, description: 'For coordinators and tenant admins (batched identity lookup); null for others.' })
  learnerName(@Parent() e: EnrolmentDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return staffName(loaders, this.bus, ctx, e.staffId);
  }
}
