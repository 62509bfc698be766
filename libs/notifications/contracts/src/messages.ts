/**
 * Every message the platform sends. A kind decides its category (what a person may turn off) and
 * its template (one per locale, in the service).
 */
export const MESSAGE_KINDS = [
  'invitation',
  'application_accepted',
  'matched',
  'certificate_issued',
  'closure_reflection',
  'password_reset',
  'role_granted',
  'role_granted_notice',
  'account_disabled',
  'account_erased',
  'application_received',
  'application_waitlisted',
  'application_declined',
  'agreement_to_acknowledge',
  'fit_check_open',
  'support_attention',
  'survey_open',
  'session_booked',
  'waitlist_seat_freed',
  'duo_ended_left_service',
  'duo_ending_soon',
  'meeting_nudge',
  'duo_needs_attention',
  'survey_reminder',
  'survey_last_day',
  'session_reminder',
  'session_moved',
  'session_cancelled',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Account and security messages are always sent; the others a person may turn off per category. */
export const MESSAGE_CATEGORIES = ['account', 'programme', 'training'] as const;
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number];

export const CATEGORY_OF: Record<MessageKind, MessageCategory> = {
  invitation: 'account',
  application_accepted: 'programme',
  matched: 'programme',
  certificate_issued: 'training',
  closure_reflection: 'programme',
  password_reset: 'account',
  role_granted: 'account',
  role_granted_notice: 'account',
  account_disabled: 'account',
  account_erased: 'account',
  application_received: 'programme',
  application_waitlisted: 'programme',
  application_declined: 'programme',
  agreement_to_acknowledge: 'programme',
  fit_check_open: 'programme',
  support_attention: 'programme',
  survey_open: 'programme',
  session_booked: 'training',
  waitlist_seat_freed: 'training',
  duo_ended_left_service: 'programme',
  duo_ending_soon: 'programme',
  meeting_nudge: 'programme',
  duo_needs_attention: 'programme',
  survey_reminder: 'programme',
  survey_last_day: 'programme',
  session_reminder: 'training',
  session_moved: 'training',
  session_cancelled: 'training',
};

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
