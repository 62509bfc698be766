import { describe, expect, it } from 'vitest';
import { POLICY_FIELDS, policyFieldOf, toForm, toInput } from './policy-form';
import { flatten } from './diff';

const settings = {
  confidentialityText: 'What you discuss stays between you.',
  consentTextVersion: null,
  durationMonths: 6,
  eligibility: { institutionKindChangeCounts: true, newToProfessionMonths: 12, newToSettingMonths: 6 },
  fitCheckDays: 14,
  inactivityDays: 28,
  institutionScope: 'SAME_INSTITUTION' as const,
  languages: ['da', 'en'],
  lineManagerRule: 'FORBID' as const,
  meetingCadenceDays: 14,
  mentorCapacity: 2,
  mentorKinds: 'BOTH' as const,
  mentorTrainingRequired: true,
  minMentorExperienceMonths: 36,
  participation: 'VOLUNTARY' as const,
  supportContact: { howToReach: 'Call extension 4410.', name: 'Occupational health', supportStaffId: null },
};
/** A version as the API gives it: the settings, and whether the text is the platform's wording. */
const policy = { ...settings, confidentialityTextIsPlatformWording: false };

describe('the policy form', () => {
  it('gives back the policy it was filled from, unchanged', () => {
    expect(toInput(toForm(policy))).toEqual(settings);
  });

  it('shows the platform\'s wording as an empty text, so saving keeps it the platform\'s (each reader\'s language)', () => {
    const platform = { ...policy, confidentialityText: 'Det, I taler om, bliver mellem jer.', confidentialityTextIsPlatformWording: true };
    expect(toForm(platform).confidentialityText).toBe('');
    expect(toInput(toForm(platform)).confidentialityText).toBe('');
  });

  it('has a field for every setting of the policy, named by its path', () => {
    expect([...POLICY_FIELDS].sort()).toEqual([...flatten(settings).keys()].sort());
  });

  it('sends what was typed: list items trimmed, an empty number or staff record as null', () => {
    const form = { ...toForm(policy), languages: ' da ,pt,, ', mentorCapacity: '', 'supportContact.supportStaffId': '  ', consentTextVersion: '3', confidentialityText: '' };
    const input = toInput(form);
    expect(input.languages).toEqual(['da', 'pt']);
    expect(input.mentorCapacity).toBeNull();
    expect(input.consentTextVersion).toBe(3);
    expect(input.supportContact?.supportStaffId).toBeNull();
    // A plain text field: sent as typed, empty included (the API decides what an empty text means).
    expect(input.confidentialityText).toBe('');
  });

  it('places the API\'s field paths on the form\'s fields', () => {
    expect(policyFieldOf('policy.supportContact.name')).toBe('supportContact.name');
    expect(policyFieldOf('policy.inactivityDays')).toBe('inactivityDays');
    expect(policyFieldOf('policy.languages.1')).toBe('languages');
    expect(policyFieldOf('programmeId')).toBe('programmeId');
  });
});
