/**
 * notifications: English. The notifications module's error messages (English as in libs/notifications/contracts/src/errors.ts).
 */
export const messages: Record<string, string> = {
  "errors.notifications.CATEGORY_ALWAYS_ON": "Account and security messages are always sent; they cannot be turned off.",
  "errors.notifications.EMPTY_WINDOW": "The sending window must open before it closes (windowStart before windowEnd).",
};
