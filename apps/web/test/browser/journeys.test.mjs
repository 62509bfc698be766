// Browser journeys: playwright-core driving Debian's Chromium (never a downloaded browser) against
// the built standalone platform, seeded through the API. Axe on every participant page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { CATALOGUES_BY_MODULE } from '@m4pris/platform-i18n';
import { axe, CHROMIUM, englishOnly, FLAGS, shot } from './browser.mjs';
import { gql, seedDuo, seedSurvey } from './seed.mjs';
import { mailedResetToken } from '@m4pris/testing';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
/** Runs in the page: the offline queue's entries (Chromium's real IndexedDB). */
async function readQueue() {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('m4pris-offline-queue')) return [];
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('m4pris-offline-queue');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  try {
    return await new Promise((resolve, reject) => {
      const r = db.transaction('outbox').objectStore('outbox').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  } finally {
    db.close();
  }
}

/** Runs in the page: puts an entry (back) into the offline queue. */
async function putInQueue(entry) {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('m4pris-offline-queue');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('outbox', 'readwrite');
    tx.objectStore('outbox').put(entry);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}


if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

describe('participant journeys in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let survey;
  let browser;

  before(async () => {
    platform = await startStandalone();
    seed = await seedDuo(platform);
    survey = await seedSurvey(platform, seed);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });


  async function signIn(page, shared = false) {
    await page.goto(`${platform.url}/`);
    await page.waitForURL('**/sign-in');
    await page.getByLabel('E-mail').fill(seed.emails.mentee);
    await page.getByLabel(/^Password/).fill(seed.password);
    if (shared) await page.getByRole('checkbox', { name: /shared computer/i }).check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/duo');
  }

  it('a mentee on a phone signs in, sees the duo, logs a meeting in three taps, and every page passes axe', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const offOrigin = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(platform.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) offOrigin.push(r.url());
    });
    await page.goto(`${platform.url}/`);
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, '01-sign-in');
    await axe(page, 'sign-in');
    await signIn(page);
    await page.getByRole('heading', { name: 'Your mentor' }).waitFor();
    await page.getByRole('heading', { name: 'Our agreement' }).waitFor();
    // The partner by name, and how to reach them.
    assert.equal(await page.getByTestId('partner-name').innerText(), `${seed.people.mentor.firstName} ${seed.people.mentor.lastName}`);
    assert.equal(await page.getByRole('link', { name: seed.emails.mentor }).getAttribute('href'), `mailto:${seed.emails.mentor}`);
    await page.getByText('Vestre', { exact: true }).waitFor();
    await page.getByText('Newcomers, cohort Autumn', { exact: true }).waitFor();
    await shot(page, '02-duo');
    await axe(page, 'duo');

    // Three taps: the day, the duration, the function (which sends it).
    // The duo started today: earlier days are not offered.
    assert.equal(await page.getByText('Yesterday', { exact: true }).count(), 0);
    await page.getByText('Today', { exact: true }).click();
    await page.getByText('45 min', { exact: true }).click();
    await page.getByRole('button', { name: 'Log: Learning the job' }).click();
    await page.getByText('Meeting logged.').waitFor();
    await page.getByTestId('meeting').first().waitFor();
    assert.equal(await page.getByTestId('meeting').count(), 1);
    const api = await gql(platform.url, `query($id: ID!) { meetings(relationshipId: $id) { durationMinutes functions } }`, { id: seed.duoId }, seed.tokens.mentor);
    assert.deepEqual(api.meetings, [{ durationMinutes: 45, functions: ['JOB_FAMILIARISATION'] }]);
    await shot(page, '03-meeting-logged');

    // Offline: the meeting is kept in IndexedDB with its idempotency key, and sent once back online.
    await context.setOffline(true);
    await page.getByText('Today', { exact: true }).click();
    await page.getByText('30 min', { exact: true }).click();
    await page.getByRole('button', { name: 'Log: Support and well-being' }).click();
    await page.getByText('Saved on this device; it will be sent when you are back online.').waitFor();
    const queued = await page.evaluate(readQueue);
    assert.equal(queued.length, 1);
    assert.match(queued[0].input.idempotencyKey, /^[0-9a-f-]{36}$/);
    assert.equal(queued[0].input.durationMinutes, 30);
    await shot(page, '03b-meeting-queued');
    await context.setOffline(false);
    await page.getByText('Sent.', { exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="meeting"]').length === 2);
    assert.deepEqual(await page.evaluate(readQueue), []);
    const meetings = async () => (await gql(platform.url, `query($id: ID!) { meetings(relationshipId: $id) { durationMinutes functions } }`, { id: seed.duoId }, seed.tokens.mentor)).meetings;
    assert.equal((await meetings()).filter((m) => m.durationMinutes === 30).length, 1);
    // Replaying the same entry (as a second tab or a lost answer would) on the next start adds nothing.
    await page.evaluate(putInQueue, queued[0]);
    await page.reload();
    await page.getByRole('heading', { name: 'Your mentor' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="queue-waiting"]'));
    for (let i = 0; i < 100 && (await page.evaluate(readQueue)).length > 0; i++) await page.waitForTimeout(100);
    assert.deepEqual(await page.evaluate(readQueue), [], 'the replayed entry was sent and removed');
    const after = await meetings();
    assert.equal(after.length, 2);
    assert.equal(after.filter((m) => m.durationMinutes === 30).length, 1);

    for (const [path, heading] of [
      ['/cohorts', 'Programmes open for applications'],
      ['/training', 'My training'],
      ['/surveys', 'My surveys'],
      ['/inbox', 'Inbox'],
      ['/my-data', 'My data'],
      ['/settings', 'Settings'],
    ]) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator(`a[href="${path}"]`).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await axe(page, path);
      await shot(page, `04${path.replace('/', '-')}`);
    }
    assert.deepEqual(offOrigin, [], 'the app loaded something from another origin');
    // Installable: a manifest, and a service worker that has taken control of the app shell.
    const manifest = await page.evaluate(() => fetch('/manifest.webmanifest').then((r) => r.json()));
    assert.equal(manifest.name, 'M4Pris');
    // PNG icons of 192 and 512 pixels, plain and maskable, all from this origin.
    for (const size of ['192x192', '512x512']) {
      for (const purpose of ['any', 'maskable']) {
        const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose && i.type === 'image/png');
        assert.ok(icon, `a ${purpose} PNG icon of ${size}`);
        assert.ok(icon.src.startsWith('/'), 'icons from this origin');
        const png = await page.evaluate(async (src) => {
          const r = await fetch(src);
          const bitmap = await createImageBitmap(await r.blob());
          return { type: r.headers.get('content-type'), width: bitmap.width, height: bitmap.height };
        }, icon.src);
        assert.deepEqual(png, { type: 'image/png', width: Number(size.split('x')[0]), height: Number(size.split('x')[0]) });
      }
    }
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null)), true);
    // Nothing personal in web storage: the language preference is the only key.
    const stored = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)));
    assert.deepEqual(stored.filter((k) => k !== 'm4pris.locale'), []);
    await context.close();
  });

  it('a mentee answers part of a survey, leaves, comes back to finish, and sees the scores with the support signpost', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${platform.url}/surveys`);
    await page.getByRole('heading', { name: 'My surveys', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(`**/surveys/${survey.invitationId}`);
    await page.getByRole('heading', { name: 'Before you start', level: 1 }).waitFor();
    const groups = page.getByRole('radiogroup');
    await groups.first().waitFor();
    assert.equal(await groups.count(), 5);
    // Two of five, then save and leave.
    for (const i of [0, 1]) await groups.nth(i).getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Save and continue later' }).click();
    await page.getByText('Your answers are saved.').waitFor();
    await axe(page, 'survey form');
    await shot(page, '06-survey-part');
    await page.goto(`${platform.url}/duo`);
    await page.getByRole('heading', { name: 'Your mentor' }).waitFor();
    // Back: the list offers to continue, and the two answers are still there.
    await page.goto(`${platform.url}/surveys`);
    await page.getByText('2 of 5 answered').waitFor();
    await page.getByRole('link', { name: 'Continue where I left off' }).click();
    await groups.first().waitFor();
    for (const i of [0, 1]) assert.equal(await groups.nth(i).getByRole('radio').nth(1).isChecked(), true);
    for (const i of [2, 3, 4]) await groups.nth(i).getByRole('radio').nth(0).check();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.waitForURL('**/surveys');
    // WHO-5 raw score 2 of 25: the signpost to support is shown to the respondent.
    await page.getByRole('heading', { name: 'My scores' }).waitFor();
    await page.getByText('Support is there for you').waitFor();
    await page.getByText('No survey is waiting for you.').waitFor();
    await shot(page, '07-survey-scores');
    await axe(page, 'surveys with scores');
    const { mySurveyScores } = await gql(platform.url, `{ mySurveyScores { score value signpost } }`, {}, seed.tokens.mentee);
    assert.deepEqual(mySurveyScores.find((s) => s.score === 'raw'), { score: 'raw', value: 2, signpost: true });
    await context.close();
  });

  it('the inbox lists notifications and marks them read; my data downloads the export as a JSON file', async () => {
    const context = await browser.newContext({ ...PHONE, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${platform.url}/inbox`);
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    // Accepted, then matched: the notifications module told the mentee twice.
    const { unreadCount } = await gql(platform.url, `{ unreadCount }`, {}, seed.tokens.mentee);
    assert.ok(unreadCount >= 2, `unread notifications: ${unreadCount}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    assert.equal(await page.getByTestId('unread-badge').innerText(), String(unreadCount));
    await page.getByRole('button', { name: 'Menu' }).click();
    assert.equal(await page.getByTestId('notification').count(), unreadCount);
    await shot(page, '08-inbox');
    await axe(page, 'inbox (unread)');
    await page.getByRole('button', { name: 'Mark all on this page as read' }).click();
    await page.getByRole('button', { name: 'Mark all on this page as read' }).waitFor({ state: 'detached' });
    assert.equal((await gql(platform.url, `{ unreadCount }`, {}, seed.tokens.mentee)).unreadCount, 0);
    await page.getByTestId('unread-badge').waitFor({ state: 'detached' });
    await axe(page, 'inbox');

    await page.goto(`${platform.url}/my-data`);
    await page.getByRole('heading', { name: 'My data', level: 1 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    assert.match(download.suggestedFilename(), /^m4pris-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(file.account.email, seed.emails.mentee);
    await page.getByText(`Downloaded as ${download.suggestedFilename()}.`).waitFor();
    await shot(page, '09-my-data');
    await axe(page, 'my data');
    await context.close();
  });

  it('in Danish, the duo page shows no English string', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${platform.url}/settings`);
    await page.getByLabel('Language').first().click();
    await page.getByRole('option', { name: 'Dansk' }).click();
    await page.getByRole('heading', { name: 'Indstillinger', level: 1 }).waitFor();
    await page.goto(`${platform.url}/duo`);
    await page.getByRole('heading', { name: 'Din mentor' }).waitFor();
    await page.getByRole('heading', { name: 'Vores aftale' }).waitFor();
    await shot(page, '05-duo-da');
    // The agreement's limits of confidentiality: the programme keeps the platform's wording (the
    // seeded policy has no text of its own), which the API writes in the reader's language.
    const confidentiality = page.getByTestId('confidentiality-text');
    await confidentiality.waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    // Every English message (its literal parts) that differs from the Danish one must be absent: the
    // app's own, and the programmes module's, whose texts the API puts on this page.
    const english = englishOnly('da', { platform: ['programmes'] });
    assert.ok(english.includes(CATALOGUES_BY_MODULE.programmes.en['policy.confidentialityText']), "the scan covers the platform's English wording");
    const found = english.filter((s) => text.includes(s));
    assert.deepEqual(found, [], 'English text on the Danish duo page');
    assert.equal(await confidentiality.innerText(), CATALOGUES_BY_MODULE.programmes.da['policy.confidentialityText']);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    await axe(page, 'duo (da)');
    await context.close();
  });

  it('shared-terminal mode leaves nothing in localStorage, sessionStorage or IndexedDB after sign-out', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await signIn(page, true);
    await page.getByText('Shared computer').waitFor();
    // Offline on a shared computer: nothing is kept, and the page says so.
    await page.getByRole('button', { name: 'Log: Learning the job' }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log: Learning the job' }).click();
    await page.getByText('You are offline. On a shared computer nothing is kept on the device').waitFor();
    assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    const left = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      idb: (await indexedDB.databases()).map((d) => d.name),
    }));
    assert.deepEqual(left, { local: [], session: [], idb: [] });
    // The refresh cookie is gone too: a reload stays signed out.
    await page.goto(`${platform.url}/duo`);
    await page.waitForURL('**/sign-in');
    // The e-mail field is not remembered.
    assert.equal(await page.getByLabel('E-mail').inputValue(), '');
    await context.close();
  });

  it('the refresh token is only in an httpOnly, Secure, SameSite=Strict cookie and a reload keeps the session', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page);
    const cookies = await context.cookies();
    const rt = cookies.find((c) => c.name === 'm4pris_rt');
    assert.ok(rt, 'refresh cookie set');
    assert.equal(rt.httpOnly, true);
    assert.equal(rt.secure, true);
    assert.equal(rt.sameSite, 'Strict');
    assert.equal(rt.path, '/auth');
    assert.equal(await page.evaluate(() => document.cookie), '');
    await page.reload();
    await page.getByRole('heading', { name: 'Your mentor' }).waitFor();
    await context.close();
  });

  it('a person who forgot the password asks for a link, reads it from the mail, sets a new password and signs in with it; both pages pass axe', async () => {
    const email = seed.emails.mentor;
    const newPassword = 'seven copper lanterns by the harbour';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL('**/forgot-password');
    await page.getByRole('heading', { name: 'Forgot your password' }).waitFor();
    await axe(page, 'forgot-password');
    const since = new Date();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If an account exists for this address').waitFor();
    // The link is in the mail the platform wrote to its mail directory (no SMTP_URL), as the person would read it.
    const token = await mailedResetToken(platform.mailDir, email, since);
    await page.goto(`${platform.url}/reset-password#token=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await axe(page, 'reset-password');
    // A guessable password: the strength rule, in the reader's language.
    await page.getByLabel(/^New password/).fill('password1234');
    await page.getByLabel(/^Repeat the password/).fill('password1234');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('This password is too easy to guess').waitFor();
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Repeat the password/).fill(newPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByText('Your password has been changed').waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Password/).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await context.close();
    // The seed's password again, for the other journeys (through the API, as the person).
    const signedIn = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email, password: newPassword } })).login.accessToken;
    await gql(platform.url, `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`, { i: { currentPassword: newPassword, newPassword: seed.password } }, signedIn);
  });
});
