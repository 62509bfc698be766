import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';

/**
 * The notifications part of the gateway schema. Needs a global provider of `Bus`; the gateway imports
 * this module when notifications is enabled.
 */
@Module({ providers: [NotificationsResolver] })
export class NotificationsGraphqlModule {}
