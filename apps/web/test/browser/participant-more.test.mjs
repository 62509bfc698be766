// Browser journeys of the participant's app, part two (issue 15): my tasks and where their links
// lead, knowledge checks and session booking in My training, and sign out everywhere. Debian's
// Chromium through playwright-core, against the built standalone platform seeded through the API;
// phone viewport, axe on every screen.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { axe, CHROMIUM, FLAGS, shot } from './browser.mjs';
import { gql, seedDuo } from './seed.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const at = (days, hour) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

/** A course for the duo's members: the mentor core curriculum, two sessions (one with a single seat, taken by the mentor). */
async function seedTraining(p, seed) {
  const course = (await gql(p.url, `mutation { adoptDefaultCourse(input: { key: MENTOR_CORE }) { id title modules { id units { id title knowledgeCheck { questions { id } } } } } }`, {}, seed.tokens.coordinator)).adoptDefaultCourse;
  const first = course.modules.flatMap((m) => m.units).find((u) => u.knowledgeCheck && u.knowledgeCheck.questions.length > 0);
  // The coordinator adds a multiple-choice question to that unit's check (issue 17): right only with both right options.
  // Before anyone enrols: an enrolment keeps the version it was made in.
  const added = (
    await gql(
      p.url,
      `mutation($i: AddKnowledgeCheckQuestionInput!) { addKnowledgeCheckQuestion(input: $i) { modules { units { id title knowledgeCheck { questions { id kind } } } } } }`,
      { i: { courseId: course.id, unitId: first.id, kind: 'MULTIPLE', text: 'Which of these help a new colleague settle in?', options: [{ text: 'A named person to ask' }, { text: 'Shadowing a few shifts' }, { text: 'Working alone from day one' }], correctOptions: [0, 1] } },
      seed.tokens.coordinator,
    )
  ).addKnowledgeCheckQuestion;
  const unit = added.modules.flatMap((m) => m.units).find((u) => u.id === first.id);
  const enrol = `mutation($i: EnrolInput!) { enrol(input: $i) { id } }`;
  const enrolments = {};
  for (const who of ['mentee', 'mentor']) enrolments[who] = (await gql(p.url, enrol, { i: { courseId: course.id } }, seed.tokens[who])).enrol.id;
  const schedule = `mutation($i: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $i) { id } }`;
  const base = { courseId: course.id, language: 'en', place: 'Vestre, training room 2', trainerStaffId: seed.staff.coordinator };
  const open = (await gql(p.url, schedule, { i: { ...base, title: 'Listening skills workshop', startsAt: at(7, 9), endsAt: at(7, 12), capacity: 8 } }, seed.tokens.coordinator)).scheduleTrainingSession.id;
  const small = (await gql(p.url, schedule, { i: { ...base, title: 'Role-play clinic', startsAt: at(9, 13), endsAt: at(9, 15), capacity: 1, allowWaitlist: true } }, seed.tokens.coordinator)).scheduleTrainingSession.id;
  await gql(p.url, `mutation($s: ID!) { bookTrainingSession(input: { sessionId: $s }) { status } }`, { s: small }, seed.tokens.mentor);
  const key = (await gql(p.url, `query($c: ID!) { courseAnswerKey(courseId: $c) { questionId correctOptionIds } }`, { c: course.id }, seed.tokens.coordinator)).courseAnswerKey;
  return { course, enrolments, sessions: { open, small }, key: new Map(key.map((k) => [k.questionId, k.correctOptionIds])), unit };
}

