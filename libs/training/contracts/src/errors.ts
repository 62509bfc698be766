import { defineErrors } from '@m4pris/platform-core';

/** The training module's error codes (`training.<CODE>`); use cases throw them, adapters map them. */
export const TrainingErrors = defineErrors('training', {
  ALREADY_ADOPTED: { category: 'CONFLICT', message: 'The default course {{key}} has already been adopted by this tenant.' },
  UNKNOWN_CURRICULUM: { category: 'BAD_USER_INPUT', message: 'There is no default curriculum {{key}}.' },
  ALREADY_ENROLLED: { category: 'CONFLICT', message: 'This learner is already enrolled in the course.' },
  NOT_ENROLLED: { category: 'BAD_USER_INPUT', message: 'Staff member {{staffId}} is not enrolled in this course.' },
  NOT_BOOKED: { category: 'BAD_USER_INPUT', message: 'Staff member {{staffId}} has no seat in this session.' },
  ENROLMENT_CLOSED: { category: 'CONFLICT', message: 'This enrolment is {{status}}; it cannot change any more.' },
  SESSION_FULL: { category: 'CONFLICT', message: 'The session is full and has no waiting list.' },
  ALREADY_BOOKED: { category: 'CONFLICT', message: 'This learner already has a place (or a waiting-list place) in the session.' },
  UNKNOWN_MODULE: { category: 'BAD_USER_INPUT', message: 'The course has no module {{id}}.' },
  UNKNOWN_UNIT: { category: 'BAD_USER_INPUT', message: 'The course has no unit {{id}}.' },
  NO_KNOWLEDGE_CHECK: { category: 'BAD_USER_INPUT', message: 'Unit {{id}} has no knowledge check.' },
  UNKNOWN_QUESTION: { category: 'BAD_USER_INPUT', message: 'Unknown question {{id}}.' },
  UNKNOWN_OPTION: { category: 'BAD_USER_INPUT', message: 'Question {{questionId}} has no option {{id}}.' },
  DUPLICATE_ANSWER: { category: 'BAD_USER_INPUT', message: 'Question {{id}} is answered twice.' },
  ALREADY_SUBMITTED: { category: 'CONFLICT', message: 'The {{phase}} questionnaire has already been answered for this enrolment.' },
  NOT_COMPLETED: { category: 'CONFLICT', message: 'The course is not completed yet: no certificate.' },
  TRAINER_UNKNOWN: { category: 'BAD_USER_INPUT', message: 'The trainer must be a staff member of this tenant.' },
  INVALID_PERIOD: { category: 'BAD_USER_INPUT', message: 'endsAt must be after startsAt.' },
  NO_VENUE: { category: 'BAD_USER_INPUT', message: 'A session needs a place or an online link.' },
  CAPACITY_BELOW_BOOKINGS: { category: 'CONFLICT', message: 'The capacity cannot go below the {{booked}} seats already booked.' },
  NAME_UNAVAILABLE: { category: 'MODULE_UNAVAILABLE', message: "The learner's name could not be read from identity; try again later." },
});
