import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { matchingEntities } from './matching.entities.js';
import { MatchingSettings } from './matching.settings.js';
import { matchingMigrations } from './migrations/index.js';
import { SolverWarmUp } from './engine/solver-warm-up.js';
import { ExportPersonalDataPartUseCase } from './personal-data/export-part.use-case.js';
import { ProjectionUpdater } from './projection/projection-updater.js';
import { CohortInputReader } from './run/cohort-input.js';
import { ApproveProposalsUseCase, ForbidPairUseCase, GetMatchReasonUseCase, PinPairUseCase, RejectProposalUseCase } from './run/decisions.use-case.js';
import { PairRules } from './run/pair-rules.js';
import { MatchRunner } from './run/match-runner.js';
import { RematchUseCase, RunMatchUseCase } from './run/run-match.use-case.js';
import { GetMatchRunUseCase, ListMatchingCohortsUseCase, ListMatchRunsUseCase } from './run/run-queries.use-case.js';
import { GetWeightsUseCase, SetWeightsUseCase } from './run/weights.use-case.js';

const useCases: Provider[] = [
  ListMatchingCohortsUseCase,
  ListMatchRunsUseCase,
  GetMatchRunUseCase,
  RunMatchUseCase,
  RematchUseCase,
  ApproveProposalsUseCase,
  RejectProposalUseCase,
  PinPairUseCase,
  ForbidPairUseCase,
  GetMatchReasonUseCase,
  GetWeightsUseCase,
  SetWeightsUseCase,
];
const support: Provider[] = [ProjectionUpdater, CohortInputReader, MatchRunner, PairRules, SolverWarmUp];

@Module({})
export class MatchingServiceModule {
  static register(orm: MikroORM, settings: MatchingSettings, bus: Bus): DynamicModule {
    return {
      module: MatchingServiceModule,
      providers: [...ormProviders(orm), { provide: MatchingSettings, useValue: settings }, { provide: Bus, useValue: bus }, ...support, ...useCases, ExportPersonalDataPartUseCase],
    };
  }
}

export const matchingService: ServiceDefinition<MatchingSettings> = {
  name: 'matching',
  entities: matchingEntities,
  migrations: matchingMigrations,
  settings: MatchingSettings,
  module: (orm, settings, bus) => MatchingServiceModule.register(orm, settings, bus),
};
