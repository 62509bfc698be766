import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  AdoptDefaultCourse,
  GetAnswerKey,
  GetCourse,
  ListCourses,
  ListDefaultCurricula,
  UpdateCourse,
  UpdateCourseModule,
  UpdateUnit,
  type AdoptDefaultCourseRequest,
  type CourseIdRequest,
  type ListCoursesRequest,
  type ListDefaultCurriculaRequest,
  type UpdateCourseModuleRequest,
  type UpdateCourseRequest,
  type UpdateUnitRequest,
} from '@m4pris/training-contracts';
import {
  AdoptDefaultCourseUseCase,
  GetAnswerKeyUseCase,
  GetCourseUseCase,
  ListCoursesUseCase,
  ListDefaultCurriculaUseCase,
  UpdateCourseModuleUseCase,
  UpdateCourseUseCase,
  UpdateUnitUseCase,
} from './course.use-cases.js';

@Injectable()
export class CourseHandlers {
  constructor(
    private readonly curricula: ListDefaultCurriculaUseCase,
    private readonly adopt: AdoptDefaultCourseUseCase,
    private readonly listCourses: ListCoursesUseCase,
    private readonly getCourse: GetCourseUseCase,
    private readonly updateCourse: UpdateCourseUseCase,
    private readonly updateModule: UpdateCourseModuleUseCase,
    private readonly updateUnit: UpdateUnitUseCase,
    private readonly answerKey: GetAnswerKeyUseCase,
  ) {}

  @Handles(ListDefaultCurricula) defaults(p: ListDefaultCurriculaRequest, ctx: RequestContext) { return this.curricula.execute(p, ctx); }
  @Handles(AdoptDefaultCourse) adoptDefault(p: AdoptDefaultCourseRequest, ctx: RequestContext) { return this.adopt.execute(p, ctx); }
  @Handles(ListCourses) list(p: ListCoursesRequest, ctx: RequestContext) { return this.listCourses.execute(p, ctx); }
  @Handles(GetCourse) get(p: CourseIdRequest, ctx: RequestContext) { return this.getCourse.execute(p, ctx); }
  @Handles(UpdateCourse) update(p: UpdateCourseRequest, ctx: RequestContext) { return this.updateCourse.execute(p, ctx); }
  @Handles(UpdateCourseModule) module(p: UpdateCourseModuleRequest, ctx: RequestContext) { return this.updateModule.execute(p, ctx); }
  @Handles(UpdateUnit) unit(p: UpdateUnitRequest, ctx: RequestContext) { return this.updateUnit.execute(p, ctx); }
  @Handles(GetAnswerKey) key(p: CourseIdRequest, ctx: RequestContext) { return this.answerKey.execute(p, ctx); }
}
