import { randomUUID } from 'node:crypto';
import {
  AddCourseModule,
  AddQuestion,
  AddUnit,
  CompleteUnit,
  CreateCourse,
  Enrol,
  GetAnswerKey,
  GetCourse,
  GetEnrolment,
  MoveCourseModule,
  MoveUnit,
  RemoveCourseModule,
  RemoveQuestion,
  RemoveUnit,
  SubmitKnowledgeCheck,
  UpdateCourseModule,
  UpdateQuestion,
  UpdateUnit,
  type CourseDto,
} from '@m4pris/training-contracts';
import { as, failure, startTraining, type TrainingHarness } from '../../test/harness.js';

/** Issue 17: a tenant writes a course from scratch, translates it, and a learner completes it. */
describe('course authoring', () => {
  let h: TrainingHarness;
  const T = randomUUID();
  const OTHER = randomUUID();
  let coordinator: ReturnType<typeof as.coordinator>;

  beforeAll(async () => {
    h = await startTraining();
    coordinator = as.coordinator(T);
  });
  afterAll(() => h?.close());

  const units = (c: CourseDto) => c.modules.flatMap((m) => m.units);

  it('writes a course in Greek: modules, units, single- and multiple-choice questions; each change a new version', async () => {
    const created = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'el', code: 'EL-101', title: 'Εκπαίδευση μεντόρων', description: 'Μάθημα' }, coordinator);
    expect(created).toMatchObject({ version: 1, code: 'EL-101', key: null, baseLocale: 'el', audience: 'mentor', title: 'Εκπαίδευση μεντόρων', locale: 'el', translatedLocales: ['el'], modules: [] });
    expect(created.rules).toMatchObject({ minSessionsAttended: 0, checksPassed: true });

    // A second course with the same code is refused; another tenant may use it.
    const dup = await failure(h.bus.request(CreateCourse, { audience: 'coordinator', baseLocale: 'el', code: 'EL-101', title: 'Άλλο' }, coordinator));
    expect([dup.code, dup.category, dup.field]).toEqual(['training.COURSE_CODE_TAKEN', 'CONFLICT', 'code']);
    await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'EL-101', title: 'Theirs' }, as.coordinator(OTHER));

    let c = await h.bus.request(AddCourseModule, { courseId: created.id, cluster: 'communication', title: 'Επικοινωνία' }, coordinator);
    c = await h.bus.request(AddCourseModule, { courseId: created.id, cluster: 'introduction', title: 'Εισαγωγή', order: 0 }, coordinator);
    expect(c.modules.map((m) => m.cluster)).toEqual(['introduction', 'communication']);
    c = await h.bus.request(MoveCourseModule, { courseId: created.id, moduleId: c.modules[0].id, order: 5 }, coordinator);
    expect(c.modules.map((m) => m.cluster)).toEqual(['communication', 'introduction']);
    const [comm, intro] = c.modules;
    c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: comm.id, title: 'Ενεργητική ακρόαση', summary: 'Ακούω', minutes: 20 }, coordinator);
    c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: comm.id, title: 'Ανατροφοδότηση', order: 0 }, coordinator);
    expect(units(c).map((u) => u.title)).toEqual(['Ανατροφοδότηση', 'Ενεργητική ακρόαση']);
    // moving a unit to another module changes its competency cluster
    c = await h.bus.request(MoveUnit, { courseId: c.id, unitId: units(c)[0].id, moduleId: intro.id, order: 0 }, coordinator);
    expect(c.modules.map((m) => [m.cluster, m.units.map((u) => u.title)])).toEqual([
      ['communication', ['Ενεργητική ακρόαση']],
      ['introduction', ['Ανατροφοδότηση']],
    ]);
    c = await h.bus.request(RemoveUnit, { courseId: c.id, unitId: c.modules[1].units[0].id }, coordinator);
    c = await h.bus.request(RemoveCourseModule, { courseId: c.id, moduleId: intro.id }, coordinator);
    c = await h.bus.request(UpdateCourseModule, { courseId: c.id, moduleId: comm.id, locale: 'el', cluster: 'interpersonal' }, coordinator);
    expect(c.modules.map((m) => m.cluster)).toEqual(['interpersonal']);
    const unit = units(c)[0];

    c = await h.bus.request(AddQuestion, { courseId: c.id, unitId: unit.id, kind: 'single', text: 'Τι είναι η ενεργητική ακρόαση;', options: [{ text: 'Να ακούω προσεκτικά' }, { text: 'Να μιλώ πολύ' }], correctOptions: [0] }, coordinator);
    c = await h.bus.request(AddQuestion, { courseId: c.id, unitId: unit.id, kind: 'multiple', text: 'Ποια βοηθούν;', options: [{ text: 'Ερωτήσεις' }, { text: 'Σιωπή' }, { text: 'Διακοπές' }], correctOptions: [0, 1], passMark: 100 }, coordinator);
    const check = units(c)[0].knowledgeCheck!;
    expect(check.passMark).toBe(100);
    expect(check.questions.map((q) => [q.kind, q.options.length])).toEqual([['single', 2], ['multiple', 3]]);
    const key = await h.bus.request(GetAnswerKey, { id: c.id }, coordinator);
    const [single, multiple] = check.questions;
    expect(key.find((k) => k.questionId === multiple.id)!.correctOptionIds).toEqual([multiple.options[0].id, multiple.options[1].id]);

    // Translating into English: the unit, the question and every option by id.
    c = await h.bus.request(UpdateUnit, { courseId: c.id, unitId: unit.id, locale: 'en', title: 'Active listening' }, coordinator);
    c = await h.bus.request(UpdateQuestion, { courseId: c.id, questionId: multiple.id, locale: 'en', text: 'Which help?', options: multiple.options.map((o, i) => ({ id: o.id, text: ['Questions', 'Silence', 'Interruptions'][i] })) }, coordinator);
    const inEnglish = await h.bus.request(GetCourse, { id: c.id }, { ...coordinator, locale: 'en' });
    expect(units(inEnglish)[0].title).toBe('Active listening');
    expect(units(inEnglish)[0].knowledgeCheck!.questions[1]).toMatchObject({ text: 'Which help?', options: [{ text: 'Questions' }, { text: 'Silence' }, { text: 'Interruptions' }] });
    // untranslated texts fall back to the base language, not to an empty English one
    expect(inEnglish.title).toBe('Εκπαίδευση μεντόρων');
    expect(units(inEnglish)[0].knowledgeCheck!.questions[0].text).toBe('Τι είναι η ενεργητική ακρόαση;');
    const inDanish = await h.bus.request(GetCourse, { id: c.id }, { ...coordinator, locale: 'da' });
    expect(units(inDanish)[0].title).toBe('Ενεργητική ακρόαση');
    expect(c.version).toBe(14);

    // A learner completes it: unit done, check passed (the multiple-choice answer is the exact right set).
    const learner = h.person(T, 'Eleni', 'Papadopoulou');
    const e = await h.bus.request(Enrol, { courseId: c.id }, as.staff(learner));
    await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: unit.id }, as.staff(learner));
    const rightSingle = key.find((k) => k.questionId === single.id)!.correctOptionId;
    // a subset of the right set is wrong (50 %, below the pass mark of 100)
    const partial = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: single.id, optionId: rightSingle }, { questionId: multiple.id, optionIds: [multiple.options[0].id] }] }, as.staff(learner));
    expect([partial.score, partial.passed]).toEqual([50, false]);
    const superset = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: single.id, optionId: rightSingle }, { questionId: multiple.id, optionIds: multiple.options.map((o) => o.id) }] }, as.staff(learner));
    expect(superset.score).toBe(50);
    const twoForSingle = await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: single.id, optionIds: single.options.map((o) => o.id) }] }, as.staff(learner)));
    expect([twoForSingle.code, twoForSingle.field]).toEqual(['training.ONE_OPTION_ONLY', 'answers[0].optionIds']);
    const none = await failure(h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: single.id }] }, as.staff(learner)));
    expect(none.code).toBe('training.NO_OPTION_CHOSEN');
    const passed = await h.bus.request(
      SubmitKnowledgeCheck,
      { enrolmentId: e.id, unitId: unit.id, answers: [{ questionId: single.id, optionIds: [rightSingle] }, { questionId: multiple.id, optionIds: [multiple.options[1].id, multiple.options[0].id] }] },
      as.staff(learner),
    );
    expect([passed.score, passed.passed, passed.enrolment.status]).toEqual([100, true, 'completed']);
    expect((await h.bus.request(GetEnrolment, { enrolmentId: e.id }, coordinator)).status).toBe('completed');

    // Removing the last question removes the check.
    c = await h.bus.request(RemoveQuestion, { courseId: c.id, questionId: single.id }, coordinator);
    c = await h.bus.request(RemoveQuestion, { courseId: c.id, questionId: multiple.id }, coordinator);
    expect(units(c)[0].knowledgeCheck).toBeNull();
  });

  it('refuses invalid content with every invalid field at once', async () => {
    const c = await h.bus.request(CreateCourse, { audience: 'coordinator', baseLocale: 'el', code: 'EL-BAD', title: 'Μάθημα' }, coordinator);
    const withModule = await h.bus.request(AddCourseModule, { courseId: c.id, cluster: 'closure', title: 'Κλείσιμο' }, coordinator);
    const moduleId = withModule.modules[0].id;
    // a unit's title in another language than the base one, and an unknown module
    const unitErr = await failure(h.bus.request(AddUnit, { courseId: c.id, moduleId: randomUUID(), locale: 'en', title: 'Closure' }, coordinator));
    expect(unitErr.category).toBe('BAD_USER_INPUT');
    expect(unitErr.fields!.map((f) => [f.field, f.messageKey])).toEqual([
      ['title', 'errors.training.BASE_LANGUAGE_REQUIRED'],
      ['moduleId', 'errors.training.UNKNOWN_MODULE'],
    ]);
    const withUnit = await h.bus.request(AddUnit, { courseId: c.id, moduleId, title: 'Λήξη' }, coordinator);
    const unitId = withUnit.modules[0].units[0].id;
    const qErr = await failure(h.bus.request(AddQuestion, { courseId: c.id, unitId, locale: 'pt', kind: 'single', text: 'Pergunta', options: [{ text: 'Só uma' }], correctOptions: [] }, coordinator));
    expect(qErr.fields!.map((f) => [f.field, f.messageKey])).toEqual([
      ['text', 'errors.training.BASE_LANGUAGE_REQUIRED'],
      ['options', 'errors.training.TOO_FEW_OPTIONS'],
      ['correctOptions', 'errors.training.NO_RIGHT_ANSWER'],
    ]);
    const two = await failure(h.bus.request(AddQuestion, { courseId: c.id, unitId, kind: 'single', text: 'Ερώτηση', options: [{ text: 'α' }, { text: 'β' }], correctOptions: [0, 1] }, coordinator));
    expect(two.fields!.map((f) => f.messageKey)).toEqual(['errors.training.SINGLE_CHOICE_ANSWERS']);
    const outOfRange = await failure(h.bus.request(AddQuestion, { courseId: c.id, unitId, kind: 'multiple', text: 'Ερώτηση', options: [{ text: 'α' }, { text: 'β' }], correctOptions: [0, 2] }, coordinator));
    expect(outOfRange.fields!.map((f) => [f.field, f.messageKey])).toEqual([['correctOptions', 'errors.training.NO_SUCH_OPTION']]);
    // a translation must give every option, in order, by id
    const q = await h.bus.request(AddQuestion, { courseId: c.id, unitId, kind: 'single', text: 'Ερώτηση', options: [{ text: 'α' }, { text: 'β' }], correctOptions: [1] }, coordinator);
    const question = q.modules[0].units[0].knowledgeCheck!.questions[0];
    const partial = await failure(h.bus.request(UpdateQuestion, { courseId: c.id, questionId: question.id, locale: 'da', options: [{ id: question.options[0].id, text: 'a' }] }, coordinator));
    expect(partial.fields!.map((f) => [f.field, f.messageKey])).toEqual([['options', 'errors.training.TRANSLATE_EVERY_OPTION']]);
    // Shape errors are all listed by validation, before the use case.
    const shape = await failure(h.bus.request(CreateCourse, { audience: 'trainer' as never, baseLocale: 'xx', code: 'bad code!', title: '' }, coordinator));
    expect(shape.fields!.map((f) => f.field).sort()).toEqual(['audience', 'baseLocale', 'code', 'title']);
    // Nothing was written by the refused requests.
    expect((await h.bus.request(GetCourse, { id: c.id }, coordinator)).version).toBe(4);
  });

  it('is for course managers of the tenant: a learner is refused, another tenant finds nothing', async () => {
    const c = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'OWN', title: 'Own course' }, as.tenantAdmin(T));
    const learner = h.person(T);
    expect((await failure(h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'MINE', title: 'Mine' }, as.staff(learner)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(AddCourseModule, { courseId: c.id, cluster: 'closure', title: 'X' }, as.staff(learner)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(AddCourseModule, { courseId: c.id, cluster: 'closure', title: 'X' }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(RemoveQuestion, { courseId: c.id, questionId: randomUUID() }, as.coordinator(OTHER)))).category).toBe('NOT_FOUND');
  });
});
