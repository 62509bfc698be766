import { describeWithNats } from '@m4pris/testing';
import { codeOf, gql, startPlatform, type GqlResult, type Mode, type TestPlatform } from './platform.js';
import { ok, seedTenant, type SeededTenant } from './fixtures.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const COURSE = `id version code baseLocale locale audience title translatedLocales
  modules { id cluster title units { id title required knowledgeCheck { passMark questions { id kind text options { id text } } } } }`;

interface Course {
  id: string;
  version: number;
  modules: { id: string; cluster: string; title: string; units: { id: string; title: string; knowledgeCheck: { passMark: number; questions: { id: string; kind: string; text: string; options: { id: string; text: string }[] }[] } | null }[] }[];
}

/**
 * Issue 17, "Done when": a course written from scratch in Greek (base language el) through the
 * gateway, as the coordinator's console would — a module, a unit, a single- and a multiple-choice
 * question with their right answers, an English translation — enrolled in and completed by a
 * learner (unit done, check passed), the completion seen by the coordinator. And the refusals: bad
 * input lists every invalid field, another tenant's course is NOT_FOUND, a mentee (a learner
 * without a role) cannot author.
 */
function journey(mode: Mode) {
  let p: TestPlatform;
  let gr: SeededTenant;
  let other: SeededTenant;
  let course: Course;
  const el = { 'accept-language': 'el' };

  const call = async (token: string, query: string, vars: Record<string, unknown> = {}, headers: Record<string, string> = el) => ok(gql(p.url, query, vars, token, headers));
  const fields = (r: GqlResult) => r.errors?.[0]?.extensions?.fields?.map((f) => f.field);

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'training'] });
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    gr = await seedTenant(p, admin, 'gr-authoring', [{ key: 'learner', hiredDaysAgo: 900 }, { key: 'mentee', hiredDaysAgo: 30 }], undefined, ['identity', 'training']);
    other = await seedTenant(p, admin, 'pt-authoring', [], undefined, ['identity', 'training']);
  }, 300_000);
  afterAll(async () => {
    await p?.close();
  });

  it('the coordinator writes a course in Greek: module, unit, single- and multiple-choice questions, a translation', async () => {
    const coord = gr.tokens.coordinator;
    const created = await call(coord, `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { ${COURSE} } }`, {
      input: { audience: 'MENTOR', baseLocale: 'el', code: 'GR-MENTOR-1', title: 'Εκπαίδευση μεντόρων', description: 'Για νέους μέντορες' },
    });
    expect(created.createTrainingCourse).toMatchObject({ version: 1, code: 'GR-MENTOR-1', baseLocale: 'el', locale: 'el', audience: 'MENTOR', translatedLocales: ['el'], modules: [] });
    const id = created.createTrainingCourse.id as string;
    // The same code again in this tenant is refused with a typed error, in Greek.
    const dup = await gql(p.url, `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }`, { input: { audience: 'COORDINATOR', baseLocale: 'el', code: 'GR-MENTOR-1', title: 'Άλλο' } }, coord, el);
    expect([codeOf(dup), dup.errors![0].extensions!.reason, dup.errors![0].extensions!.field]).toEqual(['CONFLICT', 'training.COURSE_CODE_TAKEN', 'code']);
    expect(dup.errors![0].message).toContain('GR-MENTOR-1');
    expect(dup.errors![0].message).not.toMatch(/already|organisation/);

    const m = await call(coord, `mutation($input: AddCourseModuleInput!) { addCourseModule(input: $input) { modules { id } } }`, { input: { courseId: id, cluster: 'COMMUNICATION', title: 'Επικοινωνία' } });
    const moduleId = m.addCourseModule.modules[0].id as string;
    const u = await call(coord, `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { modules { units { id } } } }`, { input: { courseId: id, moduleId, title: 'Ενεργητική ακρόαση', summary: 'Πώς ακούμε', minutes: 20 } });
    const unitId = u.addCourseUnit.modules[0].units[0].id as string;
    await call(coord, `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { version } }`, {
      input: { courseId: id, unitId, kind: 'SINGLE', text: 'Τι κάνει ένας καλός ακροατής;', options: [{ text: 'Ακούει χωρίς να διακόπτει' }, { text: 'Δίνει αμέσως λύσεις' }], correctOptions: [0] },
    });
    const q2 = await call(coord, `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { ${COURSE} } }`, {
      input: { courseId: id, unitId, kind: 'MULTIPLE', text: 'Ποια βοηθούν τη συζήτηση;', options: [{ text: 'Ανοιχτές ερωτήσεις' }, { text: 'Σύνοψη' }, { text: 'Κρίσεις' }], correctOptions: [0, 1], passMark: 100 },
    });
    course = q2.addKnowledgeCheckQuestion as Course;
    expect(course.version).toBe(5);
    const check = course.modules[0].units[0].knowledgeCheck!;
    expect(check.questions.map((q) => q.kind)).toEqual(['SINGLE', 'MULTIPLE']);
    // The answer key is the coordinator's; multiple choice has every right option.
    const key = await call(coord, `query($id: ID!) { courseAnswerKey(courseId: $id) { questionId correctOptionId correctOptionIds } }`, { id });
    expect(key.courseAnswerKey[1].correctOptionIds).toEqual([check.questions[1].options[0].id, check.questions[1].options[1].id]);

    // Translated into English: the unit's title and the multiple-choice question with each option.
    await call(coord, `mutation($input: UpdateCourseUnitInput!) { updateCourseUnit(input: $input) { version } }`, { input: { courseId: id, unitId, locale: 'en', title: 'Active listening' } });
    await call(coord, `mutation($input: UpdateKnowledgeCheckQuestionInput!) { updateKnowledgeCheckQuestion(input: $input) { version } }`, {
      input: { courseId: id, questionId: check.questions[1].id, locale: 'en', text: 'What helps a conversation?', options: check.questions[1].options.map((o, i) => ({ id: o.id, text: ['Open questions', 'Summing up', 'Judgements'][i] })) },
    });
    const inEnglish = await call(coord, `query($id: ID!) { trainingCourse(id: $id) { ${COURSE} } }`, { id }, { 'accept-language': 'en' });
    const enUnit = (inEnglish.trainingCourse as Course).modules[0].units[0];
    expect(enUnit.title).toBe('Active listening');
    expect(enUnit.knowledgeCheck!.questions[1]).toMatchObject({ text: 'What helps a conversation?', options: [{ text: 'Open questions' }, { text: 'Summing up' }, { text: 'Judgements' }] });
    // what is not translated reads in the base language
    expect((inEnglish.trainingCourse as Course & { title: string }).title).toBe('Εκπαίδευση μεντόρων');
    expect(enUnit.knowledgeCheck!.questions[0].text).toBe('Τι κάνει ένας καλός ακροατής;');
  });

  it('a learner enrols, completes the unit and passes the check (multiple choice: exactly the right set); the coordinator sees the completion', async () => {
    const learner = gr.tokens.learner;
    const read = await call(learner, `query($id: ID!) { trainingCourse(id: $id) { ${COURSE} } }`, { id: course.id });
    const unit = (read.trainingCourse as Course).modules[0].units[0];
    expect(unit.title).toBe('Ενεργητική ακρόαση');
    const [single, multiple] = unit.knowledgeCheck!.questions;
    const e = await call(learner, `mutation($input: EnrolInput!) { enrol(input: $input) { id status } }`, { input: { courseId: course.id } });
    const enrolmentId = e.enrol.id as string;
    await call(learner, `mutation($e: ID!, $u: ID!) { completeUnit(enrolmentId: $e, unitId: $u) { status } }`, { e: enrolmentId, u: unit.id });
    const SUBMIT = `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { score passed enrolment { status } } }`;
    // One of the two right options is not the right answer: 50 %, below the pass mark.
    const half = await call(learner, SUBMIT, { input: { enrolmentId, unitId: unit.id, answers: [{ questionId: single.id, optionId: single.options[0].id }, { questionId: multiple.id, optionIds: [multiple.options[0].id] }] } });
    expect(half.submitKnowledgeCheck).toEqual({ score: 50, passed: false, enrolment: { status: 'ACTIVE' } });
    const right = await call(learner, SUBMIT, {
      input: { enrolmentId, unitId: unit.id, answers: [{ questionId: single.id, optionId: single.options[0].id }, { questionId: multiple.id, optionIds: [multiple.options[1].id, multiple.options[0].id] }] },
    });
    expect(right.submitKnowledgeCheck).toEqual({ score: 100, passed: true, enrolment: { status: 'COMPLETED' } });
    const seen = await call(gr.tokens.coordinator, `query($id: ID!) { enrolments(filter: { courseId: $id }) { total items { staffId status progress { checksPassed requiredUnitsDone } } } }`, { id: course.id });
    expect(seen.enrolments).toEqual({ total: 1, items: [{ staffId: gr.staffIds.learner, status: 'COMPLETED', progress: { checksPassed: 1, requiredUnitsDone: 1 } }] });
  });

  it('refuses bad input listing every invalid field, another tenant, and a mentee who would author', async () => {
    const coord = gr.tokens.coordinator;
    const unitId = course.modules[0].units[0].id;
    // Shape: every invalid field of the input at once.
    const shape = await gql(p.url, `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }`, { input: { audience: 'MENTOR', baseLocale: 'xx', code: 'not a code!', title: '' } }, coord, el);
    expect(codeOf(shape)).toBe('BAD_USER_INPUT');
    expect(fields(shape)?.sort()).toEqual(['baseLocale', 'code', 'title']);
    // The content rules: the text in the base language, two options at least, a right answer.
    const rules = await gql(
      p.url,
      `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { id } }`,
      { input: { courseId: course.id, unitId, locale: 'en', kind: 'SINGLE', text: 'Only English', options: [{ text: 'One' }], correctOptions: [] } },
      coord,
      el,
    );
    expect(codeOf(rules)).toBe('BAD_USER_INPUT');
    expect(fields(rules)).toEqual(['text', 'options', 'correctOptions']);
    // in the caller's language, with the base language named
    expect(rules.errors![0].extensions!.fields![0].message).toContain('(el)');
    expect(rules.errors![0].extensions!.fields!.map((f) => f.message).join(' ')).not.toMatch(/\b(the|least|option|answer)\b/i);
    const single = await gql(p.url, `mutation($input: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $input) { id } }`, { input: { courseId: course.id, unitId, kind: 'SINGLE', text: 'Δύο;', options: [{ text: 'α' }, { text: 'β' }], correctOptions: [0, 1] } }, coord, el);
    expect(fields(single)).toEqual(['correctOptions']);
    const unitTitle = await gql(p.url, `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { id } }`, { input: { courseId: course.id, moduleId: course.modules[0].id, locale: 'da', title: 'Kun dansk' } }, coord, el);
    expect(fields(unitTitle)).toEqual(['title']);

    // Another tenant's coordinator finds no such course.
    for (const [doc, vars] of [
      [`mutation($input: AddCourseModuleInput!) { addCourseModule(input: $input) { id } }`, { input: { courseId: course.id, cluster: 'CLOSURE', title: 'Fim' } }],
      [`mutation($c: ID!, $u: ID!) { removeCourseUnit(courseId: $c, unitId: $u) { id } }`, { c: course.id, u: unitId }],
      [`query($id: ID!) { courseAnswerKey(courseId: $id) { questionId } }`, { id: course.id }],
    ] as const) {
      expect(codeOf(await gql(p.url, doc, vars, other.tokens.coordinator))).toBe('NOT_FOUND');
    }
    // A mentee (a staff member without a role) may read the course but not write one.
    expect(codeOf(await gql(p.url, `mutation($input: CreateTrainingCourseInput!) { createTrainingCourse(input: $input) { id } }`, { input: { audience: 'MENTOR', baseLocale: 'el', code: 'MINE', title: 'Δικό μου' } }, gr.tokens.mentee))).toBe('FORBIDDEN');
    expect(codeOf(await gql(p.url, `mutation($input: AddCourseUnitInput!) { addCourseUnit(input: $input) { id } }`, { input: { courseId: course.id, moduleId: course.modules[0].id, title: 'Δική μου' } }, gr.tokens.mentee))).toBe('FORBIDDEN');
    expect(codeOf(await gql(p.url, `mutation($c: ID!, $q: ID!) { removeKnowledgeCheckQuestion(courseId: $c, questionId: $q) { id } }`, { c: course.id, q: course.modules[0].units[0].knowledgeCheck!.questions[0].id }, gr.tokens.mentee))).toBe('FORBIDDEN');
    // Nothing the refusals touched changed.
    const after = await call(coord, `query($id: ID!) { trainingCourse(id: $id) { version modules { units { knowledgeCheck { questions { id } } } } } }`, { id: course.id });
    expect(after.trainingCourse.version).toBe(7);
    expect(after.trainingCourse.modules[0].units[0].knowledgeCheck.questions).toHaveLength(2);
  });
}

describe('course authoring through the gateway, in-process transport', () => journey('in-process'));
describeWithNats('course authoring through the gateway, over NATS', () => journey('nats'));
