import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  AddCourseModule,
  AddQuestion,
  AddUnit,
  CreateCourse,
  MoveCourseModule,
  MoveUnit,
  RemoveCourseModule,
  RemoveQuestion,
  RemoveUnit,
  UpdateQuestion,
  type AddCourseModuleRequest,
  type AddQuestionRequest,
  type AddUnitRequest,
  type CourseModuleRefRequest,
  type CreateCourseRequest,
  type MoveCourseModuleRequest,
  type MoveUnitRequest,
  type QuestionRefRequest,
  type UnitRefRequest,
  type UpdateQuestionRequest,
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
import {
  AddCourseModuleUseCase,
  AddQuestionUseCase,
  AddUnitUseCase,
  CreateCourseUseCase,
  MoveCourseModuleUseCase,
  MoveUnitUseCase,
  RemoveCourseModuleUseCase,
  RemoveQuestionUseCase,
  RemoveUnitUseCase,
  UpdateQuestionUseCase,
} from './course-authoring.use-cases.js';

/** Course authoring (issue 17): a course from scratch, its modules, units and questions. */
@Injectable()
export class CourseAuthoringHandlers {
  constructor(
    private readonly create: CreateCourseUseCase,
    private readonly addModule: AddCourseModuleUseCase,
    private readonly removeModule: RemoveCourseModuleUseCase,
    private readonly moveModule: MoveCourseModuleUseCase,
    private readonly addUnit: AddUnitUseCase,
    private readonly removeUnit: RemoveUnitUseCase,
    private readonly moveUnit: MoveUnitUseCase,
    private readonly addQuestion: AddQuestionUseCase,
    private readonly updateQuestion: UpdateQuestionUseCase,
    private readonly removeQuestion: RemoveQuestionUseCase,
  ) {}

  @Handles(CreateCourse) createCourse(p: CreateCourseRequest, ctx: RequestContext) { return this.create.execute(p, ctx); }
  @Handles(AddCourseModule) moduleAdd(p: AddCourseModuleRequest, ctx: RequestContext) { return this.addModule.execute(p, ctx); }
  @Handles(RemoveCourseModule) moduleRemove(p: CourseModuleRefRequest, ctx: RequestContext) { return this.removeModule.execute(p, ctx); }
  @Handles(MoveCourseModule) moduleMove(p: MoveCourseModuleRequest, ctx: RequestContext) { return this.moveModule.execute(p, ctx); }
  @Handles(AddUnit) unitAdd(p: AddUnitRequest, ctx: RequestContext) { return this.addUnit.execute(p, ctx); }
  @Handles(RemoveUnit) unitRemove(p: UnitRefRequest, ctx: RequestContext) { return this.removeUnit.execute(p, ctx); }
  @Handles(MoveUnit) unitMove(p: MoveUnitRequest, ctx: RequestContext) { return this.moveUnit.execute(p, ctx); }
  @Handles(AddQuestion) questionAdd(p: AddQuestionRequest, ctx: RequestContext) { return this.addQuestion.execute(p, ctx); }
  @Handles(UpdateQuestion) questionUpdate(p: UpdateQuestionRequest, ctx: RequestContext) { return this.updateQuestion.execute(p, ctx); }
  @Handles(RemoveQuestion) questionRemove(p: QuestionRefRequest, ctx: RequestContext) { return this.removeQuestion.execute(p, ctx); }
}

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
