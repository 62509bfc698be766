import pg from 'pg';
import { describeWithNats } from '@m4pris/testing';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';
import { firstAdmin, inviteAndActivate } from './fixtures.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const COURSE_FIELDS = `id version audience title translatedLocales rules { minSessionsAttended attendanceThreshold checksPassed }
  modules { id cluster title topics { title objectives } units { id title required knowledgeCheck { passMark questions { id text options { id text } } } } }
  satisfaction { id text }`;

interface Unit {
  id: string;
  required: boolean;
  knowledgeCheck: { passMark: number; questions: { id: string; options: { id: string }[] }[] } | null;
}

/**
 * The training journey as a frontend drives it: a tenant adopts the default mentor course, schedules
 * a session, learners enrol and book (one waits), the trainer keeps the register, a learner finishes
 * the self-paced part and completes; the certificate is verified anonymously by its code.
 */
function journey(mode: Mode) {
  let p: TestPlatform;
  let admin: string;
  const t: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let units: Unit[] = [];

  const call = async (query: string, vars: Record<string, unknown>, token?: string) => {
    const r = await gql(p.url, query, vars, token);
    if (r.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(r.errors)}`);
    return r.data!;
  };


  /** Each tenant's first administrator (the platform admin grants nothing else inside a tenant). */
  const tenantAdmins: Record<string, string> = {};
  const adminOf = async (tenantId: string) => (tenantAdmins[tenantId] ??= await firstAdmin(p.url, admin, tenantId, `first-admin-${tenantId}@admins.test`));

  /** Creates a staff member with a sign-in account and returns their token. */
  const person = async (tenantId: string, institutionId: string, key: string, first: string, last: string, role?: 'COORDINATOR') => {
    const s = await call(
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
      { input: { tenantId, firstName: first, lastName: last, email: `${key}.${mode}@training.test`, position: 'Prison officer', supervisesOthers: false, hiredOn: '2015-02-01', joinedInstitutionOn: '2015-02-01', institutionId, languages: ['da'] } },
      admin,
    );
    t[key] = s.createStaff.id;
    const ta = await adminOf(tenantId);
    tokens[key] = (await inviteAndActivate(p.url, ta, { staffId: t[key], email: `${key}.${mode}@training.test`, tenantId, ...(role ? { role } : {}) }, 'a long enough password')).accessToken;
  };

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'training'] });
    admin = (await call(LOGIN, { input: p.admin })).login.accessToken;
    for (const [key, code] of [['dk', 'dk'], ['ro', 'ro']] as const) {
      const ten = await call(`mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: `${code}-training-${mode}`, name: code, country: code.toUpperCase(), defaultLocale: code === 'dk' ? 'da' : 'ro', enabledModules: ['identity', 'training'] } }, admin);
      t[key] = ten.createTenant.id;
      const inst = await call(`mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId: t[key], name: `Prison ${key}`, kind: 'ADULT', region: 'North' } }, admin);
      t[`${key}Inst`] = inst.createInstitution.id;
    }
    await person(t.dk, t.dkInst, 'coord', 'Karen', 'Koordinator', 'COORDINATOR');
    await person(t.dk, t.dkInst, 'trainer', 'Tove', 'Træner');
    await person(t.dk, t.dkInst, 'mentor', 'Søren', 'Østergård');
    await person(t.dk, t.dkInst, 'other', 'Lars', 'Larsen');
    await person(t.dk, t.dkInst, 'third', 'Pia', 'Poulsen');
    await person(t.ro, t.roInst, 'roCoord', 'Ion', 'Pop', 'COORDINATOR');
  });
  afterAll(async () => {
    await p?.close();
  });

  it('adopts the default mentor course; learners see it without the answers, in their language or English', async () => {
    const list = await call(`query { defaultCurricula { key audience modules units } }`, {}, tokens.coord);
    expect(list.defaultCurricula.map((c: { key: string }) => c.key)).toEqual(['MENTOR_CORE', 'COORDINATOR_CORE']);
    const adopted = await call(`mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { ${COURSE_FIELDS} } }`, { input: { key: 'MENTOR_CORE' } }, tokens.coord);
    const course = adopted.adoptDefaultCourse;
    t.course = course.id;
    expect(course.modules.map((m: { cluster: string }) => m.cluster)).toEqual(['INTRODUCTION', 'COMMUNICATION', 'INTERPERSONAL', 'PEDAGOGICAL', 'ORGANISATIONAL']);
    units = course.modules.flatMap((m: { units: Unit[] }) => m.units);
    expect(codeOf(await gql(p.url, `mutation { adoptDefaultCourse(input: { key: MENTOR_CORE }) { id } }`, {}, tokens.coord))).toBe('CONFLICT');
    expect(codeOf(await gql(p.url, `mutation { adoptDefaultCourse(input: { key: MENTOR_CORE }) { id } }`, {}, tokens.mentor))).toBe('FORBIDDEN');
    // a Danish title, one session is enough for this pilot
    await call(
      `mutation($input: UpdateCourseInput!) { updateTrainingCourse(input: $input) { version } }`,
      { input: { id: t.course, locale: 'da', title: 'Mentoruddannelse', rules: { minSessionsAttended: 1 } } },
      tokens.coord,
    );
    const da = await gql(p.url, `query($id: ID!) { trainingCourse(id: $id) { title version locale } }`, { id: t.course }, tokens.mentor, { 'accept-language': 'da' });
    expect(da.data!.trainingCourse).toEqual({ title: 'Mentoruddannelse', version: 2, locale: 'da' });
    // The shipped Greek text, without the tenant translating anything: titles, units, questions, options, satisfaction items.
    const COURSE_TEXT = `query($id: ID!) { trainingCourse(id: $id) { title locale modules { title units { title knowledgeCheck { questions { text options { text } } } } } satisfaction { text } } }`;
    const el = await gql(p.url, COURSE_TEXT, { id: t.course }, tokens.mentor, { 'accept-language': 'el' });
    const greek = el.data!.trainingCourse;
    expect(greek).toMatchObject({ title: 'Εκπαίδευση μεντόρων συναδέλφων', locale: 'el' });
    expect(greek.modules[1].title).toBe('Επικοινωνία');
    expect(greek.modules[0].units[0].title).toBe('Σε τι χρησιμεύει η καθοδήγηση μεταξύ συναδέλφων');
    expect(greek.modules[0].units[0].knowledgeCheck.questions[1]).toEqual({ text: 'Ποιος αποφασίζει αν ένας νεότερος συνάδελφος θα συμμετάσχει;', options: [{ text: 'Ο προϊστάμενός του' }, { text: 'Ο ίδιος ο νεότερος συνάδελφος, εθελοντικά' }, { text: 'Ο μέντορας' }] });
    expect(greek.satisfaction[0].text).toBe('Το μάθημα με προετοίμασε για τον ρόλο μου στο πρόγραμμα.');
    // No Accept-Language: the person's language (here the Danish tenant's default); the tenant's own title, the rest shipped Danish.
    const own = (await call(COURSE_TEXT, { id: t.course }, tokens.mentor)).trainingCourse;
    expect(own).toMatchObject({ title: 'Mentoruddannelse', locale: 'da' });
    expect(own.modules[1].title).toBe('Kommunikation');
    expect(own.modules[0].units[0].knowledgeCheck.questions[1].options[1].text).toBe('Den nyere kollega selv, frivilligt');
    expect(codeOf(await gql(p.url, `query($id: ID!) { courseAnswerKey(courseId: $id) { questionId } }`, { id: t.course }, tokens.mentor))).toBe('FORBIDDEN');
  });

  it('enrols, books with a waiting list and promotes from it; typed errors for enrolling twice and a full session', async () => {
    const enrol = `mutation($input: EnrolInput!) { enrol(input: $input) { id status enrolledBy } }`;
    const mine = await call(enrol, { input: { courseId: t.course } }, tokens.mentor);
    expect(mine.enrol).toMatchObject({ status: 'ACTIVE', enrolledBy: 'SELF' });
    t.enrolment = mine.enrol.id;
    expect(codeOf(await gql(p.url, enrol, { input: { courseId: t.course } }, tokens.mentor))).toBe('CONFLICT');
    const other = await call(enrol, { input: { courseId: t.course, staffId: t.other } }, tokens.coord);
    expect(other.enrol.enrolledBy).toBe('COORDINATOR');
    t.otherEnrolment = other.enrol.id;

    // What do I do next: the course not completed, and a session ahead with a seat in it (in the learner's language).
    const nextYear = `${Number(new Date().toISOString().slice(0, 4)) + 1}-03-02`;
    const ahead = await call(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
      { input: { courseId: t.course, title: 'Refresher', startsAt: `${nextYear}T08:00:00Z`, endsAt: `${nextYear}T12:00:00Z`, place: 'Room 3', trainerStaffId: t.trainer, capacity: 5, language: 'da' } },
      tokens.coord,
    );
    const aheadId = ahead.scheduleTrainingSession.id as string;
    await call(`mutation($input: BookTrainingSessionInput!) { bookTrainingSession(input: $input) { status } }`, { input: { sessionId: aheadId } }, tokens.other);
    const TASKS = `query { me { tasks { kind dueOn link subject { id name } } } }`;
    const otherTasks = await gql(p.url, TASKS, {}, tokens.other, { 'accept-language': 'da' });
    expect(otherTasks.data!.me.tasks).toEqual([
      { kind: 'TRAINING_SESSION', dueOn: nextYear, link: `/training?session=${aheadId}`, subject: { id: aheadId, name: 'Refresher' } },
      { kind: 'TRAINING_UNIT', dueOn: null, link: `/training?course=${t.course}`, subject: { id: t.course, name: 'Mentoruddannelse' } },
    ]);
    expect((await call(TASKS, {}, tokens.third)).me.tasks).toEqual([]);
    // An enrolment names its course (in the caller's language) without a second query.
    const titled = await gql(p.url, `query { myEnrolments { courseId courseTitle } }`, {}, tokens.other, { 'accept-language': 'da' });
    expect(titled.data!.myEnrolments).toEqual([{ courseId: t.course, courseTitle: 'Mentoruddannelse' }]);
    const greek = await gql(p.url, `query { myEnrolments { courseTitle } }`, {}, tokens.other, { 'accept-language': 'el' });
    expect(greek.data!.myEnrolments).toEqual([{ courseTitle: 'Εκπαίδευση μεντόρων συναδέλφων' }]);

    const session = await call(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id seatsLeft trainerName } }`,
      { input: { courseId: t.course, title: 'Communication in practice', startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-01T12:00:00Z', place: 'Room 2', trainerStaffId: t.trainer, capacity: 1, language: 'da' } },
      tokens.coord,
    );
    t.session = session.scheduleTrainingSession.id;
    expect(session.scheduleTrainingSession).toEqual({ id: t.session, seatsLeft: 1, trainerName: 'Tove Træner' });
    // A learner sees who runs each session by name (one training request for the whole list).
    const listed = await call(`query($c: ID!) { trainingSessions(courseId: $c) { id trainerName trainer { id displayName workEmail } } }`, { c: t.course }, tokens.mentor);
    const seen = listed.trainingSessions.find((x: { id: string }) => x.id === t.session);
    expect(seen).toEqual({ id: t.session, trainerName: null, trainer: { id: t.trainer, displayName: 'Tove Træner', workEmail: null } });
    const book = `mutation($input: BookTrainingSessionInput!) { bookTrainingSession(input: $input) { status waitlistPosition } }`;
    expect((await call(book, { input: { sessionId: t.session } }, tokens.other)).bookTrainingSession).toEqual({ status: 'BOOKED', waitlistPosition: null });
    expect((await call(book, { input: { sessionId: t.session } }, tokens.mentor)).bookTrainingSession).toEqual({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(codeOf(await gql(p.url, book, { input: { sessionId: t.session } }, tokens.third))).toBe('BAD_USER_INPUT'); // not enrolled

    const closed = await call(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { id } }`,
      { input: { courseId: t.course, title: 'Small group', startsAt: '2026-12-02T08:00:00Z', endsAt: '2026-12-02T12:00:00Z', onlineUrl: 'https://meet.example.org/x', trainerStaffId: t.trainer, capacity: 1, language: 'da', allowWaitlist: false } },
      tokens.coord,
    );
    await call(book, { input: { sessionId: closed.scheduleTrainingSession.id } }, tokens.other);
    const full = await gql(p.url, book, { input: { sessionId: closed.scheduleTrainingSession.id } }, tokens.mentor);
    expect(codeOf(full)).toBe('CONFLICT');
    expect(full.errors![0].extensions!.reason).toBe('training.SESSION_FULL');

    // the first learner drops out: the seat goes to the waiting learner
    await call(`mutation($id: ID!) { withdrawEnrolment(id: $id) { status } }`, { id: t.otherEnrolment }, tokens.coord);
    const reg = await call(`query($id: ID!) { sessionRegister(sessionId: $id) { entries { staffId status } } }`, { id: t.session }, tokens.trainer);
    expect(reg.sessionRegister.entries).toEqual([{ staffId: t.mentor, status: 'BOOKED' }]);
    // Withdrawn: no course and no seat left to do anything about.
    expect((await call(`query { me { tasks { kind } } }`, {}, tokens.other)).me.tasks).toEqual([]);
  });

  it('keeps the register by the trainer only; attendance for a learner who is not enrolled is refused', async () => {
    const record = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { entries { staffId attendance } } }`;
    expect(codeOf(await gql(p.url, record, { input: { sessionId: t.session, entries: [{ staffId: t.mentor, present: true }] } }, tokens.third))).toBe('FORBIDDEN');
    const bad = await gql(p.url, record, { input: { sessionId: t.session, entries: [{ staffId: t.third, present: true }] } }, tokens.trainer);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions).toMatchObject({ reason: 'training.NOT_ENROLLED', field: 'entries[0].staffId' });
    const ok = await call(record, { input: { sessionId: t.session, entries: [{ staffId: t.mentor, present: true }] } }, tokens.trainer);
    expect(ok.recordAttendance.entries).toEqual([{ staffId: t.mentor, attendance: 'PRESENT' }]);
  });

  it('completes when the self-paced part is done and the checks are passed; the certificate verifies by code, anonymously', async () => {
    const key = (await call(`query($id: ID!) { courseAnswerKey(courseId: $id) { questionId correctOptionId } }`, { id: t.course }, tokens.coord)).courseAnswerKey as { questionId: string; correctOptionId: string }[];
    const first = units.find((u) => u.knowledgeCheck)!;
    const submit = `mutation($input: SubmitKnowledgeCheckInput!) { submitKnowledgeCheck(input: $input) { score passed enrolment { status } } }`;
    const unknown = await gql(p.url, submit, { input: { enrolmentId: t.enrolment, unitId: first.id, answers: [{ questionId: first.id, optionId: first.id }] } }, tokens.mentor);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'training.UNKNOWN_QUESTION', field: 'answers[0].questionId' });

    const required = units.filter((u) => u.required);
    let status = 'ACTIVE';
    for (const u of required) {
      expect(status).toBe('ACTIVE');
      const done = await call(`mutation($e: ID!, $u: ID!) { completeUnit(enrolmentId: $e, unitId: $u) { status } }`, { e: t.enrolment, u: u.id }, tokens.mentor);
      status = done.completeUnit.status;
      if (u.knowledgeCheck) {
        const answers = u.knowledgeCheck.questions.map((q) => ({ questionId: q.id, optionId: key.find((k) => k.questionId === q.id)!.correctOptionId }));
        const r = await call(submit, { input: { enrolmentId: t.enrolment, unitId: u.id, answers } }, tokens.mentor);
        expect(r.submitKnowledgeCheck).toMatchObject({ score: 100, passed: true });
        status = r.submitKnowledgeCheck.enrolment.status;
      }
    }
    expect(status).toBe('COMPLETED');
    const mine = await call(`query { myEnrolments { status completedOn certificateId progress { unitsRuleMet attendanceRuleMet checksRuleMet sessionsAttended } } }`, {}, tokens.mentor);
    expect(mine.myEnrolments[0]).toMatchObject({ status: 'COMPLETED', progress: { unitsRuleMet: true, attendanceRuleMet: true, checksRuleMet: true, sessionsAttended: 1 } });
    const certs = await call(`query { myCertificates { id code holderName courseTitle issuedOn locale valid course { id title } } }`, {}, tokens.mentor);
    const cert = certs.myCertificates[0];
    // In the holder's language as identity states it (Søren's staff record: Danish), issued from English requests.
    expect(cert).toMatchObject({ holderName: 'Søren Østergård', courseTitle: 'Mentoruddannelse', locale: 'da', valid: true, issuedOn: mine.myEnrolments[0].completedOn });
    // The certificate names its course: no second query for the title.
    expect(cert.course).toEqual({ id: t.course, title: cert.courseTitle });
    const pdf = await call(`query($id: ID!) { certificatePdf(id: $id) { filename contentType base64 } }`, { id: cert.id }, tokens.mentor);
    expect(Buffer.from(pdf.certificatePdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const greekPdf = await gql(p.url, `query($id: ID!) { certificatePdf(id: $id) { base64 } }`, { id: cert.id }, tokens.mentor, { 'accept-language': 'el' });
    expect(Buffer.from(greekPdf.data!.certificatePdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // The public check reads as the certificate does (its holder's language), whatever the reader's.
    const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { valid holderName courseTitle issuedOn } }`;
    const verify = await gql(p.url, VERIFY, { code: cert.code }, undefined, { 'accept-language': 'da' });
    expect(verify.errors).toBeUndefined();
    expect(verify.data!.verifyCertificate).toEqual({ valid: true, holderName: 'Søren Østergård', courseTitle: cert.courseTitle, issuedOn: cert.issuedOn });
    expect((await gql(p.url, VERIFY, { code: cert.code })).data!.verifyCertificate.courseTitle).toBe('Mentoruddannelse');
    expect((await gql(p.url, VERIFY, { code: cert.code }, undefined, { 'accept-language': 'el' })).data!.verifyCertificate.courseTitle).toBe('Mentoruddannelse');
    expect(codeOf(await gql(p.url, `query { verifyCertificate(code: "AAAA-BBBB-CCCC") { valid } }`))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `query { verifyCertificate(code: "not a code") { valid } }`))).toBe('BAD_USER_INPUT');
  });

  it('reports aggregates to coordinators only, with small cells suppressed', async () => {
    const q = `query { trainingReport(groupBy: COURSE) { minCellSize rows { courseId enrolled completionRate suppressed } } }`;
    const r = await call(q, {}, tokens.coord);
    expect(r.trainingReport).toEqual({ minCellSize: 5, rows: [{ courseId: t.course, enrolled: null, completionRate: null, suppressed: true }] });
    expect(codeOf(await gql(p.url, q, {}, tokens.mentor))).toBe('FORBIDDEN');
    // per institution: identity's staff.profileChanged events reached training over the bus
    const byInst = `query { trainingReport(groupBy: INSTITUTION) { rows { groupId suppressed } } }`;
    let rows: { groupId: string | null }[] = [];
    for (let i = 0; i < 100 && !(rows.length === 1 && rows[0].groupId === t.dkInst); i++) {
      rows = (await call(byInst, {}, tokens.coord)).trainingReport.rows;
      if (rows[0]?.groupId !== t.dkInst) await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows).toEqual([{ groupId: t.dkInst, suppressed: true }]);
    const named = await call(`query { enrolments { total items { staffId learnerName status } } }`, {}, tokens.coord);
    expect(named.enrolments.items).toEqual(expect.arrayContaining([{ staffId: t.mentor, learnerName: 'Søren Østergård', status: 'COMPLETED' }]));
  });

  it("shows another tenant's coordinator nothing (NOT_FOUND)", async () => {
    const foreign = tokens.roCoord;
    expect(codeOf(await gql(p.url, `query($id: ID!) { trainingCourse(id: $id) { id } }`, { id: t.course }, foreign))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `query($id: ID!) { sessionRegister(sessionId: $id) { session { id } } }`, { id: t.session }, foreign))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `query($id: ID!) { enrolment(id: $id) { id } }`, { id: t.enrolment }, foreign))).toBe('NOT_FOUND');
    expect(codeOf(await gql(p.url, `mutation($input: EnrolInput!) { enrol(input: $input) { id } }`, { input: { courseId: t.course, staffId: t.mentor } }, foreign))).toBe('NOT_FOUND');
    expect((await call(`query { trainingCourses { id } }`, {}, foreign)).trainingCourses).toEqual([]);
    expect((await call(`query { enrolments { total } }`, {}, foreign)).enrolments.total).toBe(0);
  });

  it('replays the differencing attack on courseFeedbackReport (issue 14): read, one learner answers, read again — nothing to subtract', async () => {
    // Five learners answer the satisfaction questions; the coordinator reads the report, sees who has
    // answered, lets a sixth learner answer and reads again. With the plain mean over every answer,
    // 6 × new − 5 × old would be her answers.
    const day = async () => {
      // a day passes for the questionnaires (frozen releases count closed days only)
      const c = new pg.Client({ connectionString: p.databaseUrl });
      await c.connect();
      try {
        await c.query(`update training.feedback_response set submitted_on = submitted_on - 1 where course_id = $1`, [t.course]);
      } finally {
        await c.end();
      }
    };
    const live = async (questionId: string) => {
      const c = new pg.Client({ connectionString: p.databaseUrl });
      await c.connect();
      try {
        const r = await c.query<{ n: string; mean: string }>(`select count(*) n, avg((ratings->>$1)::numeric) mean from training.feedback_response where course_id = $2 and kind = 'satisfaction'`, [questionId, t.course]);
        return { n: Number(r.rows[0]!.n), mean: Number(r.rows[0]!.mean) };
      } finally {
        await c.end();
      }
    };
    const questions = (await call(`query($id: ID!) { trainingCourse(id: $id) { satisfaction { id } } }`, { id: t.course }, tokens.coord)).trainingCourse.satisfaction as { id: string }[];
    const q = questions[0]!.id;
    const enrolmentOf: Record<string, string> = {};
    for (let i = 0; i < 6; i++) {
      await person(t.dk, t.dkInst, `learner${i}`, 'Learner', `Number ${i}`);
      enrolmentOf[`learner${i}`] = (await call(`mutation($input: EnrolInput!) { enrol(input: $input) { id } }`, { input: { courseId: t.course, staffId: t[`learner${i}`] } }, tokens.coord)).enrol.id;
    }
    const satisfy = (key: string, value: number) =>
      call(`mutation($input: SubmitCourseSatisfactionInput!) { submitCourseSatisfaction(input: $input) }`, { input: { enrolmentId: enrolmentOf[key], answers: questions.map((x) => ({ questionId: x.id, value })) } }, tokens[key]);
    for (const [i, v] of [5, 4, 4, 4, 4].entries()) await satisfy(`learner${i}`, v);
    await day();
    const REPORT = `query($id: ID!) { courseFeedbackReport(courseId: $id) { minCellSize satisfaction { questionId respondents mean suppressed } } }`;
    const before = (await call(REPORT, { id: t.course }, tokens.coord)).courseFeedbackReport;
    const cellBefore = before.satisfaction.find((x: { questionId: string }) => x.questionId === q);
    const liveBefore = await live(q);
    expect(cellBefore).toMatchObject({ suppressed: false, respondents: liveBefore.n });
    expect(cellBefore.mean).toBeCloseTo(liveBefore.mean, 9);

    // The sixth learner answers 1 to every question.
    await satisfy('learner5', 1);
    // Who has answered is not shown to the coordinator (the questionnaire is kept without the learner's id) …
    const ENROLMENTS = `query($id: ID!) { enrolments(filter: { courseId: $id }, page: { limit: 100 }) { items { staffId learnerName progress { satisfactionDone preAssessmentDone postAssessmentDone } } } }`;
    const listed = (await call(ENROLMENTS, { id: t.course }, tokens.coord)).enrolments.items as { staffId: string; learnerName: string; progress: Record<string, boolean | null> }[];
    expect(listed.find((e) => e.staffId === t.learner5)).toMatchObject({ learnerName: 'Learner Number 5' });
    expect(listed.every((e) => e.progress.satisfactionDone === null && e.progress.preAssessmentDone === null && e.progress.postAssessmentDone === null)).toBe(true);
    // … while the learner herself sees it
    const hers = (await call(`query { myEnrolments { id progress { satisfactionDone } } }`, {}, tokens.learner5)).myEnrolments as { id: string; progress: { satisfactionDone: boolean } }[];
    expect(hers.find((e) => e.id === enrolmentOf.learner5)!.progress.satisfactionDone).toBe(true);
    await day(); // her answer's day closes
    const after = (await call(REPORT, { id: t.course }, tokens.coord)).courseFeedbackReport;
    // Protected: the release has not moved, so new − old recovers nothing.
    expect(after.satisfaction).toEqual(before.satisfaction);
    const cellAfter = after.satisfaction.find((x: { questionId: string }) => x.questionId === q);
    expect(cellAfter.respondents * cellAfter.mean - cellBefore.respondents * cellBefore.mean).toBe(0);
    // Protection removed (the plain mean over every answer, as the report gave before frozen releases):
    // the difference is her answer exactly.
    const liveAfter = await live(q);
    expect(liveAfter.n).toBe(liveBefore.n + 1);
    expect(liveAfter.n * liveAfter.mean - liveBefore.n * liveBefore.mean).toBeCloseTo(1, 9);
  }, 180_000);
}

describe('training through the gateway, in-process transport', () => journey('in-process'));
describeWithNats('training through the gateway, over NATS', () => journey('nats'));
