import { defineErrors } from '@m4pris/platform-core';

/**
 * The notifications module's error codes (`notifications.<CODE>`). None yet: an inbox request can only
 * be unauthenticated (a common code) or name ids, which never reveal whose they are.
 */
export const NotificationsErrors = defineErrors('notifications', {});
