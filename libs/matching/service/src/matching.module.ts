import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { ExampleHandlers } from './example/example.handlers.js';
import { GetExampleUseCase } from './example/get-example.use-case.js';
import { matchingEntities } from './matching.entities.js';
import { MatchingSettings } from './matching.settings.js';
import { matchingMigrations } from './migrations/index.js';

const handlers = [ExampleHandlers];
const useCases: Provider[] = [GetExampleUseCase];

@Module({})
export class MatchingServiceModule {
  static register(orm: MikroORM, settings: MatchingSettings, bus: Bus): DynamicModule {
    return {
      module: MatchingServiceModule,
      providers: [...ormProviders(orm), { provide: MatchingSettings, useValue: settings }, { provide: Bus, useValue: bus }, ...useCases, ...handlers],
      exports: handlers,
    };
  }
}

export const matchingService: ServiceDefinition<MatchingSettings> = {
  name: 'matching',
  entities: matchingEntities,
  migrations: matchingMigrations,
  settings: MatchingSettings,
  module: (orm, settings, bus) => MatchingServiceModule.register(orm, settings, bus),
  handlers,
};
