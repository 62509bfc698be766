export { NotificationsGraphqlModule } from './notifications-graphql.module.js';
export * from './notifications.types.js';
