import { randomUUID } from 'node:crypto';
import { StaffProfileChanged, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { CATALOGUES } from '@m4pris/platform-i18n';
import {
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DecideApplication,
  GetAgreement,
  GetProgramme,
  ListPolicyVersions,
  MyConcerns,
  RaiseConcern,
  SubmitApplication,
  TransitionCohort,
  UpdatePolicy,
} from '@m4pris/programmes-contracts';
import { as, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Issue 15: the limits of confidentiality in the reader's language. A policy without a text of its
 * own (the default) shows the platform's wording in each reader's language; a programme's own text
 * comes back as it was written, whoever reads it.
 */

const T = randomUUID();
const PRISON = randomUUID();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const wording = (locale: string) => CATALOGUES[locale]['policy.confidentialityText'];
const OWN = 'Vi taler frit sammen; ved fare for nogens sikkerhed går vi til sikkerhedsvagten. (Our own wording.)';

function profile(staffId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId: T, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: null, position: 'Prison officer', supervisesOthers: false,
    hiredOn: day(-hiredDaysAgo), joinedInstitutionOn: day(-hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}

describe('programmes: the confidentiality text in the reader\'s language', () => {
  let h: ProgrammesHarness;
  const coord = as.coordinator(T);
  const admin = (locale: string) => as.tenantAdmin(T, { locale });
  const stored = async (programmeId: string) =>
    (await h.sql<{ version: number; text: string }>(`select version, policy->>'confidentialityText' as text from programmes.policy_version where programme_id = ? order by version`, [programmeId])).map((r) => [r.version, r.text]);

  beforeAll(async () => {
    h = await startProgrammes();
  });
  afterAll(() => h?.close());

  /** A duo (mentor and mentee, both Danish readers) in a new cohort of the programme. */
  async function duoIn(programmeId: string) {
    const cohort = await h.bus.request(CreateCohort, { programmeId, name: `Cohort ${randomUUID().slice(0, 4)}`, startsOn: day(0) }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
    const mentee = randomUUID();
    const mentor = randomUUID();
    await h.publish(StaffProfileChanged, profile(mentee, 40));
    await h.publish(StaffProfileChanged, profile(mentor, 3650));
    const base = { cohortId: cohort.id, motivation: 'Jeg vil gerne være med.', languages: ['da'], consent: true };
    const menteeApp = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] } as never, as.staff(T, mentee));
    const mentorApp = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] } as never, as.staff(T, mentor));
    for (const a of [menteeApp, mentorApp]) await h.bus.request(DecideApplication, { applicationId: a.id, decision: 'accept' } as never, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
    const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: mentorApp.id, menteeApplicationId: menteeApp.id }, coord);
    return { rel, mentee, mentor };
  }

  it('the default policy: a Danish reader of the duo gets the Danish wording, an English reader the English; nothing is stored', async () => {
    expect(wording('da')).not.toBe(wording('en'));
    const programme = await h.bus.request(CreateProgramme, { name: 'Nyansatte', policy: { mentorTrainingRequired: false } } as never, admin('da'));
    expect(await stored(programme.id)).toEqual([[1, '']]);
    // The administrator reads the platform's wording in their language, said to be the platform's.
    expect(programme.policy).toMatchObject({ confidentialityText: wording('da'), confidentialityTextIsPlatformWording: true });
    expect((await h.bus.request(GetProgramme, { programmeId: programme.id }, admin('el'))).policy.confidentialityText).toBe(wording('el'));
    expect((await h.bus.request(ListPolicyVersions, { programmeId: programme.id }, admin('ro')))[0].policy).toMatchObject({ confidentialityText: wording('ro'), confidentialityTextIsPlatformWording: true });

    const { rel, mentee, mentor } = await duoIn(programme.id);
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentee, 'da'))).confidentialityText).toBe(wording('da'));
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentor, 'pt'))).confidentialityText).toBe(wording('pt'));
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentor, 'en'))).confidentialityText).toBe(wording('en'));
  });

  it("a programme's own text comes back as written, in every reader's language; going back to the platform's wording", async () => {
    const programme = await h.bus.request(CreateProgramme, { name: 'Egen tekst', policy: { mentorTrainingRequired: false, confidentialityText: OWN } } as never, admin('da'));
    expect(programme.policy).toMatchObject({ confidentialityText: OWN, confidentialityTextIsPlatformWording: false });
    const { rel, mentee, mentor } = await duoIn(programme.id);
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentee, 'da'))).confidentialityText).toBe(OWN);
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentor, 'el'))).confidentialityText).toBe(OWN);

    // Back to the platform's wording: an empty text.
    const v2 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...programme.policy, confidentialityTextIsPlatformWording: undefined, confidentialityText: '' } } as never, admin('da'));
    expect(v2.policy).toMatchObject({ confidentialityText: wording('da'), confidentialityTextIsPlatformWording: true });
    // A policy sent back as it was read (the Danish wording, with or without the flag) keeps following the platform.
    const v3 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...v2.policy, durationMonths: 9 } }, admin('da'));
    const { confidentialityTextIsPlatformWording: _flag, ...withoutFlag } = v3.policy;
    const v4 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...withoutFlag, durationMonths: 8 } }, admin('da'));
    expect(v4.policy.confidentialityTextIsPlatformWording).toBe(true);
    expect(await stored(programme.id)).toEqual([
      [1, OWN],
      [2, ''],
      [3, ''],
      [4, ''],
    ]);
    // The duo's cohort keeps version 1: its own text.
    expect((await h.bus.request(GetAgreement, { relationshipId: rel.id }, as.staff(T, mentee, 'da'))).confidentialityText).toBe(OWN);
  });

  it('the support contact: the default is the platform\'s wording in the reader\'s language (a Danish mentee raising a concern reads Danish); a programme\'s own contact as written', async () => {
    const contact = (locale: string) => ({ name: CATALOGUES[locale]['policy.supportContact.name'], howToReach: CATALOGUES[locale]['policy.supportContact.howToReach'] });
    expect(contact('da').name).not.toBe(contact('en').name);
    const programme = await h.bus.request(CreateProgramme, { name: 'Støtte', policy: { mentorTrainingRequired: false } } as never, admin('da'));
    expect(programme.policy.supportContact).toMatchObject(contact('da'));
    const storedContact = async () => (await h.sql<{ c: unknown }>(`select policy->'supportContact' as c from programmes.policy_version where programme_id = ? order by version desc limit 1`, [programme.id]))[0].c;
    expect(await storedContact()).toMatchObject({ name: '', howToReach: '' });
    const { rel, mentee } = await duoIn(programme.id);
    const raised = await h.bus.request(RaiseConcern, { relationshipId: rel.id, category: 'wellbeing', details: 'Jeg sover dårligt.' }, as.staff(T, mentee, 'da'));
    expect(raised.supportContact).toEqual(contact('da'));
    expect((await h.bus.request(MyConcerns, {} as never, as.staff(T, mentee, 'el')))[0].supportContact).toEqual(contact('el'));

    // Sent back as read (Danish wording): still the platform's. A contact of its own: as written, for every reader.
    const v2 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...programme.policy, durationMonths: 9 } }, admin('da'));
    expect(v2.policy.supportContact).toMatchObject(contact('da'));
    expect(await storedContact()).toMatchObject({ name: '', howToReach: '' });
    const own = { name: 'HR-afdelingen', howToReach: 'Lokal 4410, hverdage 8–15' };
    const v3 = await h.bus.request(UpdatePolicy, { programmeId: programme.id, policy: { ...v2.policy, supportContact: { ...v2.policy.supportContact, ...own } } }, admin('da'));
    expect((await h.bus.request(GetProgramme, { programmeId: programme.id }, admin('pt'))).policy.supportContact).toMatchObject(own);
    expect(v3.policy.supportContact).toMatchObject(own);
  });
});
