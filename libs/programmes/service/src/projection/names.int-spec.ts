import { randomUUID } from 'node:crypto';
import { PlaceRenamed, StaffCardChanged, StaffProfileChanged, type StaffCardEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import { CreateCohort, CreateProgramme, CreateRelationship, DecideApplication, GetRelationship, ListProgrammes, SubmitApplication, TransitionCohort } from '@m4pris/programmes-contracts';
import { as, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Names others show (issue 22). Programmes by id: a client names the programmes its rows refer to
 * (survey invitations) in one request, and only its own tenant's. Names refreshed on rename: programmes' staff cards hold the names of each person's
 * institution, unit and shift pattern; identity.v1.place.renamed renames them on every card of the
 * tenant that names the place, and on no other tenant's card. Seen as a duo member sees the partner.
 */
const T = randomUUID();
const OTHER = randomUUID();
const PRISON = randomUUID();
const UNIT = randomUUID();
const PATTERN = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const profile = (tenantId: string, staffId: string, hiredDaysAgo: number): StaffProfileEvent => ({
  staffId, tenantId, institutionId: PRISON, institutionKind: 'adult', region: 'North', unitId: UNIT, position: 'Prison officer', supervisesOthers: false,
  hiredOn: ago(hiredDaysAgo), joinedInstitutionOn: ago(hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: PATTERN, shiftOffsetDays: 0,
  languages: ['da'], lineManagerId: null, leftServiceOn: null,
});
const card = (tenantId: string, staffId: string, name: string): StaffCardEvent => ({
  staffId, tenantId, displayName: name, workEmail: `${name.toLowerCase()}@prison.test`, institutionId: PRISON, institutionName: 'Vestre',
  unitId: UNIT, unitName: 'B wing', shiftPatternId: PATTERN, shiftPatternName: '4 on 4 off',
});

describe('programmes: staff cards follow renamed institutions, units and shift patterns', () => {
  let h: ProgrammesHarness;
  const mentor = randomUUID();
  const mentee = randomUUID();
  const stranger = randomUUID();
  let relationshipId = '';
  let programmeId = '';

  beforeAll(async () => {
    h = await startProgrammes();
    for (const [id, name, days] of [[mentor, 'Mette', 3650], [mentee, 'Nils', 40]] as const) {
      await h.publish(StaffProfileChanged, profile(T, id, days));
      await h.publish(StaffCardChanged, card(T, id, name));
    }
    // Another tenant's card naming the same ids (it must never be touched by T's renames).
    await h.publish(StaffProfileChanged, profile(OTHER, stranger, 100));
    await h.publish(StaffCardChanged, card(OTHER, stranger, 'Stranger'));
    const coord = as.coordinator(T);
    const programme = await h.bus.request(CreateProgramme, { name: 'Newcomers', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    programmeId = programme.id;
    const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Autumn', startsOn: today }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'recruiting' }, coord);
    const base = { cohortId: cohort.id, motivation: 'I want to take part.', languages: ['da'], consent: true };
    const a = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, mentee));
    const b = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, mentor));
    for (const x of [a, b]) await h.bus.request(DecideApplication, { applicationId: x.id, decision: 'accept' }, coord);
    await h.bus.request(TransitionCohort, { cohortId: cohort.id, to: 'matching' }, coord);
    relationshipId = (await h.bus.request(CreateRelationship, { mentorApplicationId: b.id, menteeApplicationId: a.id }, coord)).id;
  }, 300_000);
  afterAll(() => h?.close());

  const partnerSeenByMentee = async () => (await h.bus.request(GetRelationship, { relationshipId }, as.staff(T, mentee))).mentor;

  it('renames the institution, the unit and the shift pattern on the cards that name them', async () => {
    expect(await partnerSeenByMentee()).toMatchObject({ institution: { id: PRISON, name: 'Vestre' }, unit: { id: UNIT, name: 'B wing' }, shiftPattern: { id: PATTERN, name: '4 on 4 off' } });
    await h.publish(PlaceRenamed, { tenantId: T, kind: 'institution', id: PRISON, name: 'Vestre Fængsel' });
    await h.publish(PlaceRenamed, { tenantId: T, kind: 'unit', id: UNIT, name: 'C wing' });
    await h.publish(PlaceRenamed, { tenantId: T, kind: 'shiftPattern', id: PATTERN, name: '5 on 2 off' });
    expect(await partnerSeenByMentee()).toMatchObject({
      displayName: 'Mette',
      institution: { id: PRISON, name: 'Vestre Fængsel' },
      unit: { id: UNIT, name: 'C wing' },
      shiftPattern: { id: PATTERN, name: '5 on 2 off' },
    });
    const mentorSees = (await h.bus.request(GetRelationship, { relationshipId }, as.staff(T, mentor))).mentee;
    expect(mentorSees).toMatchObject({ institution: { name: 'Vestre Fængsel' }, unit: { name: 'C wing' }, shiftPattern: { name: '5 on 2 off' } });
  });

  it("leaves another tenant's cards alone, and an older rename arriving late does not undo a newer one", async () => {
    const others = await h.sql<{ institution_name: string; unit_name: string; shift_pattern_name: string }>(
      `select institution_name, unit_name, shift_pattern_name from "programmes"."staff_card" where staff_id = ?`,
      [stranger],
    );
    expect(others).toEqual([{ institution_name: 'Vestre', unit_name: 'B wing', shift_pattern_name: '4 on 4 off' }]);
    await h.publish(PlaceRenamed, { tenantId: T, kind: 'unit', id: UNIT, name: 'Old name' }, { occurredAt: new Date(Date.now() - 3_600_000) });
    expect((await partnerSeenByMentee()).unit).toEqual({ id: UNIT, name: 'C wing' });
  });

  it("lists programmes by id: the tenant's own only, in one request", async () => {
    const second = await h.bus.request(CreateProgramme, { name: 'Leaders', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    const foreign = await h.bus.request(CreateProgramme, { name: 'Elsewhere', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(OTHER));
    const ids = [programmeId, second.id, foreign.id];
    const mine = await h.bus.request(ListProgrammes, { ids, limit: 3 }, as.staff(T, mentee));
    expect(mine.items.map((p) => p.name)).toEqual(['Newcomers', 'Leaders']);
    expect((await h.bus.request(ListProgrammes, { ids: [programmeId] }, as.staff(OTHER, stranger))).items).toEqual([]);
  });
});
