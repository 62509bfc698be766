export { notificationsService, NotificationsServiceModule } from './notifications.module.js';
export { NotificationsSettings } from './notifications.settings.js';
export { notificationsEntities } from './notifications.entities.js';
export { notificationsMigrations } from './migrations/index.js';
export { MailDispatcher, MAIL_QUEUE, JOBS_SCHEMA } from './mail/mail-dispatcher.js';
export { Mailer } from './mail/mailer.js';
export { CATALOGUE, FORBIDDEN_IN_SUBJECTS } from './templates/catalogue.js';
export { renderMessage } from './templates/render.js';
