import { addDays, latestToday, PlatformError, validatePayload } from '@m4pris/platform-core';
import { CreateStaffRequest, UpdateStaffRequest } from './index.js';

function fields(fn: () => unknown): [string, string][] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlatformError) return (e.fields ?? []).map((f) => [f.field, f.messageKey]);
    throw e;
  }
  return [];
}

describe('identity staff contracts: cross-field rules', () => {
  const staff = {
    firstName: 'Mette', lastName: 'Jensen', email: 'mette@prison.test', position: 'Officer', supervisesOthers: false,
    hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', institutionId: '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10', languages: ['da'],
  };
  const future = addDays(latestToday(), 1);

  it('a hire date not in the future', () => {
    expect(fields(() => validatePayload(CreateStaffRequest, staff))).toEqual([]);
    expect(fields(() => validatePayload(CreateStaffRequest, { ...staff, hiredOn: future, joinedInstitutionOn: future }))).toEqual([['hiredOn', 'errors.common.DATE_IN_FUTURE']]);
    expect(fields(() => validatePayload(UpdateStaffRequest, { id: staff.institutionId, hiredOn: future }))).toEqual([['hiredOn', 'errors.common.DATE_IN_FUTURE']]);
  });

  it('joined the institution on or after the hire date: the later field carries the error', () => {
    expect(fields(() => validatePayload(CreateStaffRequest, { ...staff, joinedInstitutionOn: '2019-12-31' }))).toEqual([['joinedInstitutionOn', 'errors.common.DATE_BEFORE']]);
    expect(fields(() => validatePayload(UpdateStaffRequest, { id: staff.institutionId, hiredOn: '2020-01-02', joinedInstitutionOn: '2020-01-01' }))).toEqual([
      ['joinedInstitutionOn', 'errors.common.DATE_BEFORE'],
    ]);
  });

  it('three bad fields, three entries', () => {
    expect(fields(() => validatePayload(CreateStaffRequest, { ...staff, email: 'nope', hiredOn: future, joinedInstitutionOn: '2019-01-01', firstName: '' }))).toEqual([
      ['firstName', 'errors.common.INVALID_INPUT'],
      ['email', 'errors.common.INVALID_INPUT'],
      ['hiredOn', 'errors.common.DATE_IN_FUTURE'],
      ['joinedInstitutionOn', 'errors.common.DATE_BEFORE'],
    ]);
  });
});
