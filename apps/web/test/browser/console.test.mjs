// The coordinator's console and the support contact's inbox in Chromium (playwright-core driving
// Debian's Chromium), against the built standalone platform seeded through the API. Axe on every
// console page; Danish and Greek runs find no English string.
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { gql } from './seed.mjs';
import { mailedInvitationToken } from '@m4pris/testing';
import { applyToCohort, eventually, seedConsole } from './console-seed.mjs';
import { axe, CHROMIUM, englishOnly, FLAGS, messages, shot } from './browser.mjs';

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const CONSOLE_PAGES = ['cohorts', 'applications', 'matching', 'duos', 'dashboard', 'courses'];

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

describe('the coordinator’s console and the support contact’s inbox in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let browser;
  let cohortId;
  const NOTE = 'Private note: we talked about the night shift and my worries';
  const CONCERN = 'My mentor shouts at me in front of the inmates';

  before(async () => {
    // A match request answers at once with the run still RUNNING and its progress: the page must
    // show the progress bar and poll until the run is done, as for a large cohort.
    process.env.MATCHING_RUN_WAIT_MS = '0';
    platform = await startStandalone();
    seed = await seedConsole(platform);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });

  /** A GraphQL call as the coordinator, asking for answers in `locale` (Accept-Language). */
  async function gqlIn(locale, query, variables) {
    const token = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: seed.emails.coordinator, password: seed.password } })).login.accessToken;
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json());
    assert.deepEqual(res.errors ?? [], [], query);
    return res.data;
  }

  async function signIn(email, locale) {
    const context = await browser.newContext(DESKTOP);
    if (locale) await context.addInitScript((l) => localStorage.setItem('m4pris.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.locator('input[type=email], input[name=email]').first().fill(email);
    await page.locator('input[type=password]').first().fill(seed.password);
    await page.locator('button[type=submit]').click();
    await page.waitForURL('**/duo');
    return { context, page };
  }

  it('a coordinator takes a cohort from recruitment to approved matches and sees names and explanations', async () => {
    const { context, page } = await signIn(seed.emails.coordinator);
    // A participant who is also a coordinator switches to the console from the participant's app.
    await page.getByRole('link', { name: 'Coordination' }).click();
    await page.waitForURL('**/console/cohorts');
    await page.getByRole('heading', { name: 'Cohorts', level: 1 }).waitFor();
    await axe(page, 'cohorts');

    // Create a cohort; a draft offers only "Open recruitment".
    await page.locator('input[name="name"]').fill('Spring');
    await page.locator('input[name="startsOn"]').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    const row = page.getByTestId('cohort-row').filter({ hasText: 'Spring' });
    await row.getByText('Draft').waitFor();
    assert.deepEqual(await row.getByRole('button').allInnerTexts(), ['Open recruitment', 'Who could take part']);
    await row.getByRole('button', { name: 'Open recruitment' }).click();
    await row.getByText('Recruiting', { exact: true }).waitFor();
    assert.deepEqual(await row.getByRole('button').allInnerTexts(), ['Start matching', 'Who could take part']);
    cohortId = (await gql(platform.url, `query { cohorts(filter: { state: RECRUITING }) { items { id name } } }`, {}, seed.tokens.coordinator)).cohorts.items.find((c) => c.name === 'Spring').id;

    // Recruitment: eligible staff by name, with why they are eligible.
    await row.getByRole('button', { name: 'Who could take part' }).click();
    const eligible = page.getByTestId('eligible-row').filter({ hasText: 'Astrid Andersen' });
    await eligible.getByText('New to the job').waitFor();
    await shot(page, 'console-01-cohorts');
    await axe(page, 'cohorts with recruitment');

    // Four people apply (through the API, as in their own app); the coordinator reviews them.
    await applyToCohort(platform, seed, cohortId);
    await page.goto(`${platform.url}/console/applications?cohort=${cohortId}`);
    await page.getByRole('heading', { name: 'Applications', level: 1 }).waitFor();
    const apps = page.getByTestId('application-row');
    await eventually(async () => assert.equal(await apps.count(), 4));
    await page.getByTestId('application-row').filter({ hasText: 'Bo Bech' }).getByText('New on the night shift').waitFor();
    await page.getByText('Would like help with').first().waitFor();
    await axe(page, 'applications');
    await shot(page, 'console-02-applications');
    // Bulk: select all and accept.
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByText('4 selected').waitFor();
    await page.getByRole('button', { name: 'Accept the selected' }).click();
    await eventually(async () => assert.equal(await page.getByTestId('application-row').filter({ hasText: 'Accepted' }).count(), 4));

    // To matching, then run it: the progress bar shows while the run is RUNNING.
    await page.goto(`${platform.url}/console/cohorts`);
    await page.getByTestId('cohort-row').filter({ hasText: 'Spring' }).getByRole('button', { name: 'Start matching' }).click();
    await page.getByTestId('cohort-row').filter({ hasText: 'Spring' }).getByRole('link', { name: 'Matching', exact: true }).click();
    await page.waitForURL(`**/console/matching?cohort=${cohortId}`);
    await page.getByRole('heading', { name: 'Matching', level: 1 }).waitFor();
    await page.getByText('Matching has not been run for this cohort yet.').waitFor();
    await axe(page, 'matching (no run)');
    await page.evaluate(() => {
      window.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="match-progress"]')) window.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Run matching' }).click();
    const proposals = page.getByTestId('proposal-row');
    await proposals.first().waitFor({ timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.__sawProgress), true, 'the progress bar was shown while the run was running');
    assert.equal(await proposals.count(), 2);
    // Names, score, a breakdown as bars and the plain-language reason.
    const text = await page.locator('table').innerText();
    for (const name of ['Astrid Andersen', 'Bo Bech']) assert.match(text, new RegExp(name));
    assert.match(text, /Karin Kjaer|Lars Lund/);
    assert.equal(await proposals.first().getByRole('progressbar').count() > 0, true, 'per-criterion bars');
    const reasons = await page.getByTestId('proposal-reason').allInnerTexts();
    // The API's own reason and per-criterion details, in the reader's language.
    for (const r of reasons) assert.match(r, /^(You were matched because .+\.|You were proposed as the best available match in your cohort\.)$/);
    assert.match(await proposals.first().getByTestId('criterion-detail').first().innerText(), /\S/);
    // Both mentees declared a conflict with Lars Lund: he is unmatched, with the API's reason as written for the reader.
    assert.match(text, /Karin Kjaer/);
    const unmatched = page.getByTestId('unmatched-row');
    assert.equal(await unmatched.count(), 1);
    assert.match(await unmatched.innerText(), /Lars Lund/);
    const why = await unmatched.getByTestId('unmatched-reason').innerText();
    assert.equal(why, 'No mentee proposed: a declared conflict of interest (2 mentees).');
    await axe(page, 'matching (proposals)');
    await shot(page, 'console-03-matching');

    // Approve all: the proposals become duos in programmes.
    await page.getByRole('button', { name: /Approve all open proposals/ }).click();
    await page.getByText('Approved. The duos are being formed').waitFor();
    await eventually(async () => assert.equal(await proposals.filter({ hasText: 'Approved' }).count(), 2));
    await page.getByRole('link', { name: 'Duos' }).click();
    await page.getByRole('heading', { name: 'Duos', level: 1 }).waitFor();
    await eventually(async () => {
      await page.reload();
      await page.getByRole('heading', { name: 'Duos', level: 1 }).waitFor();
      assert.equal(await page.getByTestId('duo-row').count(), 2);
    }, 40);
    assert.match(await page.locator('table').innerText(), /Astrid Andersen/);
    await axe(page, 'duos');
    await shot(page, 'console-04-duos');
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.getByRole('figure', { name: 'From applications to duos' }).waitFor();
    await page.getByRole('figure', { name: 'From applications to duos' }).getByText('In a duo: 2').waitFor();
    await axe(page, 'dashboard');
    await shot(page, 'console-05-dashboard');
    // Sign out everywhere is in the console's header too (a session left open on a ward terminal); asked once, here cancelled.
    await page.getByRole('button', { name: 'Sign out everywhere…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere' });
    await dialog.getByRole('button', { name: 'Sign out everywhere…' }).click();
    await dialog.getByText('Sign out on every device now?').waitFor();
    // Axe measures colours as painted: wait for the dialog's opening transition to end (measured
    // mid-fade, the red button reads as 3.1:1 against the overlay).
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await axe(page, 'sign out everywhere (console)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await gql(platform.url, `{ me { accountId } }`, {}, seed.tokens.coordinator);
    await context.close();
  });

  it('a coordinator cannot open a duo’s notes by any address', async () => {
    // The seeded duo logs a meeting with a private note.
    await gql(platform.url, `mutation($i: LogMeetingInput!) { logMeeting(input: $i) { id } }`, {
      i: { relationshipId: seed.duoId, heldOn: new Date().toISOString().slice(0, 10), durationMinutes: 30, functions: ['PSYCHOSOCIAL'], duringShift: false, notes: NOTE },
    }, seed.tokens.mentee);
    const { context, page } = await signIn(seed.emails.coordinator);
    const bodies = [];
    page.on('response', async (r) => {
      if (r.url().endsWith('/graphql')) bodies.push(await r.text().catch(() => ''));
    });
    const seededCohort = (await gql(platform.url, `query($id: ID!) { relationship(id: $id) { cohortId } }`, { id: seed.duoId }, seed.tokens.coordinator)).relationship.cohortId;
    for (const path of [`/duo/${seed.duoId}`, `/duo?id=${seed.duoId}`, `/duo?relationshipId=${seed.duoId}`, `/console/duos/${seed.duoId}`, `/console/duos?cohort=${seededCohort}&duo=${seed.duoId}`, `/console/dashboard?cohort=${seededCohort}`]) {
      await page.goto(`${platform.url}${path}`);
      await page.waitForLoadState('networkidle');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const visible = await page.evaluate(() => document.body.innerText);
      assert.ok(!visible.includes(NOTE), `the note is shown at ${path}`);
    }
    // The dashboard counts the meeting in this week's bar (weeks named by their Monday in the
    // reader's locale), the same figures as the API's weekly series, and no note.
    const { weeks } = (await gql(platform.url, `query($c: ID!) { cohortDashboard(cohortId: $c) { weeks { startsOn meetings duosNeedingAttention } } }`, { c: seededCohort }, seed.tokens.coordinator)).cohortDashboard;
    assert.equal(weeks.length, 12);
    assert.ok(weeks.at(-1).meetings >= 1, 'this week holds the meeting just logged');
    const weekName = (w) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' }).format(new Date(`${w.startsOn}T12:00:00`));
    await page.goto(`${platform.url}/console/dashboard?cohort=${seededCohort}`);
    for (const [title, field] of [['Meetings per week', 'meetings'], ['Duos needing attention, week by week', 'duosNeedingAttention']]) {
      const caption = page.getByRole('figure', { name: title }).locator('figcaption');
      await caption.waitFor();
      assert.deepEqual(await caption.locator('p').allInnerTexts(), weeks.map((w) => `${weekName(w)}: ${w[field]}`));
    }
    await axe(page, 'dashboard with weekly series');
    // The console's duo list shows the duo's metadata by name, never its content.
    await page.goto(`${platform.url}/console/duos?cohort=${seededCohort}`);
    await page.getByTestId('duo-row').filter({ hasText: 'Niels Newhire' }).waitFor();
    assert.ok(!bodies.some((b) => b.includes(NOTE)), 'no GraphQL answer to the coordinator carried the note');
    // And the API refuses the duo's content to the coordinator.
    const res = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${seed.tokens.coordinator}` },
      body: JSON.stringify({ query: `query($id: ID!) { meetings(relationshipId: $id) { notes } }`, variables: { id: seed.duoId } }),
    }).then((r) => r.json());
    assert.ok(res.errors?.length, 'meetings are refused to the coordinator');
    await context.close();
  });

  it('a support contact reads and closes a concern; nobody else sees it', async () => {
    // A mentee of a duo the coordinator approved raises a concern (it goes to the policy's support contact).
    const duoId = await eventually(async () => {
      const mine = (await gql(platform.url, `query { myRelationships { id } }`, {}, seed.console.tokens.menteeA)).myRelationships;
      assert.equal(mine.length, 1);
      return mine[0].id;
    });
    const concernId = (await gql(platform.url, `mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id } }`, { i: { relationshipId: duoId, category: 'CONDUCT', details: CONCERN } }, seed.console.tokens.menteeA)).raiseConcern.id;

    // The coordinator: no inbox in the navigation, and the inbox address shows nothing.
    {
      const { context, page } = await signIn(seed.emails.coordinator);
      await page.goto(`${platform.url}/console/concerns`);
      await page.getByRole('heading', { name: 'Concerns routed to you', level: 1 }).waitFor();
      await page.getByText('No open concern is routed to you.').waitFor();
      assert.equal(await page.getByRole('link', { name: 'Concerns for me' }).count(), 0);
      assert.ok(!(await page.evaluate(() => document.body.innerText)).includes(CONCERN));
      await context.close();
    }

    const { context, page } = await signIn(seed.console.emails.support);
    await page.getByRole('link', { name: 'Coordination' }).click();
    await page.waitForURL('**/console/concerns');
    const concern = page.getByTestId('concern');
    await concern.getByText(CONCERN).waitFor();
    await concern.getByRole('heading', { name: 'Conduct' }).waitFor();
    // The support contact is not a coordinator: the coordinator's pages say so plainly.
    assert.equal(await page.getByRole('link', { name: 'Cohorts' }).count(), 0);
    await axe(page, 'concerns');
    await shot(page, 'console-06-concerns');
    await concern.getByRole('button', { name: 'Mark as dealt with' }).click();
    await page.getByText('No open concern is routed to you.').waitFor();
    await page.locator('label', { hasText: /^Closed$/ }).click();
    await page.getByTestId('concern').getByText(CONCERN).waitFor();
    const closed = (await gql(platform.url, `query { supportConcerns(status: CLOSED) { id status } }`, {}, seed.console.tokens.support)).supportConcerns;
    assert.deepEqual(closed, [{ id: concernId, status: 'CLOSED' }]);
    await page.goto(`${platform.url}/console/cohorts`);
    await page.getByRole('heading', { name: 'This part is not for your role', level: 1 }).waitFor();
    await axe(page, 'not for your role');
    await context.close();
  });

  it('a participant without a console role gets a plain “not for your role” page', async () => {
    const { context, page } = await signIn(seed.emails.mentor);
    assert.equal(await page.getByRole('link', { name: 'Coordination' }).count(), 0);
    await page.goto(`${platform.url}/console`);
    await page.getByRole('heading', { name: 'This part is not for your role', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'My mentoring' }).first().waitFor();
    await context.close();
  });

  it('a coordinator adopts a shipped curriculum, writes a course from scratch in Greek (a module, units, a question; a bad question shows each problem at its field), translates a unit, reorders units, removes one and edits the question', async () => {
    const { context, page } = await signIn(seed.emails.coordinator);
    await page.goto(`${platform.url}/console/courses`);
    await page.getByRole('heading', { name: 'Courses', level: 1 }).waitFor();
    await axe(page, 'courses');
    // The shipped curricula, titled in the reader's language: adopt one, and it is marked adopted.
    const shipped = page.getByRole('region', { name: 'Curricula shipped with the platform' });
    assert.equal(await shipped.getByTestId('default-curriculum').count(), 2);
    const first = shipped.getByTestId('default-curriculum').first();
    const shippedTitle = await first.locator('p').first().innerText();
    await first.getByRole('button', { name: `Adopt ${shippedTitle}` }).click();
    await page.getByText(`Adopted: ${shippedTitle}.`).waitFor();
    await first.getByText('Adopted', { exact: true }).waitFor();
    assert.equal(await first.getByRole('button').count(), 0, 'an adopted curriculum cannot be adopted twice');
    await page.getByRole('navigation', { name: "The organisation's courses" }).getByRole('button', { name: shippedTitle }).waitFor();

    const create = page.getByRole('form', { name: 'New course' });
    await create.getByLabel('Course code').fill('GR-1');
    await create.getByLabel('Title').fill('Εκπαίδευση μεντόρων');
    await create.getByLabel('Written in').click();
    await page.getByRole('option', { name: 'Ελληνικά' }).click();
    await create.getByRole('button', { name: 'Create the course' }).click();
    const editor = page.getByRole('region', { name: 'Εκπαίδευση μεντόρων' });
    await editor.getByText('Version 1, written in Ελληνικά').waitFor();
    await page.getByRole('navigation', { name: "The organisation's courses" }).getByRole('button', { name: /Εκπαίδευση μεντόρων/ }).waitFor();

    const addModule = editor.getByRole('form', { name: 'Add a module' });
    await addModule.getByLabel('Competency area').click();
    await page.getByRole('option', { name: 'Communication' }).click();
    await addModule.getByLabel('Module title').fill('Επικοινωνία');
    await addModule.getByRole('button', { name: 'Add a module' }).click();
    await editor.getByTestId('course-module').getByText('Communication').waitFor();
    const addUnit = editor.getByRole('form', { name: 'Add a unit to Επικοινωνία' });
    await addUnit.getByLabel('Unit title').fill('Ενεργητική ακρόαση');
    await addUnit.getByRole('button', { name: 'Add the unit' }).click();
    const question = editor.getByRole('form', { name: 'New question for Ενεργητική ακρόαση' });
    await question.waitFor();

    // One option and no right answer: refused, and both problems are listed at once.
    await question.getByLabel('Question', { exact: true }).fill('Ποια βοηθούν τη συζήτηση;');
    await question.getByLabel('Option 1', { exact: true }).fill('Ανοιχτές ερωτήσεις');
    await question.getByRole('button', { name: 'Add the question' }).click();
    // Each problem is shown at its field (the options, the right answers), as the API words it.
    await question.getByText('A question needs at least two answer options.').waitFor();
    await question.getByText('Mark at least one option as the right answer.').waitFor();
    await axe(page, 'course editor refusal');

    await question.getByLabel('Kind of question').click();
    await page.getByRole('option', { name: 'several right answers' }).click();
    await question.getByLabel('Option 2', { exact: true }).fill('Σύνοψη');
    await question.getByLabel('Option 3', { exact: true }).fill('Κρίσεις');
    await question.getByLabel('Option 1 is right').check();
    await question.getByLabel('Option 2 is right').check();
    await question.getByRole('button', { name: 'Add the question' }).click();
    await editor.getByText('Ποια βοηθούν τη συζήτηση; (several right answers, 3 options)').waitFor();
    await axe(page, 'course editor');
    await shot(page, 'console-06-course-editor');
    const token = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: seed.emails.coordinator, password: seed.password } })).login.accessToken;
    const { trainingCourses } = await gql(platform.url, `query { trainingCourses { id code version } }`, {}, token);
    const course = trainingCourses.find((c) => c.code === 'GR-1');
    // As the API keeps it: a new version per change, the right answers the two marked.
    assert.equal(course.version, 4);
    const answerKey = async () => (await gql(platform.url, `query($id: ID!) { courseAnswerKey(courseId: $id) { correctOptionIds } }`, { id: course.id }, token)).courseAnswerKey;
    assert.equal((await answerKey())[0].correctOptionIds.length, 2);

    // A second unit, moved above the first with its button (not by dragging).
    await addUnit.getByLabel('Unit title').fill('Σύνοψη');
    await addUnit.getByRole('button', { name: 'Add the unit' }).click();
    const units = editor.getByTestId('course-unit');
    await units.nth(1).getByText('Σύνοψη', { exact: true }).waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Move Σύνοψη down' }).isDisabled(), true, 'the last unit cannot go down');
    await editor.getByRole('button', { name: 'Move Σύνοψη up' }).click();
    await units.first().getByText('Σύνοψη', { exact: true }).waitFor();
    await units.nth(1).getByText('Ενεργητική ακρόαση').waitFor();

    // Translate a unit: the base language is marked, the missing languages are shown before and after.
    const listening = units.filter({ hasText: 'Ενεργητική ακρόαση' });
    // (The unit's marker comes first; its question has its own.)
    await listening.getByTestId('missing-languages').first().filter({ hasText: 'Not yet in: English, Dansk, Português, Română' }).waitFor();
    await editor.getByRole('button', { name: 'Edit Ενεργητική ακρόαση' }).click();
    const unitDialog = page.getByRole('dialog', { name: 'Edit Ενεργητική ακρόαση' });
    assert.equal(await unitDialog.getByLabel('Language of the text').inputValue(), 'Ελληνικά (base language)');
    assert.equal(await unitDialog.getByLabel('Unit title').inputValue(), 'Ενεργητική ακρόαση');
    await unitDialog.getByLabel('Language of the text').click();
    await page.getByRole('option', { name: 'English (not translated yet)' }).click();
    assert.equal(await unitDialog.getByLabel('Unit title').inputValue(), '', 'an untranslated text starts empty');
    await unitDialog.getByText('In Ελληνικά: Ενεργητική ακρόαση').waitFor();
    await axe(page, 'course editor: translating a unit');
    await unitDialog.getByLabel('Unit title').fill('Active listening');
    await unitDialog.getByRole('button', { name: 'Save' }).click();
    await unitDialog.waitFor({ state: 'detached' });
    // The reader's language is English: the unit now reads in English, and English is no longer missing.
    const translated = units.filter({ hasText: 'Active listening' });
    await translated.getByTestId('missing-languages').first().filter({ hasText: /^Not yet in: Dansk, Português, Română$/ }).waitFor();
    // A translation that reads like the base text (a name kept as written) is a translation all the same:
    // the API lists the languages each text is written in, so Danish is no longer missing.
    await editor.getByRole('button', { name: 'Edit Active listening' }).click();
    const again = page.getByRole('dialog', { name: 'Edit Active listening' });
    await again.getByLabel('Language of the text').click();
    await page.getByRole('option', { name: 'Dansk (not translated yet)' }).click();
    await again.getByLabel('Unit title').fill('Ενεργητική ακρόαση');
    await again.getByRole('button', { name: 'Save' }).click();
    await again.waitFor({ state: 'detached' });
    await translated.getByTestId('missing-languages').first().filter({ hasText: /^Not yet in: Português, Română$/ }).waitFor();

    // Edit the question: a changed option, one right answer fewer.
    await editor.getByRole('button', { name: 'Edit Ποια βοηθούν τη συζήτηση;' }).click();
    const questionDialog = page.getByRole('dialog', { name: 'Edit Ποια βοηθούν τη συζήτηση;' });
    await questionDialog.getByLabel('Option 2 is right').waitFor();
    assert.equal(await questionDialog.getByLabel('Option 1 is right').isChecked(), true);
    assert.equal(await questionDialog.getByLabel('Option 2 is right').isChecked(), true);
    assert.equal(await questionDialog.getByLabel('Option 3 is right').isChecked(), false);
    await questionDialog.getByLabel('Option 3', { exact: true }).fill('Επικρίσεις');
    await questionDialog.getByLabel('Option 2 is right').uncheck();
    await axe(page, 'course editor: editing a question');
    await questionDialog.getByRole('button', { name: 'Save' }).click();
    await questionDialog.waitFor({ state: 'detached' });
    await editor.getByRole('button', { name: 'Edit Ποια βοηθούν τη συζήτηση;' }).waitFor();
    const key = await answerKey();
    assert.equal(key[0].correctOptionIds.length, 1);

    // Remove a unit, after a confirmation.
    await editor.getByRole('button', { name: 'Remove Σύνοψη' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove Σύνοψη?' });
    await confirm.getByText('learners already enrolled keep theirs').waitFor();
    await axe(page, 'course editor: removing a unit');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await editor.getByRole('button', { name: 'Remove Σύνοψη' }).waitFor({ state: 'detached' });
    assert.equal(await units.count(), 1);
    await shot(page, 'console-06-course-editor-translated');

    // As the API keeps it: a version per change (a unit, a move, two translations, a question, a removal).
    const after = (await gql(platform.url, `query($id: ID!) { trainingCourse(id: $id) { version modules { units { id title titleTranslations { locale text } knowledgeCheck { questions { options { text } } } } } } }`, { id: course.id }, token)).trainingCourse;
    assert.equal(after.version, 10);
    assert.deepEqual(after.modules[0].units.map((u) => u.title), ['Active listening']);
    assert.deepEqual(after.modules[0].units[0].titleTranslations, [
      { locale: 'el', text: 'Ενεργητική ακρόαση' },
      { locale: 'en', text: 'Active listening' },
      { locale: 'da', text: 'Ενεργητική ακρόαση' },
    ]);
    assert.deepEqual(after.modules[0].units[0].knowledgeCheck.questions[0].options.map((o) => o.text), ['Ανοιχτές ερωτήσεις', 'Σύνοψη', 'Επικρίσεις']);
    await context.close();
  });

  it('a mentor completes the course written from scratch in Greek, reading it in Greek', async () => {
    // Runs after the coordinator wrote GR-1: one unit, one multiple-choice question whose one right answer is "Ανοιχτές ερωτήσεις".
    const { context, page } = await signIn(seed.emails.mentor, 'el');
    const el = messages('el');
    await page.goto(`${platform.url}/training`);
    await page.getByRole('heading', { name: el['training.title'], level: 1 }).waitFor();
    const course = page.getByRole('article', { name: 'Εκπαίδευση μεντόρων', exact: true });
    await course.getByRole('button', { name: el['training.enrol'] }).click();
    const unit = course.getByTestId('unit').filter({ hasText: 'Ενεργητική ακρόαση' });
    await unit.getByRole('button', { name: el['training.takeCheck'] }).click();
    await unit.getByText('1. Ποια βοηθούν τη συζήτηση;').waitFor();
    await unit.getByLabel('Ανοιχτές ερωτήσεις').check();
    await unit.getByRole('button', { name: el['training.submitCheck'] }).click();
    await unit.getByTestId('check-result').filter({ hasText: /100/ }).waitFor();
    // The check passed, the unit is then marked done: every rule of the course is met.
    await unit.getByRole('button', { name: el['training.markDone'] }).click();
    // (In Greek a unit done and a course completed read alike: the course's badge comes first.)
    await course.getByText(el['enrolment.status.COMPLETED'], { exact: true }).first().waitFor();
    const mentor = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: seed.emails.mentor, password: seed.password } })).login.accessToken;
    const { myEnrolments, trainingCourses } = await gql(platform.url, `{ myEnrolments { courseId status } trainingCourses { id code } }`, {}, mentor);
    const written = trainingCourses.find((c) => c.code === 'GR-1');
    assert.equal(myEnrolments.find((e) => e.courseId === written.id).status, 'COMPLETED');
    await axe(page, 'training (el): a course written in Greek, completed');
    await context.close();
  });

  for (const locale of ['da', 'el']) {
    it(`the coordinator's pages in ${locale === 'da' ? 'Danish' : 'Greek'} show no English string`, async () => {
      const { context, page } = await signIn(seed.emails.coordinator, locale);
      const other = messages(locale);
      // Every English message (its literal parts) that differs from the translation must be absent.
      // The app's English and the matching module's (the API writes the reasons and details).
      const english = englishOnly(locale, { platform: ['matching'] });
      const names = [...Object.values(seed.people), ...Object.values(seed.console.people)].map((p) => `${p.firstName} ${p.lastName}`);
      for (const p of CONSOLE_PAGES) {
        await page.goto(`${platform.url}/console/${p}?cohort=${cohortId}`);
        await page.getByRole('heading', { name: other[`console.nav.${p}`] ?? other['console.cohorts.title'], level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        if (p === 'matching') {
          await page.getByTestId('proposal-row').first().waitFor();
          // The unmatched person's reason is the API's sentence in the reader's language (Accept-Language).
          const runs = (await gqlIn(locale, `query($c: ID!) { matchRuns(cohortId: $c) { id createdAt } }`, { c: cohortId })).matchRuns;
          const latest = runs.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
          const [explanation] = (await gqlIn(locale, `query($id: ID!) { matchRun(id: $id) { unmatched { explanation } } }`, { id: latest.id })).matchRun.unmatched.map((u) => u.explanation);
          assert.notEqual(explanation, 'No mentee proposed: a declared conflict of interest (2 mentees).');
          assert.equal(await page.getByTestId('unmatched-reason').innerText(), explanation);
        }
        if (p === 'duos') await page.getByTestId('duo-row').first().waitFor();
        // People's and places' names are not interface strings ("Mette Mentor" is a seeded name).
        const text = names.reduce((t, n) => t.replaceAll(n, ''), await page.evaluate(() => document.body.innerText));
        const found = [...new Set(english.filter((s) => text.includes(s)))];
        assert.deepEqual(found, [], `English text on the ${locale} ${p} page`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale);
        await axe(page, `${p} (${locale})`);
        await shot(page, `console-07-${p}-${locale}`);
      }
      await context.close();
    });
  }

  it('a researcher reads the plan, the response flow and the pre/post report with suppressed cells marked, downloads an export, and loads an instrument’s wording per language', async () => {
    // Runs last: it ends the seeded duo so that its mentee's closure wave opens.
    // Fresh sign-ins: the seed's access tokens may have expired by the time this last test runs.
    const login = async (email) => (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: seed.password } })).login.accessToken;
    const [tenantAdmin, coordinator, mentee] = [await login('tenant-admin@web.test'), await login(seed.emails.coordinator), await login(seed.emails.mentee)];
    const since = new Date();
    const researcherEmail = 'researcher@web.test';
    const { tenantId } = (await gql(platform.url, `{ me { tenantId } }`, {}, tenantAdmin)).me;
    const inv = (await gql(platform.url, `mutation($i: InviteAccountInput!) { inviteAccount(input: $i) { accountId } }`, { i: { email: researcherEmail, tenantId } }, tenantAdmin)).inviteAccount;
    await gql(platform.url, `mutation($i: AssignRoleInput!) { assignRole(input: $i) { id } }`, { i: { accountId: inv.accountId, role: 'RESEARCHER', tenantId } }, tenantAdmin);
    const link = await mailedInvitationToken(platform.mailDir, researcherEmail, since);
    await gql(platform.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, { i: { token: link, password: seed.password } });
    const researcher = await login(researcherEmail);
    const wave = (kind) => ({ kind, mentorInstruments: ['WHO5'], menteeInstruments: ['WHO5'], dueWithinDays: 21, remindBeforeDueDays: 7 });
    await gql(platform.url, `mutation($i: SaveSurveyPlanInput!) { saveSurveyPlan(input: $i) { version } }`, { i: { programmeId: seed.programmeId, waves: [wave('BASELINE'), wave('CLOSURE')] } }, researcher);
    const who5 = [1, 2, 3, 4, 5].map((i) => ({ instrumentCode: 'WHO5', itemId: `who5_${i}`, value: 2 + (i % 2) }));
    const answer = async (token, kind) => {
      const id = await eventually(async () => {
        const mine = (await gql(platform.url, `{ mySurveyInvitations { id wave state } }`, {}, token)).mySurveyInvitations.find((i) => i.wave === kind && i.state !== 'COMPLETED');
        assert.ok(mine, `no open ${kind} invitation yet`);
        return mine.id;
      });
      await gql(platform.url, `mutation($i: SaveSurveyAnswersInput!) { saveSurveyAnswers(input: $i) { state } }`, { i: { invitationId: id, answers: who5, submit: true } }, token);
    };
    await answer(mentee, 'BASELINE');
    // The coordinator ends the duo early: the mentee's closure wave opens, and one pair exists (fewer than the minimum cell).
    await gql(platform.url, `mutation($i: EndRelationshipEarlyInput!) { endRelationshipEarly(input: $i) { state } }`, { i: { relationshipId: seed.duoId, reason: 'OTHER', rematch: false } }, coordinator);
    await answer(mentee, 'CLOSURE');

    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.locator('input[type=email], input[name=email]').first().fill(researcherEmail);
    await page.locator('input[type=password]').first().fill(seed.password);
    await page.locator('button[type=submit]').click();
    // An account with no staff record has no participant's app: it lands on its desk.
    await page.waitForURL('**/console/research');
    await page.getByRole('heading', { name: 'Research desk', level: 1 }).waitFor();
    const plan = page.getByRole('region', { name: 'Survey plan' });
    await plan.getByRole('cell', { name: 'Baseline' }).waitFor();
    await plan.getByRole('cell', { name: 'WHO-5 Well-Being Index' }).first().waitFor();
    // Response flow: counts under the minimum cell are said to be suppressed, never shown as a number.
    const flow = page.getByTestId('flow-row').filter({ hasText: 'Baseline' });
    await flow.getByTestId('suppressed').first().waitFor();
    // The pre/post report: the one pair is a suppressed cell, marked so — no figure, no zero.
    const cell = page.getByTestId('cell-suppressed').first();
    await cell.getByText('Suppressed').waitFor();
    assert.equal(await page.getByTestId('cell-shown').count(), 0);
    // No figure in the row: only the scale's name (which has a digit of its own) and the word.
    assert.doesNotMatch((await cell.innerText()).replace('WHO-5 Well-Being Index', ''), /\d/);
    await axe(page, 'research desk');
    await shot(page, 'console-08-research');

    // The export arrives as a file: the header once and every row the API counts.
    const downloads = page.getByRole('region', { name: 'Codebook and exports' });
    const [file] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download the export' }).click()]);
    assert.match(file.suggestedFilename(), /^export-baseline-long-.*\.csv$/);
    const csv = await readFile(await file.path(), 'utf8');
    const lines = csv.trim().split('\n');
    assert.equal(lines[0], 'participant,role,country,institution,wave,completed_period,instrument,variable,kind,value');
    // The same rows as the API's own pages (a response is several rows in the long form).
    const { surveyExport } = await gql(platform.url, `query($i: SurveyExportInput!) { surveyExport(input: $i) { csv total nextOffset } }`, { i: { programmeId: seed.programmeId, wave: 'BASELINE', form: 'LONG', limit: 500 } }, researcher);
    assert.ok(surveyExport.total > 0);
    assert.equal(surveyExport.nextOffset, null);
    assert.deepEqual(lines.slice(1), surveyExport.csv.trim().split('\n'));
    // Pseudonymised: no name and no address of anyone in the file.
    for (const p of [...Object.values(seed.people), ...Object.values(seed.console.people)]) assert.ok(!csv.includes(p.lastName), `${p.lastName} in the export`);
    assert.doesNotMatch(csv, /@web\.test/);
    await downloads.getByText(/^Saved as export-baseline-long-/).waitFor();

    // Instrument wording per language: the PSS-4 has none in Greek; pasted wording with a blank item is
    // refused at that item's own field, then the wording loads and the table shows Greek loaded.
    const wording = page.getByRole('region', { name: 'Instrument wording' });
    const pss4 = wording.locator('[data-instrument="PSS4"]');
    assert.equal(await pss4.getByRole('cell').nth(4).innerText(), 'Not loaded');
    await wording.getByRole('combobox', { name: 'Instrument' }).click();
    await page.getByRole('option', { name: 'Perceived Stress Scale (4 items)' }).click();
    await wording.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Ελληνικά' }).click();
    const form = wording.getByRole('form', { name: 'Wording of Perceived Stress Scale (4 items) in Ελληνικά' });
    await form.getByLabel('Source').fill('PSS-4, official Greek translation (licence ref. GR-4)');
    const anchors = ['Ποτέ', 'Σχεδόν ποτέ', 'Μερικές φορές', 'Αρκετά συχνά', 'Πολύ συχνά'];
    for (const [i, code] of ['never', 'almost_never', 'sometimes', 'fairly_often', 'very_often'].entries()) await form.getByLabel(`Answer label ${i + 1} (${code})`).fill(anchors[i]);
    await form.getByLabel('Paste the wording').fill('1. Πόσο συχνά νιώσατε ότι δεν μπορούσατε να ελέγξετε σημαντικά πράγματα;\n2. Πόσο συχνά νιώσατε σιγουριά για την ικανότητά σας;\n3. Πόσο συχνά νιώσατε ότι τα πράγματα πήγαιναν όπως θέλατε;');
    assert.equal(await form.getByLabel('Item 2 (pss4_2)').inputValue(), 'Πόσο συχνά νιώσατε σιγουριά για την ικανότητά σας;');
    await form.getByRole('button', { name: 'Load the wording' }).click();
    const blank = form.getByLabel('Item 4 (pss4_4)');
    await eventually(async () => assert.equal(await blank.getAttribute('aria-invalid'), 'true'));
    await form.getByRole('alert').getByText('Not saved: see the fields marked above.').waitFor();
    assert.notEqual(await form.getByLabel('Item 1 (pss4_1)').getAttribute('aria-invalid'), 'true');
    await axe(page, 'instrument wording refused');
    await blank.fill('Πόσο συχνά νιώσατε ότι οι δυσκολίες συσσωρεύονταν τόσο που δεν μπορούσατε να τις ξεπεράσετε;');
    await form.getByRole('button', { name: 'Load the wording' }).click();
    await form.getByTestId('wording-saved').getByText('4 items of Perceived Stress Scale (4 items) loaded in Ελληνικά.').waitFor();
    await pss4.getByRole('cell').nth(4).getByText('Loaded', { exact: true }).waitFor();
    const { evaluationInstruments } = await gql(platform.url, `{ evaluationInstruments { code textLocales } }`, {}, researcher);
    assert.ok(evaluationInstruments.find((i) => i.code === 'PSS4').textLocales.includes('el'));
    await axe(page, 'instrument wording loaded');
    await shot(page, 'console-09-instrument-wording');

    // The desk in Danish shows no English string.
    await context.addInitScript(() => localStorage.setItem('m4pris.locale', 'da'));
    await page.reload();
    const da = messages('da');
    await page.getByRole('heading', { name: da['research.title'], level: 1 }).waitFor();
    await page.getByTestId('cell-suppressed').first().getByText(da['research.suppressed']).waitFor();
    await page.getByRole('region', { name: da['research.wording.title'] }).locator('[data-instrument="PSS4"]').getByText(da['research.wording.loaded'], { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    const text = await page.evaluate(() => document.body.innerText);
    const found = [...new Set(englishOnly('da').filter((s) => text.includes(s)))];
    assert.deepEqual(found, [], 'English text on the Danish research desk');
    await axe(page, 'research desk (da)');
    await context.close();
  });
});