describe('participant journeys in Chromium, part two', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let training;
  let browser;

  before(async () => {
    platform = await startStandalone();
    seed = await seedDuo(platform);
    training = await seedTraining(platform, seed);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });


  async function signIn(page, who = 'mentee') {
    await page.goto(`${platform.url}/sign-in`);
    await page.getByLabel('E-mail').fill(seed.emails[who]);
    await page.getByLabel(/^Password/).fill(seed.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/duo');
  }

  it('my tasks lists what the API gives, and each task opens the right place: the duo section, the course, the session', async () => {
    const { me } = await gql(platform.url, `{ me { tasks { kind dueOn link subject { name } } } }`, {}, seed.tokens.mentee);
    const kinds = me.tasks.map((t) => t.kind);
    assert.ok(kinds.includes('AGREEMENT_TO_ACKNOWLEDGE'), `tasks: ${kinds}`);
    assert.ok(kinds.includes('TRAINING_UNIT'), `tasks: ${kinds}`);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('a[href="/tasks"]').click();
    await page.getByRole('heading', { name: 'My tasks', level: 1 }).waitFor();
    await page.getByTestId('task').first().waitFor();
    // One entry per task of the API, in its order, each a link to the task's place.
    assert.equal(await page.getByTestId('task').count(), me.tasks.length);
    const hrefs = await page.getByTestId('task').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, me.tasks.map((t) => t.link));
    // Named for the reader: the partner by name, the course by its title.
    await page.getByText(`With ${seed.people.mentor.firstName} ${seed.people.mentor.lastName}`).first().waitFor();
    await page.getByText(training.course.title).first().waitFor();
    await shot(page, '20-tasks');
    await axe(page, 'tasks');

    // The agreement task opens the duo page at its section, with the focus on it.
    await page.getByRole('link', { name: /Acknowledge your duo agreement/ }).click();
    await page.waitForURL((u) => u.pathname === '/duo' && u.search === `?relationship=${seed.duoId}` && u.hash === '#agreement');
    await page.waitForFunction(() => document.activeElement?.id === 'agreement');
    await page.getByRole('heading', { name: 'Our agreement' }).waitFor();
    await axe(page, 'duo from a task');

    // The training task opens My training at the course.
    await page.goBack();
    await page.getByRole('heading', { name: 'My tasks', level: 1 }).waitFor();
    await page.getByRole('link', { name: /Continue your training/ }).first().click();
    await page.waitForURL((u) => u.pathname === '/training' && u.search === `?course=${training.course.id}`);
    await page.waitForFunction((id) => document.activeElement?.id === `course-${id}`, training.course.id);

    // A session link (as the API writes it once a seat is booked) opens My training at that session.
    await page.goto(`${platform.url}/training?session=${training.sessions.small}`);
    await page.waitForFunction((id) => document.activeElement?.id === `session-${id}`, training.sessions.small);
    await context.close();
  });

  it('my training: a knowledge check answered wrong then right, a seat booked and cancelled, a place on the waiting list', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${platform.url}/training`);
    await page.getByRole('heading', { name: 'My training', level: 1 }).waitFor();
    const unit = page.getByTestId('unit').filter({ hasText: training.unit.title });
    await unit.getByRole('button', { name: 'Take the knowledge check' }).click();
    const form = page.getByRole('form', { name: `Knowledge check: ${training.unit.title}` });
    await form.waitFor();
    await axe(page, 'knowledge check');
    await shot(page, '21-knowledge-check');
    // Sending with nothing chosen names every unanswered question.
    await form.getByRole('button', { name: 'Send my answers' }).click();
    assert.equal(await form.getByText('Choose an answer.').count(), training.unit.knowledgeCheck.questions.length);
    // Every answer wrong: scored on the server, not passed. Single-choice questions are radio groups;
    // the multiple-choice one (the last) is a group of checkboxes saying to choose every right answer.
    const questions = training.unit.knowledgeCheck.questions;
    const singles = questions.filter((q) => q.kind === 'SINGLE');
    const multiple = questions.find((q) => q.kind === 'MULTIPLE');
    const groups = form.getByRole('radiogroup');
    const n = await groups.count();
    assert.equal(n, singles.length);
    await form.getByText('Choose every right answer.').waitFor();
    const boxes = form.getByRole('checkbox');
    assert.equal(await boxes.count(), 3);
    const radios = async (i) => groups.nth(i).getByRole('radio');
    for (let i = 0; i < n; i++) {
      const options = await radios(i);
      const [right] = training.key.get(singles[i].id);
      const values = await options.evaluateAll((els) => els.map((e) => e.value));
      await options.nth(values.findIndex((v) => v !== right)).check();
    }
    // one right option and the wrong one: not the right set
    const boxValues = await boxes.evaluateAll((els) => els.map((e) => e.value));
    const rightBoxes = training.key.get(multiple.id);
    await boxes.nth(boxValues.indexOf(rightBoxes[0])).check();
    await boxes.nth(boxValues.findIndex((v) => !rightBoxes.includes(v))).check();
    await form.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByTestId('check-result').getByText(/^Not passed yet: 0% right/).waitFor();
    await axe(page, 'knowledge check failed');
    await page.getByRole('button', { name: 'Try again' }).click();
    for (let i = 0; i < n; i++) {
      const options = await radios(i);
      const [right] = training.key.get(singles[i].id);
      const values = await options.evaluateAll((els) => els.map((e) => e.value));
      await options.nth(values.indexOf(right)).check();
    }
    // exactly the right set of the multiple-choice question
    for (const id of rightBoxes) await boxes.nth(boxValues.indexOf(id)).check();
    await form.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByTestId('check-result').getByText(/^Passed: 100% right/).waitFor();
    await shot(page, '22-knowledge-check-passed');
    const { enrolment } = await gql(platform.url, `query($id: ID!) { enrolment(id: $id) { progress { units { unitId checkPassed attempts } } } }`, { id: training.enrolments.mentee }, seed.tokens.mentee);
    assert.deepEqual(enrolment.progress.units.find((u) => u.unitId === training.unit.id), { unitId: training.unit.id, checkPassed: true, attempts: 2 });
    await page.getByRole('button', { name: 'Close' }).click();
    await unit.getByTestId('check-status').getByText('Knowledge check passed (best 100%).').waitFor();

    // Sessions: book the open one, then cancel; the full one offers the waiting list.
    const open = page.locator(`#session-${training.sessions.open}`);
    await open.getByText('8 seats left').waitFor();
    await open.getByRole('button', { name: 'Book a seat' }).click();
    await open.getByText('Booked', { exact: true }).waitFor();
    await open.getByText('7 seats left').waitFor();
    const mine = async () => (await gql(platform.url, `{ mySessionBookings { sessionId status waitlistPosition } }`, {}, seed.tokens.mentee)).mySessionBookings;
    assert.deepEqual((await mine()).filter((b) => b.status !== 'CANCELLED'), [{ sessionId: training.sessions.open, status: 'BOOKED', waitlistPosition: null }]);
    await shot(page, '23-session-booked');
    await axe(page, 'training with a booking');
    // The booked seat goes into the person's own calendar: an .ics with the booking mail's UID.
    const [ics] = await Promise.all([page.waitForEvent('download'), open.getByRole('button', { name: 'Add to my calendar (.ics)' }).click()]);
    assert.equal(ics.suggestedFilename(), 'session.ics');
    const calendar = readFileSync(await ics.path(), 'utf8').replace(/\r\n[ \t]/g, '');
    const [booking] = (await gql(platform.url, `{ mySessionBookings { id sessionId status } }`, {}, seed.tokens.mentee)).mySessionBookings.filter((b) => b.status === 'BOOKED');
    assert.match(calendar, new RegExp(`^UID:${booking.id}@m4pris\r$`, 'm'));
    assert.match(calendar, /^BEGIN:VEVENT\r$/m);
    assert.match(calendar, new RegExp(`^URL;VALUE=URI:${platform.url}/training\\?session=${training.sessions.open}\r$`, 'm'));
    await open.getByRole('button', { name: 'Cancel my seat' }).click();
    await open.getByRole('button', { name: 'Book a seat' }).waitFor();
    await open.getByText('8 seats left').waitFor();

    const small = page.locator(`#session-${training.sessions.small}`);
    await small.getByText('Full (0 on the waiting list)').waitFor();
    await small.getByRole('button', { name: 'Join the waiting list' }).click();
    await small.getByText('Waiting list: number 1').waitFor();
    assert.deepEqual((await mine()).filter((b) => b.status !== 'CANCELLED'), [{ sessionId: training.sessions.small, status: 'WAITLISTED', waitlistPosition: 1 }]);
    await axe(page, 'training with a waiting-list place');
    // The mentor gives the seat up: the first on the waiting list takes it.
    await gql(platform.url, `mutation($s: ID!) { cancelTrainingBooking(input: { sessionId: $s }) { status } }`, { s: training.sessions.small }, seed.tokens.mentor);
    await page.reload();
    await small.getByText('Booked', { exact: true }).waitFor();
    await small.getByRole('button', { name: 'Cancel my seat' }).waitFor();
    await context.close();
  });

  it('sign out everywhere from the settings: the other device is signed out at once, and this one too', async () => {
    const phone = await browser.newContext(PHONE);
    const terminal = await browser.newContext();
    const onPhone = await phone.newPage();
    const onTerminal = await terminal.newPage();
    await signIn(onPhone, 'mentor');
    await signIn(onTerminal, 'mentor');
    // The terminal's token, read from its own requests (held in memory only by the app).
    const bearer = new Promise((resolve) => onTerminal.on('request', (r) => r.headers().authorization && resolve(r.headers().authorization.slice(7))));
    await onTerminal.goto(`${platform.url}/inbox`);
    const terminalToken = await bearer;
    await gql(platform.url, `{ me { accountId } }`, {}, terminalToken);

    await onPhone.goto(`${platform.url}/settings`);
    await onPhone.getByRole('heading', { name: 'Sign out everywhere' }).waitFor();
    // Notifications: a category turned off stays off after a reload; account and security messages cannot be turned off.
    const trainingMail = onPhone.getByLabel('Training', { exact: true });
    const saved = () => onPhone.waitForResponse((r) => (r.request().postData() ?? '').includes('UpdateMyNotificationPreferences') && r.ok());
    await onPhone.getByText(/E-mail is sent between 08:00 and 20:00 \(UTC\)/).waitFor();
    assert.equal(await trainingMail.isChecked(), true);
    assert.equal(await onPhone.getByLabel('Account and security (always sent)').isDisabled(), true);
    await Promise.all([saved(), trainingMail.dispatchEvent('click')]);
    await onPhone.reload();
    await onPhone.getByText(/E-mail is sent between/).waitFor();
    assert.equal(await onPhone.getByLabel('Training', { exact: true }).isChecked(), false);
    await axe(onPhone, 'settings');
    await Promise.all([saved(), onPhone.getByLabel('Training', { exact: true }).dispatchEvent('click')]);
    await onPhone.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await onPhone.getByText('Sign out on every device now?').waitFor();
    await axe(onPhone, 'settings (confirm)');
    await shot(onPhone, '24-sign-out-everywhere');
    await onPhone.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await onPhone.waitForURL('**/sign-in');

    // The terminal's access token is refused right after, and its refresh cookie is dead: a reload lands on sign-in.
    await assert.rejects(gql(platform.url, `{ me { accountId } }`, {}, terminalToken), /UNAUTHENTICATED/);
    await onTerminal.reload();
    await onTerminal.waitForURL('**/sign-in');
    // And the phone stays signed out after a reload too; signing in again works.
    await onPhone.goto(`${platform.url}/duo`);
    await onPhone.waitForURL('**/sign-in');
    await signIn(onPhone, 'mentor');
    await phone.close();
    await terminal.close();
  });
});
