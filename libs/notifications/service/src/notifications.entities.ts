import { ErasedStaffSchema, type ServiceDefinition } from '@m4pris/platform-messaging';
import { NotificationSchema } from './inbox/notification.entity.js';
import { OutgoingMailSchema } from './mail/outgoing-mail.entity.js';
import { PersonSchema } from './person/person.entity.js';
import { DigestItemSchema, PreferenceSchema, TenantSettingsSchema } from './preferences/preferences.entities.js';
import { CoordinatorSchema, DuoSchema } from './reminders/duo.entity.js';
import { SessionSeatSchema, SurveyReminderSchema } from './reminders/reminder-views.entity.js';

/** Every table the notifications service owns (the outbox tables are added by platform-persistence). */
export const notificationsEntities: ServiceDefinition['entities'] = [PersonSchema, NotificationSchema, OutgoingMailSchema, ErasedStaffSchema, DuoSchema, PreferenceSchema, TenantSettingsSchema, DigestItemSchema, CoordinatorSchema, SurveyReminderSchema, SessionSeatSchema] as never[];
