import { defineErrors } from '@m4pris/platform-core';

/** The matching module's error codes (`matching.<CODE>`); use cases throw them, adapters map them. */
export const MatchingErrors = defineErrors('matching', {
  EXAMPLE_NOT_FOUND: { category: 'NOT_FOUND', message: 'Example {{id}} not found.' },
});
