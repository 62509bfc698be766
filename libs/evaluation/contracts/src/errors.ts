import { defineErrors } from '@m4pris/platform-core';

/** The evaluation module's error codes (`evaluation.<CODE>`); use cases throw them, adapters map them. */
export const EvaluationErrors = defineErrors('evaluation', {
  PROGRAMME_NOT_FOUND: { category: 'NOT_FOUND', message: 'This programme is not known to the evaluation module.' },
  INVITATION_NOT_FOUND: { category: 'NOT_FOUND', message: 'Survey invitation not found.' },
  INVITATION_NOT_OPEN: { category: 'CONFLICT', message: 'This survey opens on {{opensOn}}.' },
  INVITATION_EXPIRED: { category: 'CONFLICT', message: 'This survey closed on {{dueOn}}.' },
  INVITATION_COMPLETED: { category: 'CONFLICT', message: 'This survey has already been submitted.' },
  ANSWER_INVALID: { category: 'BAD_USER_INPUT', message: 'Invalid answer for {{field}}: {{reason}}' },
  RESPONSE_INCOMPLETE: { category: 'BAD_USER_INPUT', message: '{{missing}} item(s) still need an answer before the survey can be submitted.' },
  PLAN_INVALID: { category: 'BAD_USER_INPUT', message: 'Invalid survey plan ({{field}}): {{reason}}' },
  TEXT_INVALID: { category: 'BAD_USER_INPUT', message: 'Invalid instrument text ({{field}}): {{reason}}' },
});
