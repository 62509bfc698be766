/** Platform messages in English (complete). Module error texts live beside their codes. */
export const en: Record<string, string> = {
  'errors.common.INVALID_INPUT': 'Invalid value for {{field}}: {{reason}}',
  'errors.common.UNAUTHENTICATED': 'You must be signed in.',
  'errors.common.FORBIDDEN': 'You are not allowed to do this.',
  'errors.common.NOT_FOUND': '{{entity}} not found.',
  'errors.common.CONFLICT': 'This conflicts with existing data.',
  'errors.common.MODULE_UNAVAILABLE': 'The {{module}} module is not available.',
  'errors.common.RATE_LIMITED': 'Too many attempts. Try again in {{seconds}} seconds.',
  'errors.common.INTERNAL': 'Internal error.',
  'errors.identity.RESET_TOKEN_INVALID': 'This password reset link is invalid, already used or expired. Ask for a new one.',
  'errors.identity.INVALID_CREDENTIALS': 'Email or password is wrong.',
  'errors.identity.PASSWORD_GUESSABLE': 'This password is too easy to guess (a common password, a pattern, or your own email address or name). A few unrelated words make a strong one.',
  'errors.identity.TOKEN_REUSED': 'This refresh token was already used; the session has been signed out everywhere.',
  'errors.identity.RATE_LIMITED': 'Too many sign-in attempts. Try again in {{seconds}} seconds.',
};
