import { defineErrors } from '@m4pris/platform-core';

export const IdentityErrors = defineErrors('identity', {
  INVALID_CREDENTIALS: { category: 'UNAUTHENTICATED', message: 'Email or password is wrong.' },
  ACCOUNT_DISABLED: { category: 'UNAUTHENTICATED', message: 'This account is disabled.' },
  TOKEN_INVALID: { category: 'UNAUTHENTICATED', message: 'The token is invalid or has expired.' },
  TOKEN_REUSED: { category: 'UNAUTHENTICATED', message: 'This refresh token was already used; the session has been signed out everywhere.' },
  INVITATION_INVALID: { category: 'BAD_USER_INPUT', message: 'The invitation is invalid or has expired.' },
  WEAK_PASSWORD: { category: 'BAD_USER_INPUT', message: 'The password must be at least {{min}} characters long.' },
  PASSWORD_GUESSABLE: { category: 'BAD_USER_INPUT', message: 'This password is too easy to guess (a common password, a pattern, or your own email address or name). A few unrelated words make a strong one.' },
  EMAIL_TAKEN: { category: 'CONFLICT', message: 'The email address {{email}} is already in use.' },
  TENANT_CODE_TAKEN: { category: 'CONFLICT', message: 'A tenant with code {{code}} already exists.' },
  DUPLICATE_STAFF: { category: 'CONFLICT', message: 'A staff member with email {{email}} already exists in this tenant.' },
  LINE_MANAGER_CYCLE: { category: 'BAD_USER_INPUT', message: 'A staff member cannot be in their own line-management chain.' },
  UNIT_NOT_IN_INSTITUTION: { category: 'BAD_USER_INPUT', message: 'The unit does not belong to the institution.' },
  SHIFT_OUT_OF_CYCLE: { category: 'BAD_USER_INPUT', message: 'Shift on day {{day}} is outside a {{cycleDays}}-day cycle.' },
  CSV_INVALID: { category: 'BAD_USER_INPUT', message: 'The file has {{count}} invalid row(s); nothing was imported.' },
  ALREADY_ERASED: { category: 'NOT_FOUND', message: 'Staff member not found.' },
  ROLE_SCOPE_INVALID: { category: 'BAD_USER_INPUT', message: 'Role {{role}} cannot have scope {{scope}}.' },
  SELF_GRANT: { category: 'FORBIDDEN', message: 'Nobody can grant a role to themselves; another administrator must do it.' },
  PLATFORM_ADMIN_CONFINED: { category: 'FORBIDDEN', message: 'The platform admin creates a tenant and its first administrator, nothing else inside a tenant.' },
  STAFF_HAS_LEFT: { category: 'BAD_USER_INPUT', message: 'This staff member has left the service; their account stays disabled.' },
  RATE_LIMITED: { category: 'RATE_LIMITED', message: 'Too many sign-in attempts. Try again in {{seconds}} seconds.' },
});
