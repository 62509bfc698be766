// The coordinator's training page and a session's register in Chromium (playwright-core driving
// Debian's Chromium) at a tablet's size with touch, against the built standalone platform seeded
// through the API (`seedDuo`: a tenant, a coordinator, a mentor and a mentee in a cohort; here also a
// mentors' course both have enrolled on). The coordinator schedules a session in the browser (a first try ending before it starts is refused); the
// mentor books its one seat and the mentee joins the waiting list through the API; the register
// names both, attendance ticked and saved is still there after a reload; more seats move the mentee
// from the waiting list; the mentors-trained panel shows the cohort's figures. Axe on both pages; in
// Danish the register shows no English string. Then the coordinator moves the session to new times (an
// end before the start is refused) and cancels it with a reason; the booked mentor sees it moved, then
// cancelled (in English and in Danish), in My training.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { gql, seedDuo } from './seed.mjs';
import { eventually } from './console-seed.mjs';
import { axe, CHROMIUM, englishOnly, FLAGS, messages, shot } from './browser.mjs';

// A tablet held upright: the register is kept on one in the training room.
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true };
const TITLE = 'Listening skills workshop';

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

/** A `datetime-local` value `days` from now at `hour`:00, local time. */
function localAt(days, hour) {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

describe('the coordinator’s training page and a session’s register in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let browser;
  let courseId;
  let sessionId;

  before(async () => {
    platform = await startStandalone();
    seed = await seedDuo(platform);
    courseId = (await gql(platform.url, `mutation { adoptDefaultCourse(input: { key: MENTOR_CORE }) { id } }`, {}, seed.tokens.coordinator)).adoptDefaultCourse.id;
    for (const who of ['mentor', 'mentee']) await gql(platform.url, `mutation($i: EnrolInput!) { enrol(input: $i) { id } }`, { i: { courseId } }, seed.tokens[who]);
    // The cohort's accepted mentee reaches training through programmes' events.
    const { cohorts } = await gql(platform.url, `{ cohorts { items { id } } }`, {}, seed.tokens.coordinator);
    await eventually(async () => {
      const { mentorsTrained } = await gql(platform.url, `query($c: ID!) { mentorsTrained(cohortId: $c) { menteesAccepted } }`, { c: cohorts.items[0].id }, seed.tokens.coordinator);
      assert.equal(mentorsTrained.menteesAccepted, 1);
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });

  async function signIn(locale, who = 'coordinator') {
    const context = await browser.newContext(TABLET);
    if (locale) await context.addInitScript((l) => localStorage.setItem('m4pris.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.locator('input[type=email], input[name=email]').first().fill(seed.emails[who]);
    await page.locator('input[type=password]').first().fill(seed.password);
    await page.locator('button[type=submit]').click();
    await page.waitForURL('**/duo');
    return { context, page };
  }

  it('schedules a session, keeps its register (names, attendance saved and kept after a reload, the waiting list), adds seats, and shows mentors trained', async () => {
    const { context, page } = await signIn();
    await page.getByRole('link', { name: 'Coordination' }).click();
    await page.getByRole('link', { name: 'Training', exact: true }).click();
    await page.waitForURL('**/console/training**');
    await page.getByRole('heading', { name: 'Training sessions', level: 1 }).waitFor();
    await page.getByText('No sessions are planned.').waitFor();

    // Mentors trained vs needed for the seeded cohort: one mentee accepted, two per mentor → one needed, none trained yet.
    const trained = page.getByTestId('mentors-trained');
    await trained.getByText('0 of 1 mentors needed are trained').waitFor();
    await trained.getByText('1 more mentor to train').waitFor();
    assert.equal(await trained.getByRole('progressbar').getAttribute('aria-valuenow'), '0');
    await axe(page, 'training');

    // Schedule a session with one seat; the coordinator runs it (the trainer chosen by default).
    await page.getByLabel('Title of the session').fill(TITLE);
    await page.getByLabel('Starts').fill(localAt(7, 9));
    await page.getByLabel('Ends').fill(localAt(7, 8));
    await page.getByLabel('Place').fill('Vestre, training room 2');
    await page.getByLabel('Seats').fill('1');
    await eventually(async () => assert.equal(await page.getByRole('combobox', { name: 'Trainer (keeps the register)' }).inputValue(), 'Carla Coordinator'));
    // Ending before it starts: the API's refusal is shown, nothing is scheduled.
    await page.getByRole('button', { name: 'Schedule the session' }).click();
    await page.getByRole('alert').getByText('Ends at must be after Starts at.').waitFor();
    await page.getByLabel('Ends').fill(localAt(7, 12));
    await page.getByRole('button', { name: 'Schedule the session' }).click();
    await page.getByRole('status').getByText(`“${TITLE}” is scheduled.`).waitFor();
    const card = page.getByTestId('training-session').filter({ hasText: TITLE });
    await card.getByText('0 of 1 seat booked').waitFor();
    await card.getByText('Trainer: Carla Coordinator · in English').waitFor();
    await axe(page, 'training with a session');
    await shot(page, 'training-01-page');

    // The mentor takes the seat; the mentee, finding it full, joins the waiting list.
    sessionId = (await gql(platform.url, `query($c: ID!) { trainingSessions(courseId: $c) { id title } }`, { c: courseId }, seed.tokens.coordinator)).trainingSessions.find((s) => s.title === TITLE).id;
    const book = `mutation($s: ID!) { bookTrainingSession(input: { sessionId: $s }) { status } }`;
    assert.equal((await gql(platform.url, book, { s: sessionId }, seed.tokens.mentor)).bookTrainingSession.status, 'BOOKED');
    assert.equal((await gql(platform.url, book, { s: sessionId }, seed.tokens.mentee)).bookTrainingSession.status, 'WAITLISTED');
    await page.reload();
    await card.getByText('1 of 1 seat booked').waitFor();
    await card.getByText('1 on the waiting list').waitFor();

    // The register: the booked mentor by name as a tick row big enough for a finger, the mentee waiting.
    await card.getByRole('link', { name: `Open the register: ${TITLE}` }).click();
    await page.waitForURL(`**/console/training/sessions/${sessionId}`);
    await page.getByRole('heading', { name: `Register: ${TITLE}`, level: 1 }).waitFor();
    const present = page.getByRole('checkbox', { name: 'Mette Mentor' });
    await present.waitFor();
    assert.equal(await present.isChecked(), false);
    const row = await page.getByTestId('register-row').first().boundingBox();
    assert.ok(row.height >= 44, `a register row is ${row.height}px high`);
    assert.deepEqual(await page.getByTestId('waiting-row').allInnerTexts(), ['Niels Newhire']);
    await axe(page, 'register');

    // Tick and save; the API holds it, and a reload shows it.
    await page.getByText('Mette Mentor').tap();
    assert.equal(await present.isChecked(), true);
    await page.getByText('1 of 1 present').waitFor();
    await page.getByRole('button', { name: 'Save attendance' }).tap();
    await page.getByTestId('attendance-saved').getByText('Attendance saved.').waitFor();
    const { sessionRegister } = await gql(platform.url, `query($s: ID!) { sessionRegister(sessionId: $s) { entries { staffId status attendance } } }`, { s: sessionId }, seed.tokens.coordinator);
    assert.deepEqual(sessionRegister.entries.find((e) => e.staffId === seed.staff.mentor), { staffId: seed.staff.mentor, status: 'BOOKED', attendance: 'PRESENT' });
    await page.reload();
    await page.getByText('Attendance recorded').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Mette Mentor' }).isChecked(), true);
    await axe(page, 'register with attendance saved');
    await shot(page, 'training-02-register');

    // A second seat takes the mentee off the waiting list.
    await page.getByRole('link', { name: 'Back to the sessions' }).click();
    await card.getByRole('button', { name: `Change: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Seats').fill('2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await card.getByText('2 of 2 seats booked').waitFor();
    await card.getByText('nobody on the waiting list').waitFor();
    await context.close();
  });

  it('in Danish, the register shows no English string', async () => {
    const { context, page } = await signIn('da');
    const da = messages('da');
    await page.goto(`${platform.url}/console/training/sessions/${sessionId}`);
    await page.getByRole('heading', { name: `Fremmødeliste: ${TITLE}`, level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Niels Newhire' }).waitFor();
    await page.getByText(da['console.training.registerKept']).waitFor();
    await page.waitForLoadState('networkidle');
    // People's names are not interface strings ("Carla Coordinator" is a seeded name).
    const names = Object.values(seed.people).map((p) => `${p.firstName} ${p.lastName}`);
    const text = names.reduce((t, n) => t.replaceAll(n, ''), await page.evaluate(() => document.body.innerText));
    const found = [...new Set(englishOnly('da').filter((s) => text.includes(s)))];
    assert.deepEqual(found, [], 'English text on the Danish register');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    await axe(page, 'register (da)');
    await shot(page, 'training-03-register-da');
    await context.close();
  });

  it('moves the session to new times and cancels it with a reason; the booked mentor sees both in My training', async () => {
    const { context, page } = await signIn();
    await page.goto(`${platform.url}/console/training`);
    const card = page.getByTestId('training-session').filter({ hasText: TITLE });
    await card.getByText('2 of 2 seats booked').waitFor();

    // New times: an end before the start is refused by the API, then the session moves.
    await card.getByRole('button', { name: `Change: ${TITLE}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Starts').fill(localAt(9, 10));
    await dialog.getByLabel('Ends').fill(localAt(9, 9));
    await dialog.getByText('The 2 people booked or waiting are told the new times.').waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').waitFor();
    await dialog.getByLabel('Ends').fill(localAt(9, 13));
    await axe(page, 'changing a session’s times');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const listed = async () => (await gql(platform.url, `{ tenantTrainingSessions { items { id startsAt endsAt cancelledAt cancelReason } } }`, {}, seed.tokens.coordinator)).tenantTrainingSessions.items.find((s) => s.id === sessionId);
    const moved = await listed();
    assert.equal(new Date(moved.startsAt).getTime(), new Date(localAt(9, 10)).getTime());
    assert.equal(new Date(moved.endsAt).getTime(), new Date(localAt(9, 13)).getTime());
    const range = (p) => p.evaluate(([s, e]) => new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(new Date(s), new Date(e)), [moved.startsAt, moved.endsAt]);
    await eventually(async () => assert.equal(await card.getByTestId('session-times').innerText(), await range(page)));

    // The booked mentor sees the new times in My training.
    const mentor = await signIn(undefined, 'mentor');
    await mentor.page.goto(`${platform.url}/training`);
    const mine = mentor.page.locator(`#session-${sessionId}`);
    await mine.getByText('Booked', { exact: true }).waitFor();
    await mine.getByText(await range(mentor.page)).waitFor();

    // Cancelling asks for a reason, then the session stays on the list, marked, and can no longer be changed.
    await card.getByRole('button', { name: `Cancel the session: ${TITLE}` }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText(/The 2 people booked or waiting are told, and their places are released\./).waitFor();
    const confirmButton = confirm.getByRole('button', { name: 'Cancel the session', exact: true });
    assert.equal(await confirmButton.isDisabled(), true);
    await confirm.getByLabel('Reason').fill('The trainer is ill');
    await axe(page, 'cancelling a session');
    await confirmButton.click();
    await confirm.waitFor({ state: 'detached' });
    await card.getByText('Cancelled: The trainer is ill').waitFor();
    await card.getByText('0 of 2 seats booked').waitFor();
    assert.equal(await card.getByRole('button', { name: `Change: ${TITLE}` }).count(), 0);
    assert.equal(await card.getByRole('button', { name: `Cancel the session: ${TITLE}` }).count(), 0);
    const cancelled = await listed();
    assert.equal(cancelled.cancelReason, 'The trainer is ill');
    assert.ok(cancelled.cancelledAt);
    await axe(page, 'training with a cancelled session');
    await shot(page, 'training-04-cancelled');

    // The mentor's seat is released: My training shows the session cancelled, with the reason, and offers no booking.
    await mentor.page.reload();
    await mine.getByText('Cancelled', { exact: true }).waitFor();
    await mine.getByText('This session is cancelled: The trainer is ill').waitFor();
    assert.equal(await mine.getByRole('button').count(), 0);
    const { mySessionBookings } = await gql(platform.url, `{ mySessionBookings { sessionId status } }`, {}, seed.tokens.mentor);
    assert.deepEqual(mySessionBookings.filter((b) => b.sessionId === sessionId), []);
    await axe(mentor.page, 'my training with a cancelled session');
    await mentor.context.close();

    // In Danish too.
    const da = messages('da');
    const danish = await signIn('da', 'mentor');
    await danish.page.goto(`${platform.url}/training`);
    const dansk = danish.page.locator(`#session-${sessionId}`);
    await dansk.getByText(da['training.sessionChanges.cancelled'], { exact: true }).waitFor();
    await dansk.getByText(da['training.sessionChanges.cancelledBecause'].replace('{reason}', 'The trainer is ill')).waitFor();
    await danish.context.close();
    await context.close();
  });
});
