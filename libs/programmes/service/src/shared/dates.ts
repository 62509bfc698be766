export { addDays, addMonths, dateOnly, daysBetween, monthsBetween } from '@m4pris/platform-core';

/** Today's date (UTC) as 'YYYY-MM-DD'. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
