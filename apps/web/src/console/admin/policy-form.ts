import type { AdminPolicyVersionsQuery, InstitutionScope, LineManagerRule, MentorKinds, Participation, ProgrammePolicyInput } from '../../gql/graphql';

type Policy = AdminPolicyVersionsQuery['policyVersions'][number]['policy'];

/**
 * The policy as the editor holds it: one entry per field, keyed by the field's path in the policy
 * (`supportContact.name`), numbers and lists as typed text so that what the person typed is what
 * the API judges (its validation errors come back under the same paths).
 */
export interface PolicyForm {
  participation: Participation;
  consentTextVersion: string;
  mentorKinds: MentorKinds;
  lineManagerRule: LineManagerRule;
  institutionScope: InstitutionScope;
  minMentorExperienceMonths: string;
  mentorCapacity: string;
  mentorTrainingRequired: boolean;
  durationMonths: string;
  meetingCadenceDays: string;
  inactivityDays: string;
  fitCheckDays: string;
  languages: string;
  confidentialityText: string;
  'eligibility.newToProfessionMonths': string;
  'eligibility.newToSettingMonths': string;
  'eligibility.institutionKindChangeCounts': boolean;
  'supportContact.name': string;
  'supportContact.howToReach': string;
  'supportContact.supportStaffId': string;
}

export type PolicyField = keyof PolicyForm;

export const NUMBER_FIELDS = [
  'minMentorExperienceMonths',
  'mentorCapacity',
  'durationMonths',
  'meetingCadenceDays',
  'inactivityDays',
  'fitCheckDays',
  'eligibility.newToProfessionMonths',
  'eligibility.newToSettingMonths',
] as const satisfies readonly PolicyField[];

/** The editor's fields, each named by its path in the policy. */
export const POLICY_FIELDS: readonly PolicyField[] = [
  'participation',
  'consentTextVersion',
  'mentorKinds',
  'lineManagerRule',
  'institutionScope',
  'minMentorExperienceMonths',
  'mentorCapacity',
  'mentorTrainingRequired',
  'durationMonths',
  'meetingCadenceDays',
  'inactivityDays',
  'fitCheckDays',
  'languages',
  'confidentialityText',
  'eligibility.newToProfessionMonths',
  'eligibility.newToSettingMonths',
  'eligibility.institutionKindChangeCounts',
  'supportContact.name',
  'supportContact.howToReach',
  'supportContact.supportStaffId',
];

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** A version's policy as the editor's starting point. */
export function toForm(p: Policy): PolicyForm {
  return {
    participation: p.participation,
    consentTextVersion: text(p.consentTextVersion),
    mentorKinds: p.mentorKinds,
    lineManagerRule: p.lineManagerRule,
    institutionScope: p.institutionScope,
    minMentorExperienceMonths: text(p.minMentorExperienceMonths),
    mentorCapacity: text(p.mentorCapacity),
    mentorTrainingRequired: p.mentorTrainingRequired,
    durationMonths: text(p.durationMonths),
    meetingCadenceDays: text(p.meetingCadenceDays),
    inactivityDays: text(p.inactivityDays),
    fitCheckDays: text(p.fitCheckDays),
    languages: p.languages.join(', '),
    // The platform's wording is shown to each reader in their own language; in the editor it is an
    // empty field (empty = the platform's wording), so saving leaves it the platform's.
    confidentialityText: p.confidentialityTextIsPlatformWording ? '' : p.confidentialityText,
    'eligibility.newToProfessionMonths': text(p.eligibility.newToProfessionMonths),
    'eligibility.newToSettingMonths': text(p.eligibility.newToSettingMonths),
    'eligibility.institutionKindChangeCounts': p.eligibility.institutionKindChangeCounts,
    'supportContact.name': p.supportContact.name,
    'supportContact.howToReach': p.supportContact.howToReach,
    'supportContact.supportStaffId': p.supportContact.supportStaffId ?? '',
  };
}

/**
 * A number as typed; an empty field (or anything not a whole number) is sent as null, so that the
 * API, not the form, says what is wrong with it, under its path.
 */
function whole(s: string): number | null {
  const t = s.trim();
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

/** The whole policy for `updateProgrammePolicy` (every field, as typed; texts as they are). */
export function toInput(f: PolicyForm): ProgrammePolicyInput {
  return {
    participation: f.participation,
    consentTextVersion: whole(f.consentTextVersion),
    mentorKinds: f.mentorKinds,
    lineManagerRule: f.lineManagerRule,
    institutionScope: f.institutionScope,
    minMentorExperienceMonths: whole(f.minMentorExperienceMonths),
    mentorCapacity: whole(f.mentorCapacity),
    mentorTrainingRequired: f.mentorTrainingRequired,
    durationMonths: whole(f.durationMonths),
    meetingCadenceDays: whole(f.meetingCadenceDays),
    inactivityDays: whole(f.inactivityDays),
    fitCheckDays: whole(f.fitCheckDays),
    languages: f.languages
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    confidentialityText: f.confidentialityText,
    eligibility: {
      newToProfessionMonths: whole(f['eligibility.newToProfessionMonths']),
      newToSettingMonths: whole(f['eligibility.newToSettingMonths']),
      institutionKindChangeCounts: f['eligibility.institutionKindChangeCounts'],
    },
    supportContact: {
      name: f['supportContact.name'],
      howToReach: f['supportContact.howToReach'],
      supportStaffId: f['supportContact.supportStaffId'].trim() || null,
    },
  };
}

/**
 * The editor's name for a field the API names by its argument path (`policy.supportContact.name`);
 * an item of a list (`policy.languages.1`) belongs to the list's field.
 */
export function policyFieldOf(path: string): string {
  return path.replace(/^policy\./, '').replace(/(\.\d+)+$/, '');
}
