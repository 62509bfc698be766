import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { EvaluationProjection } from './projection/projection-updater.js';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { PrePostReportUseCase, ProgrammeOutcomesUseCase, ResponseFlowUseCase } from './analytics/report.use-cases.js';
import { evaluationEntities } from './evaluation.entities.js';
import { EvaluationSettings } from './evaluation.settings.js';
import { CodebookUseCase, ExportWaveUseCase } from './export/export.use-cases.js';
import { ListInstrumentsUseCase, LoadInstrumentTextUseCase } from './instrument/instrument.use-cases.js';
import { MySurveyTasksUseCase } from './invitation/tasks.use-case.js';
import { GetMyInvitationUseCase, ListMyInvitationsUseCase, ListMyScoresUseCase, SaveAnswersUseCase } from './invitation/respondent.use-cases.js';
import { SurveyOpener } from './invitation/survey-opener.js';
import { WaveScheduler } from './invitation/wave-scheduler.js';
import { evaluationMigrations } from './migrations/index.js';
import { ParticipantKeys } from './participant/participant-keys.js';
import { GetSurveyPlanUseCase, ListEvaluationProgrammesUseCase, SaveSurveyPlanUseCase } from './plan/plan.use-cases.js';
import { ExportPersonalDataPartUseCase } from './personal-data/export-part.use-case.js';
import { Clock } from './shared/access.js';

const useCases: Provider[] = [
  EvaluationProjection,
  Clock,
  ParticipantKeys,
  WaveScheduler,
  SurveyOpener,
  ListInstrumentsUseCase,
  LoadInstrumentTextUseCase,
  SaveSurveyPlanUseCase,
  GetSurveyPlanUseCase,
  ListEvaluationProgrammesUseCase,
  ListMyInvitationsUseCase,
  MySurveyTasksUseCase,
  GetMyInvitationUseCase,
  SaveAnswersUseCase,
  ListMyScoresUseCase,
  PrePostReportUseCase,
  ResponseFlowUseCase,
  ProgrammeOutcomesUseCase,
  ExportWaveUseCase,
  CodebookUseCase,
];

@Module({})
export class EvaluationServiceModule {
  static register(orm: MikroORM, settings: EvaluationSettings, bus: Bus): DynamicModule {
    return {
      module: EvaluationServiceModule,
      providers: [...ormProviders(orm), { provide: EvaluationSettings, useValue: settings }, { provide: Bus, useValue: bus }, ...useCases, ExportPersonalDataPartUseCase],
      exports: [Clock],
    };
  }
}

export const evaluationService: ServiceDefinition<EvaluationSettings> = {
  name: 'evaluation',
  entities: evaluationEntities,
  migrations: evaluationMigrations,
  settings: EvaluationSettings,
  module: (orm, settings, bus) => EvaluationServiceModule.register(orm, settings, bus),
  // Tenant requests run as m4pris_tenant under the policies of migration-20261201090000-row-level-security.
  rowLevelSecurity: true,
};
