import { IdentityErrors, type ShiftDto } from '@m4pris/identity-contracts';

/** Every shift must start on a day within the cycle. */
export function assertShiftsInCycle(cycleDays: number, shifts: readonly ShiftDto[]): void {
  shifts.forEach((s, i) => {
    if (s.day >= cycleDays) {
      throw IdentityErrors.SHIFT_OUT_OF_CYCLE({ field: `shifts.${i}.day`, params: { day: s.day, cycleDays } });
    }
  });
}
