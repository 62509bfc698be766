import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  AddCourseModule,
  AddQuestion,
  AddUnit,
  AdoptDefaultCourse,
  CreateCourse,
  GetAnswerKey,
  GetCourse,
  ListCourses,
  ListDefaultCurricula,
  MoveCourseModule,
  MoveUnit,
  RemoveCourseModule,
  RemoveQuestion,
  RemoveUnit,
  UpdateCourse,
  UpdateCourseModule,
  UpdateQuestion,
  UpdateUnit,
  type CourseAudience,
} from '@m4pris/training-contracts';
import { CourseAudienceEnum } from './training.enums.js';
import {
  AddCourseModuleInput,
  AddCourseUnitInput,
  AddKnowledgeCheckQuestionInput,
  CreateTrainingCourseInput,
  MoveCourseModuleInput,
  MoveCourseUnitInput,
  UpdateKnowledgeCheckQuestionInput,
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

  @Query(() => TrainingCourse, { description: 'A course as it is now, or as it was in `version` (an enrolment keeps the version it enrolled in: `Enrolment.courseVersion`).' })
  trainingCourse(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ) {
    return this.bus.request(GetCourse, { id, ...(version != null ? { version } : {}) }, ctx);
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

  // ---- authoring (coordinators and tenant admins; each change a new version) ----

  @Mutation(() => TrainingCourse, { description: 'A course written from scratch: audience, base language and a code unique in the tenant (training.COURSE_CODE_TAKEN).' })
  createTrainingCourse(@Args('input') input: CreateTrainingCourseInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateCourse, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Adds a module (a competency cluster) to a course.' })
  addCourseModule(@Args('input') input: AddCourseModuleInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AddCourseModule, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Moves a module to another place among the modules.' })
  moveCourseModule(@Args('input') input: MoveCourseModuleInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(MoveCourseModule, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Removes a module with its units.' })
  removeCourseModule(@Args('courseId', { type: () => ID }) courseId: string, @Args('moduleId', { type: () => ID }) moduleId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RemoveCourseModule, { courseId, moduleId }, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Adds a self-paced unit to a module; its title is written in the base language.' })
  addCourseUnit(@Args('input') input: AddCourseUnitInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AddUnit, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Moves a unit within its module or into another one.' })
  moveCourseUnit(@Args('input') input: MoveCourseUnitInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(MoveUnit, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Removes a unit with its knowledge check.' })
  removeCourseUnit(@Args('courseId', { type: () => ID }) courseId: string, @Args('unitId', { type: () => ID }) unitId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RemoveUnit, { courseId, unitId }, ctx);
  }

  @Mutation(() => TrainingCourse, { description: "Adds a single- or multiple-choice question to a unit's knowledge check." })
  addKnowledgeCheckQuestion(@Args('input') input: AddKnowledgeCheckQuestionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AddQuestion, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: 'Changes a question (base language) or translates it (another language).' })
  updateKnowledgeCheckQuestion(@Args('input') input: UpdateKnowledgeCheckQuestionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateQuestion, input, ctx);
  }

  @Mutation(() => TrainingCourse, { description: "Removes a question; the unit's last one removes its knowledge check." })
  removeKnowledgeCheckQuestion(@Args('courseId', { type: () => ID }) courseId: string, @Args('questionId', { type: () => ID }) questionId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RemoveQuestion, { courseId, questionId }, ctx);
  }
}
