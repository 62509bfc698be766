/** Platform messages in English (complete). Module error texts live beside their codes. */
export const en: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Invalid value for {{field}}: {{reason}}',
  'errors.common.DATE_IN_FUTURE': '{{field}} must not be in the future.',
  'errors.common.DATE_BEFORE': '{{field}} must be on or after {{other}}.',
  'errors.common.NOT_AFTER': '{{field}} must be after {{other}}.',
  'errors.common.UNAUTHENTICATED': 'You must be signed in.',
  'errors.common.FORBIDDEN': 'You are not allowed to do this.',
  'errors.common.NOT_FOUND': '{{entity}} not found.',
  'errors.common.CONFLICT': 'This conflicts with existing data.',
  'errors.common.IDEMPOTENCY_KEY_REUSED': 'This {{field}} was already used for a different request: send a new key with new content.',
  'errors.common.MODULE_UNAVAILABLE': 'The {{module}} module is not available.',
  'errors.common.RATE_LIMITED': 'Too many attempts. Try again in {{seconds}} seconds.',
  'errors.common.INTERNAL': 'Internal error.',
  'errors.identity.INVALID_CREDENTIALS': 'Email or password is wrong.',
  'errors.identity.PASSWORD_GUESSABLE': 'This password is too easy to guess (a common password, a pattern, or your own email address or name). A few unrelated words make a strong one.',
  'errors.identity.TOKEN_REUSED': 'This refresh token was already used; the session has been signed out everywhere.',
  'errors.identity.RATE_LIMITED': 'Too many sign-in attempts. Try again in {{seconds}} seconds.',
};
