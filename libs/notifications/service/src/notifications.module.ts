import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { EventMessages } from './events/event-messages.js';
import { ParticipantMessages } from './events/participant-messages.js';
import { CountUnreadUseCase } from './inbox/count-unread.use-case.js';
import { ListMyNotificationsUseCase } from './inbox/list-my-notifications.use-case.js';
import { MarkNotificationsReadUseCase } from './inbox/mark-read.use-case.js';
import { ListOutgoingMailUseCase } from './mail/list-outgoing-mail.use-case.js';
import { MailDispatcher } from './mail/mail-dispatcher.js';
import { Mailer } from './mail/mailer.js';
import { notificationsMigrations } from './migrations/index.js';
import { notificationsEntities } from './notifications.entities.js';
import { NotificationsSettings } from './notifications.settings.js';
import { Notifier } from './notifier.js';
import { PersonProjection } from './person/person.projection.js';
import { ExportPersonalDataPartUseCase } from './personal-data/export-part.use-case.js';
import { DigestSender } from './preferences/digest-sender.js';
import { DeliveryRulesReader, PreferencesUseCases, TenantSettingsUseCases } from './preferences/preferences.use-cases.js';
import { Clock } from './reminders/clock.js';
import { DuoReminders } from './reminders/duo-reminders.js';
import { ReminderViews } from './reminders/reminder-views.js';
import { ReminderSchedule } from './reminders/reminder-schedule.js';
import { SweepRemindersUseCase } from './reminders/sweep-reminders.use-case.js';

/** Use cases that consume other modules' events (their @OnEvent methods); the other use cases answer requests (@Handles). */
const eventConsumers = [PersonProjection, EventMessages, ParticipantMessages, DuoReminders, ReminderViews];
const useCases: Provider[] = [ListMyNotificationsUseCase, CountUnreadUseCase, MarkNotificationsReadUseCase, ListOutgoingMailUseCase, SweepRemindersUseCase, PreferencesUseCases, TenantSettingsUseCases];

@Module({})
export class NotificationsServiceModule {
  static register(orm: MikroORM, settings: NotificationsSettings, bus: Bus): DynamicModule {
    return {
      module: NotificationsServiceModule,
      providers: [
        ...ormProviders(orm),
        { provide: NotificationsSettings, useValue: settings },
        { provide: Bus, useValue: bus },
        Mailer,
        MailDispatcher,
        Notifier,
        DeliveryRulesReader,
        DigestSender,
        Clock,
        ReminderSchedule,
        ...useCases,
        ...eventConsumers,
        ExportPersonalDataPartUseCase,
      ],
      exports: [MailDispatcher, Mailer, Clock, SweepRemindersUseCase, DigestSender],
    };
  }
}

export const notificationsService: ServiceDefinition<NotificationsSettings> = {
  name: 'notifications',
  entities: notificationsEntities,
  migrations: notificationsMigrations,
  settings: NotificationsSettings,
  module: (orm, settings, bus) => NotificationsServiceModule.register(orm, settings, bus),
  rowLevelSecurity: true,
};
