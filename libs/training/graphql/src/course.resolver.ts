import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { AdoptDefaultCourse, GetAnswerKey, GetCourse, ListCourses, ListDefaultCurricula, UpdateCourse, UpdateCourseModule, UpdateUnit, type CourseAudience } from '@m4pris/training-contracts';
import { CourseAudienceEnum } from './training.enums.js';
import {
  AdoptDefaultCourseInput,
  AnswerKeyEntry,
  DefaultCurriculum,
  TrainingCourse,
  UpdateCourseInput,
  UpdateCourseModuleInput,
  UpdateCourseUnitInput,
} from './training.types.js';

@Resolver(() => TrainingCourse)
export class CourseResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [DefaultCurriculum], { description: 'The default curricula a tenant can adopt.' })
  defaultCurricula(@Ctx() ctx: RequestContext) {
    return this.bus.request(ListDefaultCurricula, {}, ctx);
  }

  @Query(() => [TrainingCourse], { description: "The tenant's courses (any signed-in member of the tenant), oldest first, then id. Without page, all of them; with page, that page." })
  trainingCourses(
    @Ctx() ctx: RequestContext,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string,
    @Args('audience', { type: () => CourseAudienceEnum, nullable: true }) audience?: CourseAudience,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(ListCourses, { tenantId, audience, ...page }, ctx);
  }

  @Query(() => TrainingCourse)
  trainingCourse(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetCourse, { id }, ctx);
  }

  @Query(() => [AnswerKeyEntry], { description: 'The right answers of the course’s questions: coordinators and tenant admins only.' })
  courseAnswerKey(@Args('courseId', { type: () => ID }) courseId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetAnswerKey, { id: courseId }, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Copies a default curriculum into the tenant (version 1).' })
  adoptDefaultCourse(@Args('input') input: AdoptDefaultCourseInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AdoptDefaultCourse, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Adapts title, description, objectives (one language) or completion rules; makes a new version.' })
  updateTrainingCourse(@Args('input') input: UpdateCourseInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateCourse, input, ctx);
  }

  @Mutation(() => TrainingCourse)
  updateCourseModule(@Args('input') input: UpdateCourseModuleInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateCourseModule, input, ctx);
  }

  @Mutation(() => TrainingCourse)
  updateCourseUnit(@Args('input') input: UpdateCourseUnitInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateUnit, input, ctx);
  }
}
