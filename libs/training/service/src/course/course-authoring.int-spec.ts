import { randomUUID } from 'node:crypto';
import {
  AddCourseModule,
  AddQuestion,
  AddUnit,
  AdoptDefaultCourse,
  CompleteUnit,
  CourseCompleted,
  CreateCourse,
  Enrol,
  GetAnswerKey,
  GetCertificate,
  GetCourse,
  GetEnrolment,
  MyEnrolments,
  SubmitAssessment,
  MoveCourseModule,
  MoveUnit,
  RemoveCourseModule,
  RemoveQuestion,
  RemoveUnit,
  SubmitKnowledgeCheck,
  UpdateCourse,
  UpdateCourseModule,
  UpdateQuestion,
  UpdateUnit,
  type CourseDto,
} from '@m4pris/training-contracts';
import type { PlatformError } from '@m4pris/platform-core';
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

  it('lists exactly the languages each text is written in, whatever the reader’s: a translation that reads like the base text counts', async () => {
    let c = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'pt', code: 'PT-TR', title: 'Mentoria', description: 'Curso' }, coordinator);
    c = await h.bus.request(AddCourseModule, { courseId: c.id, cluster: 'communication', title: 'Comunicação' }, coordinator);
    c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: c.modules[0].id, title: 'Escuta ativa', summary: 'Ouvir', minutes: 10 }, coordinator);
    const unit = units(c)[0];
    c = await h.bus.request(AddQuestion, { courseId: c.id, unitId: unit.id, kind: 'single', text: 'O que é?', options: [{ text: 'Ouvir' }, { text: 'Falar' }], correctOptions: [0] }, coordinator);
    const q = units(c)[0].knowledgeCheck!.questions[0];
    // Romanian: the title reads as in Portuguese; English: the unit's title only; Danish: the question, one option as in Portuguese
    c = await h.bus.request(UpdateCourse, { id: c.id, locale: 'ro', title: 'Mentoria' }, coordinator);
    c = await h.bus.request(UpdateUnit, { courseId: c.id, unitId: unit.id, locale: 'en', title: 'Active listening' }, coordinator);
    c = await h.bus.request(UpdateQuestion, { courseId: c.id, questionId: q.id, locale: 'da', text: 'Hvad er det?', options: q.options.map((o, i) => ({ id: o.id, text: ['Lytte', 'Falar'][i] })) }, coordinator);
    const read = await h.bus.request(GetCourse, { id: c.id }, { ...coordinator, locale: 'el' });
    expect(read.titleTranslations).toEqual([{ locale: 'pt', text: 'Mentoria' }, { locale: 'ro', text: 'Mentoria' }]);
    expect(read.descriptionTranslations).toEqual([{ locale: 'pt', text: 'Curso' }]);
    expect([read.modules[0].titleTranslations, read.modules[0].descriptionTranslations]).toEqual([[{ locale: 'pt', text: 'Comunicação' }], []]);
    expect([units(read)[0].titleTranslations, units(read)[0].summaryTranslations]).toEqual([[{ locale: 'pt', text: 'Escuta ativa' }, { locale: 'en', text: 'Active listening' }], [{ locale: 'pt', text: 'Ouvir' }]]);
    const question = units(read)[0].knowledgeCheck!.questions[0];
    expect(question.textTranslations).toEqual([{ locale: 'pt', text: 'O que é?' }, { locale: 'da', text: 'Hvad er det?' }]);
    const [listen, speak] = question.options.map((o) => o.id);
    expect(question.optionTranslations).toEqual([
      { optionId: listen, locale: 'pt', text: 'Ouvir' },
      { optionId: listen, locale: 'da', text: 'Lytte' },
      { optionId: speak, locale: 'pt', text: 'Falar' },
      { optionId: speak, locale: 'da', text: 'Falar' },
    ]);
    // the mutation's answer says the same (the editor reads the new version from it)
    expect(units(c)[0].knowledgeCheck!.questions[0].optionTranslations).toEqual(question.optionTranslations);
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

  describe('versions: an enrolment in progress keeps its own', () => {
    it('grades, shows and completes the version enrolled in, and certifies it; a new enrolment takes the current one', async () => {
      const created = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'VER-1', title: 'Listening well' }, coordinator);
      let c = await h.bus.request(AddCourseModule, { courseId: created.id, cluster: 'communication', title: 'Listening' }, coordinator);
      c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: c.modules[0].id, title: 'Active listening' }, coordinator);
      c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: c.modules[0].id, title: 'Giving feedback' }, coordinator);
      const [listening, feedback] = units(c);
      expect([listening.required, feedback.required]).toEqual([true, true]);
      c = await h.bus.request(AddQuestion, { courseId: c.id, unitId: listening.id, kind: 'single', text: 'Listen first?', options: [{ text: 'Yes' }, { text: 'No' }], correctOptions: [0] }, coordinator);
      const question = units(c)[0].knowledgeCheck!.questions[0];
      const [yes, no] = question.options.map((o) => o.id);
      const answer = (optionId: string) => [{ questionId: question.id, optionId }];

      const first = h.person(T, 'Maria', 'Silva');
      const e1 = await h.bus.request(Enrol, { courseId: c.id }, as.staff(first));
      expect(e1.courseVersion).toBe(c.version);
      const enrolledIn = c.version;

      // The author changes the right answer and removes a unit: two new versions.
      c = await h.bus.request(UpdateQuestion, { courseId: c.id, questionId: question.id, correctOptions: [1] }, coordinator);
      c = await h.bus.request(RemoveUnit, { courseId: c.id, unitId: feedback.id }, coordinator);
      expect(c.version).toBe(enrolledIn + 2);
      expect(units(c).map((u) => u.id)).toEqual([listening.id]);

      // The learner in progress still reads, and is measured against, their version.
      const theirs = await h.bus.request(GetCourse, { id: c.id, version: e1.courseVersion }, as.staff(first));
      expect([theirs.version, units(theirs).map((u) => u.id)]).toEqual([enrolledIn, [listening.id, feedback.id]]);
      expect((await failure(h.bus.request(GetCourse, { id: c.id, version: c.version + 1 }, as.staff(first)))).category).toBe('NOT_FOUND');
      const mine = (await h.bus.request(MyEnrolments, {}, as.staff(first))).find((x) => x.id === e1.id)!;
      expect(mine.progress.requiredUnits).toBe(2);
      expect(mine.progress.units.map((u) => u.unitId)).toEqual([listening.id, feedback.id]);

      // Graded against the answer key of their version: the new right answer is wrong for them.
      const wrong = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e1.id, unitId: listening.id, answers: answer(no) }, as.staff(first));
      expect([wrong.score, wrong.passed]).toEqual([0, false]);
      const right = await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e1.id, unitId: listening.id, answers: answer(yes) }, as.staff(first));
      expect([right.score, right.passed]).toEqual([100, true]);
      // The only unit of the current version is done, but its check was passed under another answer
      // key: that is no pass of the current version, so the learner finishes their own.
      let now = await h.bus.request(CompleteUnit, { enrolmentId: e1.id, unitId: listening.id }, as.staff(first));
      expect([now.status, now.progress.requiredUnitsDone, now.progress.requiredUnits]).toEqual(['active', 1, 2]);
      // the removed unit is still theirs to complete
      now = await h.bus.request(CompleteUnit, { enrolmentId: e1.id, unitId: feedback.id }, as.staff(first));
      expect([now.status, now.courseVersion]).toEqual(['completed', enrolledIn]);
      const cert = await h.bus.request(GetCertificate, { certificateId: now.certificateId! }, as.staff(first));
      expect([cert.courseVersion, cert.courseTitle]).toEqual([enrolledIn, 'Listening well']);
      const [event] = (await h.outbox(CourseCompleted.subject)).filter((r) => r.payload.staffId === first.id);
      expect(event.payload).toMatchObject({ courseId: c.id, courseVersion: enrolledIn, certificateId: cert.id });

      // A new enrolment takes the current version: one unit, the new right answer.
      const second = h.person(T, 'João', 'Costa');
      const e2 = await h.bus.request(Enrol, { courseId: c.id }, as.staff(second));
      expect([e2.courseVersion, e2.progress.requiredUnits]).toEqual([c.version, 1]);
      expect((await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e2.id, unitId: listening.id, answers: answer(yes) }, as.staff(second))).score).toBe(0);
      expect((await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e2.id, unitId: listening.id, answers: answer(no) }, as.staff(second))).score).toBe(100);
      expect((await failure(h.bus.request(CompleteUnit, { enrolmentId: e2.id, unitId: feedback.id }, as.staff(second)))).code).toBe('training.UNKNOWN_UNIT');
      now = await h.bus.request(CompleteUnit, { enrolmentId: e2.id, unitId: listening.id }, as.staff(second));
      expect([now.status, now.courseVersion]).toEqual(['completed', c.version]);
      expect((await h.bus.request(GetCertificate, { certificateId: now.certificateId! }, as.staff(second))).courseVersion).toBe(c.version);
    });

    it('completes a learner in progress under the current version once they meet it with checks it grades alike', async () => {
      const created = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'VER-2', title: 'Two units' }, coordinator);
      let c = await h.bus.request(AddCourseModule, { courseId: created.id, cluster: 'communication', title: 'M' }, coordinator);
      c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: c.modules[0].id, title: 'One' }, coordinator);
      c = await h.bus.request(AddUnit, { courseId: c.id, moduleId: c.modules[0].id, title: 'Two' }, coordinator);
      const [one, two] = units(c);
      c = await h.bus.request(AddQuestion, { courseId: c.id, unitId: one.id, kind: 'single', text: 'Q', options: [{ text: 'A' }, { text: 'B' }], correctOptions: [0] }, coordinator);
      const q = units(c)[0].knowledgeCheck!.questions[0];
      const learner = h.person(T);
      const e = await h.bus.request(Enrol, { courseId: c.id }, as.staff(learner));
      await h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: one.id }, as.staff(learner));
      await h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: one.id, answers: [{ questionId: q.id, optionId: q.options[0].id }] }, as.staff(learner));
      // The author makes unit two optional: the learner meets every rule of the new version (the
      // check of unit one is unchanged) and completes it.
      c = await h.bus.request(UpdateUnit, { courseId: c.id, unitId: two.id, required: false }, coordinator);
      const now = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(learner));
      expect([now.status, now.courseVersion]).toEqual(['completed', c.version]);
      expect((await h.bus.request(GetCertificate, { certificateId: now.certificateId! }, as.staff(learner))).courseVersion).toBe(c.version);
    });
  });

  describe('a taken code or key, refused by the database under concurrency', () => {
    const expectTaken = (results: PromiseSettledResult<unknown>[], code: string, field: string) => {
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as PlatformError);
      expect(refused.map((e) => [e.code, e.category, e.field])).toEqual([[code, 'CONFLICT', field]]);
    };

    it('two creations with one code at once: one course, the other COURSE_CODE_TAKEN on code', async () => {
      for (const code of ['RACE-1', 'RACE-2', 'RACE-3']) {
        const results = await Promise.allSettled([0, 1].map((i) => h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code, title: `Course ${i}` }, coordinator)));
        expectTaken(results, 'training.COURSE_CODE_TAKEN', 'code');
        expect(await h.sql(`select id from training.course where tenant_id = ? and code = ?`, [T, code])).toHaveLength(1);
      }
    });

    /**
     * Another request has inserted the same row and not committed yet: `request`'s own check finds
     * nothing, its insert waits on the unique index and fails when the other commits.
     * (begin/commit by hand: a request started inside `transactional` would join its transaction)
     */
    async function behindHeldInsert(insert: string, params: unknown[], request: () => Promise<unknown>): Promise<PlatformError> {
      const other = h.orm.em.fork();
      await other.begin();
      let refused: Promise<PlatformError> | undefined;
      try {
        await other.getConnection().execute(insert, params, 'run', other.getTransactionContext());
        refused = failure(request());
        await waitForLockWait();
      } finally {
        await other.commit();
      }
      return refused;
    }

    it('when both pass the check: the unique constraint refuses the second as COURSE_CODE_TAKEN, not a generic conflict', async () => {
      const tenant = randomUUID();
      const err = await behindHeldInsert(
        `insert into training.course (id, tenant_id, key, code, audience, version, content, created_at, updated_at) values (?, ?, null, 'HELD', 'mentor', 1, '{}', now(), now())`,
        [randomUUID(), tenant],
        () => h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'HELD', title: 'Late' }, as.coordinator(tenant)),
      );
      expect([err.code, err.category, err.field]).toEqual(['training.COURSE_CODE_TAKEN', 'CONFLICT', 'code']);
    });

    it('likewise ALREADY_ADOPTED (key) and ALREADY_ENROLLED (courseId) when both pass their check', async () => {
      const tenant = randomUUID();
      const adopted = await behindHeldInsert(
        `insert into training.course (id, tenant_id, key, code, audience, version, content, created_at, updated_at) values (?, ?, 'mentor-core', null, 'mentor', 1, '{}', now(), now())`,
        [randomUUID(), tenant],
        () => h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.coordinator(tenant)),
      );
      expect([adopted.code, adopted.field]).toEqual(['training.ALREADY_ADOPTED', 'key']);
      const course = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'HELD-E', title: 'Held' }, coordinator);
      const learner = h.person(T);
      const enrolled = await behindHeldInsert(
        `insert into training.enrolment (id, tenant_id, course_id, staff_id, cohort_id, course_version, enrolled_by, status, enrolled_at, completed_on, certificate_id, pre_assessment_done, post_assessment_done, satisfaction_done, updated_at)
         values (?, ?, ?, ?, null, 1, 'self', 'active', now(), null, null, false, false, false, now())`,
        [randomUUID(), T, course.id, learner.id],
        () => h.bus.request(Enrol, { courseId: course.id }, as.staff(learner)),
      );
      expect([enrolled.code, enrolled.field]).toEqual(['training.ALREADY_ENROLLED', 'courseId']);
    });

    it('two adoptions of one default course at once, two enrolments of one learner at once: one each, the other refused by name', async () => {
      const tenant = randomUUID();
      expectTaken(await Promise.allSettled([0, 1].map(() => h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.coordinator(tenant)))), 'training.ALREADY_ADOPTED', 'key');
      const course = await h.bus.request(CreateCourse, { audience: 'mentor', baseLocale: 'en', code: 'TWICE', title: 'Twice' }, coordinator);
      const learner = h.person(T);
      expectTaken(await Promise.allSettled([0, 1].map(() => h.bus.request(Enrol, { courseId: course.id }, as.staff(learner)))), 'training.ALREADY_ENROLLED', 'courseId');
    });

    it("one learner's requests on one enrolment at once run one after the other: no questionnaire twice, no attempt lost, no unit row twice", async () => {
      const tenant = randomUUID();
      const course = await h.bus.request(AdoptDefaultCourse, { key: 'mentor-core' }, as.coordinator(tenant));
      const learner = h.person(tenant);
      const e = await h.bus.request(Enrol, { courseId: course.id }, as.staff(learner));
      const pre = course.assessment.map((q) => ({ questionId: q.id, optionId: q.options[0].id }));
      const twice = await Promise.allSettled([0, 1].map(() => h.bus.request(SubmitAssessment, { enrolmentId: e.id, phase: 'pre', answers: pre }, as.staff(learner))));
      expectTaken(twice, 'training.ALREADY_SUBMITTED', 'phase');
      expect(await h.sql(`select id from training.feedback_response where course_id = ? and kind = 'pre'`, [course.id])).toHaveLength(1);

      const unit = units(course).find((u) => u.knowledgeCheck)!;
      const answers = unit.knowledgeCheck!.questions.map((q) => ({ questionId: q.id, optionId: q.options[0].id }));
      await Promise.all([
        ...[0, 1].map(() => h.bus.request(CompleteUnit, { enrolmentId: e.id, unitId: unit.id }, as.staff(learner))),
        ...[0, 1, 2].map(() => h.bus.request(SubmitKnowledgeCheck, { enrolmentId: e.id, unitId: unit.id, answers }, as.staff(learner))),
      ]);
      const now = await h.bus.request(GetEnrolment, { enrolmentId: e.id }, as.staff(learner));
      expect(now.progress.units.find((u) => u.unitId === unit.id)).toMatchObject({ done: true, attempts: 3 });
    });

    /** Until a statement of this database waits for a lock (the request's insert behind the held one). */
    async function waitForLockWait(): Promise<void> {
      for (let i = 0; i < 500; i++) {
        const [{ n }] = await h.sql<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        if (n > 0) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('the request never waited on the held insert');
    }
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
