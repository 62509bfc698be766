import { randomUUID } from 'node:crypto';
import { StaffCardChanged, StaffProfileChanged, type StaffCardEvent, type StaffProfileEvent } from '@m4pris/identity-contracts';
import {
  CreateCohort,
  CreateProgramme,
  CreateRelationship,
  DuoPartners,
  DecideApplication,
  ListApplications,
  ListCohorts,
  ListProgrammes,
  ListRelationships,
  MyRelationships,
  SubmitApplication,
  TransitionCohort,
} from '@m4pris/programmes-contracts';
import { as, failure, startProgrammes, type ProgrammesHarness } from '../../test/harness.js';

/*
 * Lists a frontend can use (issue 22), against a real database: `orderBy` (one shape, ties broken by
 * id), `search` by the display names the caller may see, and optional paging. Search and sort run
 * inside the list's scope filter: a coordinator scoped to one institution never finds (nor pages
 * onto) a person of another institution, and another tenant's people are never found.
 */

const T = randomUUID();
const OTHER = randomUUID();
const PRISON = randomUUID();
const YOUTH = randomUUID();
const today = new Date().toISOString().slice(0, 10);
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

function profile(tenantId: string, staffId: string, institutionId: string, hiredDaysAgo: number): StaffProfileEvent {
  return {
    staffId, tenantId, institutionId, institutionKind: 'adult', region: 'North', unitId: null, position: 'Prison officer', supervisesOthers: false,
    hiredOn: ago(hiredDaysAgo), joinedInstitutionOn: ago(hiredDaysAgo), previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0,
    languages: ['da'], lineManagerId: null, leftServiceOn: null,
  };
}
function card(tenantId: string, staffId: string, institutionId: string, name: string): StaffCardEvent {
  return {
    staffId, tenantId, displayName: name, workEmail: `${staffId}@prison.test`, institutionId, institutionName: institutionId === YOUTH ? 'Youth' : 'Vestre',
    unitId: null, unitName: null, shiftPatternId: null, shiftPatternName: null,
  };
}

/** Duos by mentee name; the Youth duo is outside the Vestre coordinator's scope. */
const DUOS = [
  { mentee: 'Carla Holm', mentor: 'Bo Berg', at: PRISON },
  { mentee: 'anna lund', mentor: 'Dan Dahl', at: PRISON },
  { mentee: 'Bent Ørsted', mentor: 'Anne Ask', at: PRISON },
  { mentee: 'Anna Youth', mentor: 'Eva Ung', at: YOUTH },
];

