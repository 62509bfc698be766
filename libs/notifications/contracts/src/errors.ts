import { defineErrors } from '@m4pris/platform-core';

/** The notifications module's error codes (`notifications.<CODE>`). */
export const NotificationsErrors = defineErrors('notifications', {
  CATEGORY_ALWAYS_ON: { category: 'BAD_USER_INPUT', message: 'Account and security messages are always sent; they cannot be turned off.' },
  EMPTY_WINDOW: { category: 'BAD_USER_INPUT', message: 'The sending window must open before it closes (windowStart before windowEnd).' },
});
