import { describe, expect, it } from 'vitest';
import { diffPolicies, flatten } from './diff';

describe('the policy diff', () => {
  const v1 = { __typename: 'ProgrammePolicy', durationMonths: 6, languages: ['da'], mentorTrainingRequired: true, supportContact: { __typename: 'SupportContact', name: 'Sofie', supportStaffId: null } };
  const v2 = { __typename: 'ProgrammePolicy', durationMonths: 9, languages: ['da', 'en'], mentorTrainingRequired: true, supportContact: { __typename: 'SupportContact', name: 'Sofie', supportStaffId: 's1' } };

  it('flattens nested settings to paths, lists to one value, without __typename', () => {
    expect([...flatten(v1)]).toEqual([
      ['durationMonths', '6'],
      ['languages', 'da'],
      ['mentorTrainingRequired', 'true'],
      ['supportContact.name', 'Sofie'],
      ['supportContact.supportStaffId', ''],
    ]);
  });

  it('lists exactly the settings that changed, by path, with the values before and after', () => {
    expect(diffPolicies(v1, v2)).toEqual([
      { path: 'durationMonths', before: '6', after: '9' },
      { path: 'languages', before: 'da', after: 'da, en' },
      { path: 'supportContact.supportStaffId', before: '', after: 's1' },
    ]);
  });

  it('says a setting was added or removed (null on the side that lacks it); the same version has no change', () => {
    expect(diffPolicies({ a: 1 }, { b: 2 })).toEqual([
      { path: 'a', before: '1', after: null },
      { path: 'b', before: null, after: '2' },
    ]);
    expect(diffPolicies(v2, v2)).toEqual([]);
  });
});
