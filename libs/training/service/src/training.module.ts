import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { TrainingProjection } from './projection/projection-updater.js';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { CertificateIssuer } from './certificate/certificate-issuer.js';
import { GetCertificatePdfUseCase, GetCertificateUseCase, IssueCertificateUseCase, MyCertificatesUseCase, VerifyCertificateUseCase } from './certificate/certificate.use-cases.js';
import { StaffNames } from './certificate/staff-names.js';
import { CourseStore } from './course/course-store.js';
import {
  AdoptDefaultCourseUseCase,
  GetAnswerKeyUseCase,
  GetCourseUseCase,
  ListCoursesUseCase,
  ListDefaultCurriculaUseCase,
  UpdateCourseModuleUseCase,
  UpdateCourseUseCase,
  UpdateUnitUseCase,
} from './course/course.use-cases.js';
import { Completion } from './enrolment/completion.js';
import {
  CompleteUnitUseCase,
  EnrolUseCase,
  GetEnrolmentUseCase,
  ListEnrolmentsUseCase,
  MyEnrolmentsUseCase,
  SubmitAssessmentUseCase,
  SubmitKnowledgeCheckUseCase,
  SubmitSatisfactionUseCase,
  WithdrawEnrolmentUseCase,
} from './enrolment/enrolment.use-cases.js';
import { ProgressReader } from './enrolment/progress.js';
import { MyTrainingTasksUseCase } from './enrolment/tasks.use-case.js';
import { trainingMigrations } from './migrations/index.js';
import { CourseFeedbackReportUseCase, MentorsTrainedUseCase, TrainingReportUseCase } from './report/report.use-cases.js';
import { Seats } from './session/seats.js';
import {
  BookSessionUseCase,
  CancelBookingUseCase,
  CancelSessionUseCase,
  GetSessionRegisterUseCase,
  ListSessionsUseCase,
  ListTenantSessionsUseCase,
  MySessionBookingsUseCase,
  RecordAttendanceUseCase,
  ScheduleSessionUseCase,
  SessionTrainersUseCase,
  UpdateSessionUseCase,
} from './session/session.use-cases.js';
import { trainingEntities } from './training.entities.js';
import { TrainingSettings } from './training.settings.js';
import {
  AddCourseModuleUseCase,
  AddQuestionUseCase,
  AddUnitUseCase,
  CourseEditor,
  CreateCourseUseCase,
  MoveCourseModuleUseCase,
  MoveUnitUseCase,
  RemoveCourseModuleUseCase,
  RemoveQuestionUseCase,
  RemoveUnitUseCase,
  UpdateQuestionUseCase,
} from './course/course-authoring.use-cases.js';
import { ExportPersonalDataPartUseCase } from './personal-data/export-part.use-case.js';


const useCases: Provider[] = [
  // courses
  ListDefaultCurriculaUseCase,
  AdoptDefaultCourseUseCase,
  ListCoursesUseCase,
  GetCourseUseCase,
  UpdateCourseUseCase,
  UpdateCourseModuleUseCase,
  UpdateUnitUseCase,
  GetAnswerKeyUseCase,
  // course authoring (issue 17)
  CreateCourseUseCase,
  AddCourseModuleUseCase,
  RemoveCourseModuleUseCase,
  MoveCourseModuleUseCase,
  AddUnitUseCase,
  RemoveUnitUseCase,
  MoveUnitUseCase,
  AddQuestionUseCase,
  UpdateQuestionUseCase,
  RemoveQuestionUseCase,
  // sessions
  ScheduleSessionUseCase,
  UpdateSessionUseCase,
  ListSessionsUseCase,
  BookSessionUseCase,
  CancelBookingUseCase,
  GetSessionRegisterUseCase,
  RecordAttendanceUseCase,
  MySessionBookingsUseCase,
  SessionTrainersUseCase,
  CancelSessionUseCase,
  ListTenantSessionsUseCase,
  // enrolments and progress
  EnrolUseCase,
  WithdrawEnrolmentUseCase,
  GetEnrolmentUseCase,
  ListEnrolmentsUseCase,
  MyEnrolmentsUseCase,
  MyTrainingTasksUseCase,
  CompleteUnitUseCase,
  SubmitKnowledgeCheckUseCase,
  SubmitAssessmentUseCase,
  SubmitSatisfactionUseCase,
  // certificates
  IssueCertificateUseCase,
  MyCertificatesUseCase,
  GetCertificateUseCase,
  GetCertificatePdfUseCase,
  VerifyCertificateUseCase,
  // reports
  TrainingReportUseCase,
  CourseFeedbackReportUseCase,
  MentorsTrainedUseCase,
];

/** Collaborators shared by several use cases. */
const support: Provider[] = [TrainingProjection, CourseStore, CourseEditor, Seats, ProgressReader, Completion, CertificateIssuer, StaffNames];

@Module({})
export class TrainingServiceModule {
  static register(orm: MikroORM, settings: TrainingSettings, bus: Bus): DynamicModule {
    return {
      module: TrainingServiceModule,
      providers: [...ormProviders(orm), { provide: TrainingSettings, useValue: settings }, { provide: Bus, useValue: bus }, ...support, ...useCases, ExportPersonalDataPartUseCase],
    };
  }
}

export const trainingService: ServiceDefinition<TrainingSettings> = {
  name: 'training',
  entities: trainingEntities,
  migrations: trainingMigrations,
  settings: TrainingSettings,
  module: (orm, settings, bus) => TrainingServiceModule.register(orm, settings, bus),
  // Tenant requests run as m4pris_tenant under the policies of migration-20261201090000-row-level-security.
  rowLevelSecurity: true,
};
