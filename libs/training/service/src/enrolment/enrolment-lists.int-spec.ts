import { randomUUID } from 'node:crypto';
import { StaffProfileChanged } from '@m4pris/identity-contracts';
import { as as contexts } from '@m4pris/testing';
import { AdoptDefaultCourse, Enrol, ListCourses, ListEnrolments } from '@m4pris/training-contracts';
import { as, failure, startTraining, type Person, type TrainingHarness } from '../../test/harness.js';

/*
 * Enrolments a frontend can use (issue 22): search by the learner's name (training keeps no names:
 * identity says whose name matches, by the caller's rights) narrowed by training's own scope filter,
 * `orderBy` with the id as tie-break, and trainingCourses paged on request.
 */
const T = randomUUID();
const INST_A = randomUUID();
const INST_B = randomUUID();

describe('enrolment lists: search, orderBy, paging', () => {
  let h: TrainingHarness;
  const coordinator = as.coordinator(T);
  const scopedToA = contexts.coordinator(T, { scopeType: 'institution', scopeId: INST_A });
  let courseId = '';
  const learners = new Map<string, Person>();

  beforeAll(async () => {
    h = await startTraining();
    courseId = (await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, coordinator)).id;
    await h.bus.request(AdoptDefaultCourse, { key: 'coordinator-core' }, coordinator);
    for (const [first, last, inst] of [['Ana', 'Pereira', INST_A], ['Anabela', 'Silva', INST_B], ['Bruno', 'Costa', INST_A]] as const) {
      const p = h.person(T, first, last);
      learners.set(first, p);
      await h.publish(StaffProfileChanged, {
        staffId: p.id, tenantId: T, institutionId: inst, institutionKind: 'adult', region: 'X', unitId: null, position: 'Officer', supervisesOthers: false,
        hiredOn: '2015-01-01', joinedInstitutionOn: '2015-01-01', previousInstitutionKind: null, shiftPatternId: null, shiftOffsetDays: 0, languages: ['da'], lineManagerId: null, leftServiceOn: null,
      }, T);
      await h.bus.request(Enrol, { courseId, staffId: p.id }, coordinator);
    }
  });
  afterAll(() => h?.close());

  const who = (items: { staffId: string }[]) => items.map((e) => [...learners.entries()].find(([, p]) => p.id === e.staffId)?.[0]);

  it("searches by the learner's name, case-insensitive", async () => {
    const found = await h.bus.request(ListEnrolments, { search: 'ANA' }, coordinator);
    expect(who(found.items).sort()).toEqual(['Ana', 'Anabela']);
    expect(found.total).toBe(2);
    expect((await h.bus.request(ListEnrolments, { search: 'nobody' }, coordinator)).total).toBe(0);
  });

  it("a coordinator scoped to one institution never finds a learner of another, even when identity names them", async () => {
    const found = await h.bus.request(ListEnrolments, { search: 'ana' }, scopedToA);
    expect(who(found.items)).toEqual(['Ana']);
    expect((await h.bus.request(ListEnrolments, { search: 'silva' }, scopedToA)).total).toBe(0);
  });

  it('sorts in SQL with the id as tie-break, and keeps the default order without orderBy', async () => {
    expect(who((await h.bus.request(ListEnrolments, {}, coordinator)).items)).toEqual(['Ana', 'Anabela', 'Bruno']);
    expect(who((await h.bus.request(ListEnrolments, { orderBy: { field: 'enrolled_at', direction: 'desc' } }, coordinator)).items)).toEqual(['Bruno', 'Anabela', 'Ana']);
    const pages = await Promise.all([0, 1, 2].map((offset) => h.bus.request(ListEnrolments, { orderBy: { field: 'status' }, offset, limit: 1 }, coordinator)));
    const ids = pages.flatMap((p) => p.items.map((e) => e.id));
    expect(new Set(ids).size).toBe(3);
    expect(ids).toEqual([...ids].sort());
    const e = await failure(h.bus.request(ListEnrolments, { orderBy: { field: 'learner_name' } } as never, coordinator));
    expect([e.code, e.field]).toEqual(['common.INVALID_INPUT', 'orderBy.field']);
  });

  it('trainingCourses: every course without a page, that page with one', async () => {
    const member = as.staff(learners.get('Ana')!);
    expect(await h.bus.request(ListCourses, {}, member)).toHaveLength(2);
    const first = await h.bus.request(ListCourses, { limit: 1 }, member);
    const second = await h.bus.request(ListCourses, { offset: 1, limit: 1 }, member);
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(first[0]!.id).not.toBe(second[0]!.id);
  });
});
