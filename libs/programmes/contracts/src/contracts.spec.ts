import { PlatformError, validatePayload } from '@m4pris/platform-core';
import { CreateCohortRequest } from './index.js';

function refusal(fn: () => unknown): PlatformError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('expected a PlatformError');
}

describe('programmes contracts', () => {
  const cohort = { programmeId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10', name: 'Spring', startsOn: '2026-03-01', endsOn: '2026-09-01' };

  it('a cohort ends after it starts: the end date carries the error', () => {
    expect(validatePayload(CreateCohortRequest, cohort).endsOn).toBe('2026-09-01');
    for (const endsOn of ['2026-03-01', '2026-02-28']) {
      const e = refusal(() => validatePayload(CreateCohortRequest, { ...cohort, endsOn }));
      expect(e.fields!.map((f) => [f.field, f.messageKey, f.message])).toEqual([['endsOn', 'errors.common.NOT_AFTER', 'endsOn must be after startsOn.']]);
    }
    // Without an end date (it defaults from the policy), there is nothing to compare.
    expect(validatePayload(CreateCohortRequest, { ...cohort, endsOn: undefined }).startsOn).toBe('2026-03-01');
  });

  it('lists every invalid field of a cohort at once', () => {
    const e = refusal(() => validatePayload(CreateCohortRequest, { programmeId: 'nope', name: '', startsOn: '2026-03-01', endsOn: '2026-01-01' }));
    expect(e.fields!.map((f) => f.field)).toEqual(['programmeId', 'name', 'endsOn']);
  });
});