describe('programmes lists: orderBy, search, paging within scope', () => {
  let h: ProgrammesHarness;
  const coord = as.coordinator(T);
  const vestre = as.coordinator(T, { scopeType: 'institution', scopeId: PRISON });
  let cohortId = '';
  const ids = new Map<string, string>();
  const rels = new Map<string, string>();

  async function person(tenantId: string, name: string, institutionId: string, hiredDaysAgo: number): Promise<string> {
    const id = randomUUID();
    ids.set(name, id);
    await h.publish(StaffProfileChanged, profile(tenantId, id, institutionId, hiredDaysAgo));
    await h.publish(StaffCardChanged, card(tenantId, id, institutionId, name));
    return id;
  }

  beforeAll(async () => {
    h = await startProgrammes();
    const programme = await h.bus.request(CreateProgramme, { name: 'Zeta newcomers', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    await h.bus.request(CreateProgramme, { name: 'Alpha leaders', policy: { mentorCapacity: 1, mentorTrainingRequired: false } } as never, as.tenantAdmin(T));
    const cohort = await h.bus.request(CreateCohort, { programmeId: programme.id, name: 'Autumn', startsOn: today }, coord);
    cohortId = cohort.id;
    await h.bus.request(TransitionCohort, { cohortId, to: 'recruiting' }, coord);
    const base = { cohortId, motivation: 'I want to take part.', languages: ['da'], consent: true };
    const accepted = new Map<string, string>();
    for (const d of DUOS) {
      const mentee = await person(T, d.mentee, d.at, 40);
      const mentor = await person(T, d.mentor, d.at, 3650);
      const a = await h.bus.request(SubmitApplication, { ...base, role: 'mentee', functions: ['job_familiarisation'] }, as.staff(T, mentee));
      const b = await h.bus.request(SubmitApplication, { ...base, role: 'mentor', functions: ['psychosocial'] }, as.staff(T, mentor));
      for (const app of [a, b]) await h.bus.request(DecideApplication, { applicationId: app.id, decision: 'accept' }, coord);
      accepted.set(d.mentee, a.id);
      accepted.set(d.mentor, b.id);
    }
    // Someone of another tenant with a matching name: never found.
    await person(OTHER, 'Anna Other', PRISON, 40);
    await h.bus.request(TransitionCohort, { cohortId, to: 'matching' }, coord);
    for (const d of DUOS) {
      const rel = await h.bus.request(CreateRelationship, { mentorApplicationId: accepted.get(d.mentor)!, menteeApplicationId: accepted.get(d.mentee)! }, coord);
      rels.set(d.mentee, rel.id);
    }
  }, 600_000);
  afterAll(() => h?.close());

  const names = (items: { applicant?: { displayName: string } | null }[]) => items.map((a) => a.applicant?.displayName);

  it('applications sort by applicant name in SQL, both directions, and page without overlap', async () => {
    const asc = await h.bus.request(ListApplications, { cohortId, role: 'mentee', orderBy: { field: 'applicant_name' } }, coord);
    expect(names(asc.items)).toEqual(['anna lund', 'Anna Youth', 'Bent Ørsted', 'Carla Holm']);
    const desc = await h.bus.request(ListApplications, { cohortId, role: 'mentee', orderBy: { field: 'applicant_name', direction: 'desc' } }, coord);
    expect(names(desc.items)).toEqual(['Carla Holm', 'Bent Ørsted', 'Anna Youth', 'anna lund']);
    const pages = [0, 1, 2, 3].map((offset) => h.bus.request(ListApplications, { cohortId, orderBy: { field: 'state' }, offset: offset * 2, limit: 2 }, coord));
    const seen = (await Promise.all(pages)).flatMap((p) => p.items.map((a) => a.id));
    expect(new Set(seen).size).toBe(8); // four pages of two over eight applications that all tie on state: the id breaks the tie
    // No orderBy: the order existing clients know (submitted first).
    const plain = await h.bus.request(ListApplications, { cohortId, role: 'mentee' }, coord);
    expect(names(plain.items)).toEqual(DUOS.map((d) => d.mentee));
  });

  it('applications search by name, case-insensitive, only within the scope and tenant', async () => {
    const all = await h.bus.request(ListApplications, { cohortId, search: 'ANNA' }, coord);
    expect(names(all.items).sort()).toEqual(['Anna Youth', 'anna lund']);
    expect(all.total).toBe(2);
    // The Vestre coordinator does not find the Youth applicant, nor Anna of the other tenant.
    const scoped = await h.bus.request(ListApplications, { cohortId, search: 'anna' }, vestre);
    expect(names(scoped.items)).toEqual(['anna lund']);
    expect(scoped.total).toBe(1);
    expect((await h.bus.request(ListApplications, { cohortId, search: 'youth' }, vestre)).total).toBe(0);
    // LIKE's own characters are matched literally.
    expect((await h.bus.request(ListApplications, { cohortId, search: '%' }, coord)).total).toBe(0);
  });

  it('relationships search by mentor or mentee name and sort by either, within the scope', async () => {
    const byMentor = await h.bus.request(ListRelationships, { cohortId, search: 'dahl' }, coord);
    expect(byMentor.items.map((r) => r.id)).toEqual([rels.get('anna lund')]);
    const byMentee = await h.bus.request(ListRelationships, { cohortId, search: 'anna' }, coord);
    expect(byMentee.items.map((r) => r.id).sort()).toEqual([rels.get('anna lund'), rels.get('Anna Youth')].sort());
    expect((await h.bus.request(ListRelationships, { cohortId, search: 'anna' }, vestre)).items.map((r) => r.id)).toEqual([rels.get('anna lund')]);
    expect((await h.bus.request(ListRelationships, { cohortId, search: 'Eva' }, vestre)).total).toBe(0);
    const mentors = await h.bus.request(ListRelationships, { cohortId, orderBy: { field: 'mentor_name' } }, coord);
    expect(mentors.items.map((r) => r.mentor.displayName)).toEqual(['Anne Ask', 'Bo Berg', 'Dan Dahl', 'Eva Ung']);
    const scopedSorted = await h.bus.request(ListRelationships, { cohortId, orderBy: { field: 'mentee_name', direction: 'desc' } }, vestre);
    expect(scopedSorted.items.map((r) => r.mentee.displayName)).toEqual(['Carla Holm', 'Bent Ørsted', 'anna lund']);
    expect(scopedSorted.total).toBe(3);
  });

  it('an unknown sort field or direction is refused, naming the field', async () => {
    const e = await failure(h.bus.request(ListApplications, { cohortId, orderBy: { field: 'motivation' } } as never, coord));
    expect(e.code).toBe('common.INVALID_INPUT');
    expect(e.field).toMatch(/^orderBy/);
    const d = await failure(h.bus.request(ListCohorts, { orderBy: { field: 'name', direction: 'sideways' } } as never, coord));
    expect(d.code).toBe('common.INVALID_INPUT');
  });

  it('cohorts and programmes sort by name', async () => {
    const programmes = await h.bus.request(ListProgrammes, { orderBy: { field: 'name' } }, coord);
    expect(programmes.items.map((p) => p.name)).toEqual(['Alpha leaders', 'Zeta newcomers']);
    const plain = await h.bus.request(ListProgrammes, {}, coord);
    expect(plain.items.map((p) => p.name)).toEqual(['Zeta newcomers', 'Alpha leaders']);
    const desc = await h.bus.request(ListProgrammes, { orderBy: { field: 'name', direction: 'desc' } }, coord);
    expect(desc.items.map((p) => p.name)).toEqual(['Zeta newcomers', 'Alpha leaders']);
    const cohorts = await h.bus.request(ListCohorts, { orderBy: { field: 'name' } }, coord);
    expect(cohorts.items.map((c) => c.name)).toEqual(['Autumn']);
  });

  it("DuoPartners gives the caller's duo partner in full, and nobody else", async () => {
    const mentee = as.staff(T, ids.get('anna lund')!);
    const partners = await h.bus.request(DuoPartners, { staffIds: [ids.get('Dan Dahl')!, ids.get('Bo Berg')!, ids.get('Carla Holm')!] }, mentee);
    expect(partners).toEqual([expect.objectContaining({ id: ids.get('Dan Dahl'), displayName: 'Dan Dahl', workEmail: `${ids.get('Dan Dahl')}@prison.test`, institution: { id: PRISON, name: 'Vestre' } })]);
    // Someone in no duo with them learns nothing; a caller who is not staff is refused.
    expect(await h.bus.request(DuoPartners, { staffIds: [ids.get('Dan Dahl')!] }, as.staff(T, ids.get('Carla Holm')!))).toEqual([]);
    expect(await h.bus.request(DuoPartners, { staffIds: [ids.get('Dan Dahl')!] }, as.staff(OTHER, ids.get('anna lund')!))).toEqual([]);
    expect((await failure(h.bus.request(DuoPartners, { staffIds: [ids.get('Dan Dahl')!] }, coord))).category).toBe('FORBIDDEN');
  });

  it('myRelationships pages on request, and lists everything without a page', async () => {
    const mentee = as.staff(T, ids.get('anna lund')!);
    expect(await h.bus.request(MyRelationships, {}, mentee)).toHaveLength(1);
    expect(await h.bus.request(MyRelationships, { offset: 1, limit: 1 }, mentee)).toHaveLength(0);
    expect((await failure(h.bus.request(MyRelationships, { limit: 201 }, mentee))).code).toBe('common.INVALID_INPUT');
  });
});
