import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { programmesMigrations } from './migrations/index.js';
import { programmesEntities } from './programmes.entities.js';
import { ProgrammesSettings } from './programmes.settings.js';
import { ExportPersonalDataPartUseCase } from './personal-data/export-part.use-case.js';
import { EndLeaverDuosUseCase, ForgetStaffUseCase, RecordMentorTrainedUseCase, RecordStaffCardUseCase, RecordStaffProfileUseCase, RenamePlaceUseCase } from './projection/projection.use-cases.js';
import { FormMatchedDuoUseCase } from './relationship/form-matched-duo.use-case.js';
import { ConcernViews } from './relationship/concern.use-cases.js';
import { DuoFactory } from './relationship/duo-factory.js';
import { Attention } from './relationship/follow-up.use-cases.js';
import { DashboardCache } from './relationship/dashboard-cache.js';
import { Lookups } from './shared/lookups.js';
import { People } from './shared/people.js';
import { CohortPeopleUseCase } from './application/cohort-people.use-case.js';
import { DuoPartnersUseCase } from './relationship/duo-partners.use-case.js';
import { RelationshipPresenter } from './relationship/relationship.presenter.js';
import { AcknowledgeAgreementUseCase, AddGoalUseCase, AnswerFitCheckUseCase, GetAgreementUseCase, ListGoalsUseCase, ListMeetingsUseCase, LogMeetingUseCase, SaveAgreementUseCase, UpdateGoalUseCase } from './relationship/content.use-cases.js';
import { CloseConcernUseCase, MyConcernsUseCase, RaiseConcernUseCase, SupportConcernsUseCase } from './relationship/concern.use-cases.js';
import { MyTasksUseCase } from './relationship/tasks.use-case.js';
import { CloseRelationshipUseCase, CreateRelationshipUseCase, EndRelationshipEarlyUseCase, GetRelationshipUseCase, ListReflectionsUseCase, ListRelationshipsUseCase, MyRelationshipsUseCase, PauseRelationshipUseCase, ResumeRelationshipUseCase } from './relationship/relationship.use-cases.js';
import { CohortDashboardUseCase, ListAttentionUseCase, ListCheckInsUseCase, RecordCheckInUseCase } from './relationship/follow-up.use-cases.js';
import { CreateCohortUseCase, GetCohortUseCase, ListCohortsUseCase, ListEligibleStaffUseCase, TransitionCohortUseCase } from './cohort/cohort.use-cases.js';
import { CreateProgrammeUseCase, GetProgrammeUseCase, ListPolicyVersionsUseCase, ListProgrammesUseCase, UpdatePolicyUseCase } from './programme/programme.use-cases.js';
import { DecideApplicationUseCase, GetApplicationUseCase, ListApplicationsUseCase, MyApplicationsUseCase, SubmitApplicationUseCase, WithdrawApplicationUseCase } from './application/application.use-cases.js';


const useCases: Provider[] = [
  RecordStaffProfileUseCase,
  RecordStaffCardUseCase,
  RenamePlaceUseCase,
  ForgetStaffUseCase,
  EndLeaverDuosUseCase,
  RecordMentorTrainedUseCase,
  FormMatchedDuoUseCase,
  CreateProgrammeUseCase,
  UpdatePolicyUseCase,
  GetProgrammeUseCase,
  ListProgrammesUseCase,
  ListPolicyVersionsUseCase,
  CreateCohortUseCase,
  TransitionCohortUseCase,
  GetCohortUseCase,
  ListCohortsUseCase,
  ListEligibleStaffUseCase,
  SubmitApplicationUseCase,
  WithdrawApplicationUseCase,
  DecideApplicationUseCase,
  GetApplicationUseCase,
  ListApplicationsUseCase,
  MyApplicationsUseCase,
  CohortPeopleUseCase,
  DuoPartnersUseCase,
  CreateRelationshipUseCase,
  GetRelationshipUseCase,
  ListRelationshipsUseCase,
  MyRelationshipsUseCase,
  MyTasksUseCase,
  PauseRelationshipUseCase,
  ResumeRelationshipUseCase,
  EndRelationshipEarlyUseCase,
  CloseRelationshipUseCase,
  ListReflectionsUseCase,
  GetAgreementUseCase,
  SaveAgreementUseCase,
  AcknowledgeAgreementUseCase,
  AddGoalUseCase,
  UpdateGoalUseCase,
  ListGoalsUseCase,
  LogMeetingUseCase,
  ListMeetingsUseCase,
  AnswerFitCheckUseCase,
  RaiseConcernUseCase,
  MyConcernsUseCase,
  SupportConcernsUseCase,
  CloseConcernUseCase,
  RecordCheckInUseCase,
  ListCheckInsUseCase,
  ListAttentionUseCase,
  CohortDashboardUseCase,
];

/** Collaborators shared by several use cases. */
const support: Provider[] = [Lookups, DuoFactory, ConcernViews, Attention, DashboardCache, RelationshipPresenter, People];

@Module({})
export class ProgrammesServiceModule {
  static register(orm: MikroORM, settings: ProgrammesSettings, bus: Bus): DynamicModule {
    return {
      module: ProgrammesServiceModule,
      providers: [...ormProviders(orm), { provide: ProgrammesSettings, useValue: settings }, { provide: Bus, useValue: bus }, ...support, ...useCases, ExportPersonalDataPartUseCase],
    };
  }
}

export const programmesService: ServiceDefinition<ProgrammesSettings> = {
  name: 'programmes',
  entities: programmesEntities,
  migrations: programmesMigrations,
  settings: ProgrammesSettings,
  module: (orm, settings, bus) => ProgrammesServiceModule.register(orm, settings, bus),
  // Tenant requests run as m4pris_tenant under the policies of migration-20261201090000-row-level-security.
  rowLevelSecurity: true,
};
