// The tenant administrator's area of the console in Chromium (playwright-core driving Debian's
// Chromium), against the built standalone platform seeded through the API (`seedDuo`: a tenant,
// its administrator, an institution, three staff): staff list, CSV import (a file that fails with
// row errors, then one that succeeds), invitations, roles (the API's refusal of a self-grant) and the
// audit log; axe on every admin page; a Danish run of the import page finds no English string.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { gql, seedDuo } from './seed.mjs';
import { eventually } from './console-seed.mjs';
import { axe, CHROMIUM, englishOnly, FLAGS, messages, shot } from './browser.mjs';

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const ADMIN = 'tenant-admin@web.test';
const HEADER = 'first_name,last_name,email,position,supervises_others,hired_on,joined_institution_on,previous_institution_kind,institution,unit,shift_pattern,shift_offset_days,languages,line_manager_email';
// Line 2: a date that does not exist and an unknown institution; line 3: no e-mail address.
const BAD = [HEADER, 'Ingrid,Imported,ingrid@web.test,Prison officer,no,2025-02-30,2025-03-01,,Nowhere,,,,da,', 'Ole,Olsen,,Prison officer,yes,2024-01-10,2024-01-10,,Vestre,,,,da;en,'].join('\n');
const GOOD = [HEADER, 'Ingrid,Imported,ingrid@web.test,Prison officer,no,2025-02-28,2025-03-01,,Vestre,,,,da,', 'Ole,Olsen,ole@web.test,Prison officer,yes,2024-01-10,2024-01-10,,Vestre,,,,da;en,'].join('\n');
const csvFile = (text) => ({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

describe('the tenant administrator’s setup in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let browser;

  before(async () => {
    platform = await startStandalone();
    seed = await seedDuo(platform);
    // Two shift patterns for the rota preview: 4 on (2 days, 2 nights) 4 off, and weekdays 08–16.
    const pattern = `mutation($i: CreateShiftPatternInput!) { createShiftPattern(input: $i) { id } }`;
    const token = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: ADMIN, password: seed.password } })).login.accessToken;
    const shifts4 = [{ day: 0, start: '07:00', hours: 12 }, { day: 1, start: '07:00', hours: 12 }, { day: 2, start: '19:00', hours: 12 }, { day: 3, start: '19:00', hours: 12 }];
    await gql(platform.url, pattern, { i: { name: 'Four on four off', cycleDays: 8, shifts: shifts4 } }, token);
    // A second policy version of the seeded programme: the duration changes from the blueprint's.
    const programmeId = (await gql(platform.url, `query { programmes { items { id } } }`, {}, token)).programmes.items[0].id;
    await gql(platform.url, `mutation($id: ID!, $p: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $id, policy: $p) { policyVersion } }`, { id: programmeId, p: { mentorTrainingRequired: false, durationMonths: 11 } }, token);
    await gql(platform.url, pattern, { i: { name: 'Weekdays', cycleDays: 7, shifts: [0, 1, 2, 3, 4].map((day) => ({ day, start: '08:00', hours: 8 })) } }, token);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });

  async function adminToken() {
    return (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: ADMIN, password: seed.password } })).login.accessToken;
  }

  /** The tenant admin has no staff record: signing in leads straight to the administration area. */
  async function signIn(locale) {
    const context = await browser.newContext(DESKTOP);
    if (locale) await context.addInitScript((l) => localStorage.setItem('m4pris.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.locator('input[type=email], input[name=email]').first().fill(ADMIN);
    await page.locator('input[type=password]').first().fill(seed.password);
    await page.locator('button[type=submit]').click();
    await page.waitForURL('**/console/admin/staff');
    return { context, page };
  }

  async function checkFile(page, text) {
    await page.locator('input[type=file]').setInputFiles(csvFile(text));
    await page.getByRole('button', { name: messages(await page.evaluate(() => document.documentElement.lang))['admin.import.check'] }).click();
  }

  it('imports a CSV that first fails with row errors and then succeeds, invites a person, refuses a self-grant, and passes axe on every page', async () => {
    const { context, page } = await signIn();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await eventually(async () => assert.equal(await page.getByTestId('staff-row').count(), 3));
    await axe(page, 'staff');
    await shot(page, 'admin-01-staff');

    // The dry run lists every problem with its line and column; nothing is imported.
    await page.getByRole('link', { name: 'Import staff' }).click();
    await page.getByRole('heading', { name: 'Import staff from a CSV file', level: 1 }).waitFor();
    await axe(page, 'import');
    await checkFile(page, BAD);
    await page.getByTestId('import-invalid').waitFor();
    const errors = page.getByTestId('import-error');
    const seen = await errors.evaluateAll((rows) => rows.map((r) => `${r.dataset.line}:${r.dataset.field}`));
    assert.deepEqual(seen.sort(), ['2:hired_on', '2:institution', '3:email']);
    // Each problem shows its line (the row group's header) and column with the API's message.
    const table = await page.getByRole('table', { name: 'Problems in the file, by line' }).innerText();
    for (const s of ['Line 2', 'Line 3', 'hired_on', 'institution', 'email', 'Unknown institution "Nowhere".', 'hired_on must be a date as YYYY-MM-DD.']) assert.ok(table.includes(s), `the error table shows ${s}`);
    assert.equal(await page.getByRole('button', { name: /^Import \d+ people$/ }).isDisabled(), true, 'no import before a clean dry run');
    await axe(page, 'import with row errors');
    await shot(page, 'admin-02-import-errors');

    // The corrected file checks clean and is imported, with the progress indicator while it works.
    await page.evaluate(() => {
      window.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-progress"]')) window.__sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await checkFile(page, GOOD);
    await page.getByTestId('import-valid').getByText('2 people can be imported').waitFor();
    await page.getByRole('button', { name: 'Import 2 people' }).click();
    await page.getByTestId('import-done').getByText('2 people imported.').waitFor();
    assert.equal(await page.evaluate(() => window.__sawProgress), true, 'the progress indicator was shown while importing');
    await axe(page, 'import done');

    // The staff list finds the imported person by search.
    await page.getByRole('link', { name: 'Go to the staff list' }).click();
    await page.getByRole('searchbox', { name: 'Search staff' }).fill('ingrid');
    await eventually(async () => {
      const rows = page.getByTestId('staff-row');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /Ingrid Imported[\s\S]*ingrid@web\.test[\s\S]*Not invited/i);
    });

    // Invitations: Ingrid is not invited yet; send one, and she is pending.
    await page.getByRole('link', { name: 'Invitations' }).click();
    await page.getByRole('heading', { name: 'Invitations', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Find someone not yet invited' }).fill('Ingrid');
    await axe(page, 'invitations');
    await page.getByRole('button', { name: 'Send invitation to Ingrid Imported' }).click();
    await page.getByTestId('invitation-sent').getByText('Invitation sent to ingrid@web.test').waitFor();
    const pending = page.getByTestId('pending-row').filter({ hasText: 'Ingrid Imported' });
    await pending.waitFor();
    await pending.getByRole('button', { name: 'Send again to Ingrid Imported' }).click();
    await page.getByTestId('invitation-sent').waitFor();
    assert.equal(await page.getByTestId('pending-row').filter({ hasText: 'Ingrid Imported' }).count(), 1, 'still one pending invitation after a resend');
    await axe(page, 'invitations with a pending one');
    await shot(page, 'admin-03-invitations');

    // Roles: the list shows the coordinator; a role for oneself is refused with the API's message.
    await page.getByRole('link', { name: 'Roles and scopes' }).click();
    await page.getByRole('heading', { name: 'Roles and scopes', level: 1 }).waitFor();
    await page.getByTestId('role-row').filter({ hasText: 'Carla Coordinator' }).getByText('Coordinator', { exact: true }).waitFor();
    await axe(page, 'roles');
    await page.getByLabel('Person', { exact: true }).first().click();
    await page.getByRole('option', { name: ADMIN }).click();
    await page.getByRole('button', { name: 'Give the role' }).click();
    await page.getByRole('alert').getByText('Nobody can grant a role to themselves; another administrator must do it.').waitFor();
    await axe(page, 'roles with the refusal');
    await shot(page, 'admin-04-roles');

    // Audit log: the import and the invitations are there; filtering by area keeps only that area.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByTestId('audit-row').first().waitFor();
    await axe(page, 'audit log');
    await page.getByLabel('Area', { exact: true }).first().click();
    await page.getByRole('option', { name: 'People and accounts' }).click();
    await eventually(async () => {
      const areas = await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.children[1].textContent));
      assert.ok(areas.length > 0);
      assert.deepEqual([...new Set(areas)], ['People and accounts']);
    });
    await shot(page, 'admin-05-audit');

    // Rota preview: one pattern's cycle as days × hours, then the overlap with a second one.
    await page.getByRole('link', { name: 'Shift patterns' }).click();
    await page.getByRole('heading', { name: 'Shift patterns and rota preview', level: 1 }).waitFor();
    await page.getByLabel('Shift pattern', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Four on four off (8 days)' }).click();
    await page.getByTestId('rota-summary').getByText('48 hours on shift over 8 days.').waitFor();
    await axe(page, 'rota preview');
    await page.getByLabel('Compare with', { exact: true }).first().click();
    await page.getByRole('option', { name: 'Weekdays (7 days)' }).click();
    // Over 28 days (the cycles line up after 56; the preview stops at 28) the two overlap on the 4-on-4-off's weekday day shifts.
    await page.getByTestId('rota-summary').getByText(/^Both on shift for \d+ hours over 28 days\.$/).waitFor();
    assert.ok((await page.locator('[data-on="both"]').count()) > 0, 'the overlap is drawn');
    await axe(page, 'rota preview with the overlap');
    await shot(page, 'admin-06-rota');

    // Policy versions: the latest against the one before it, by setting.
    await page.getByRole('link', { name: 'Policy versions' }).click();
    await page.getByRole('heading', { name: 'Programme policy versions', level: 1 }).waitFor();
    const change = page.getByTestId('policy-change').filter({ has: page.getByRole('rowheader', { name: 'Duration (months)' }) });
    await change.getByText('11').waitFor();
    await axe(page, 'policy versions');
    await shot(page, 'admin-07-policy');
    await context.close();
  });

  /** The API's message under a form field (Mantine ties it to the input with aria-describedby); '' when none. */
  async function fieldError(page, label) {
    const input = page.getByLabel(label, { exact: true });
    if ((await input.getAttribute('aria-invalid')) !== 'true') return '';
    const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    return ids.length ? (await page.locator(`[id="${ids[0]}"]`).innerText()).trim() : '';
  }

  it('edits the policy: the API\'s refusals under their fields, then a new version compared with the one before', async () => {
    const { context, page } = await signIn();
    await page.getByRole('link', { name: 'Policy versions' }).click();
    await page.getByRole('heading', { name: 'Programme policy versions', level: 1 }).waitFor();
    const editor = page.getByRole('form', { name: 'Change the policy' });
    await editor.waitFor();
    // The form starts from the newest version (version 2: 11 months, mentor training not required).
    assert.equal(await editor.getByLabel('Duration (months)', { exact: true }).inputValue(), '11');
    assert.equal(await editor.getByLabel('Mentor training required', { exact: true }).isChecked(), false);
    const token = await adminToken();
    const version = async () => (await gql(platform.url, `query { programmes { items { policyVersion } } }`, {}, token)).programmes.items[0].policyVersion;
    const before = await version();
    const languages = await editor.getByLabel('Languages', { exact: true }).inputValue();

    // Two fields the API refuses at once: each shows its own message; nothing is saved.
    await editor.getByLabel('Mentees per mentor', { exact: true }).fill('0');
    await editor.getByLabel('Languages', { exact: true }).fill('da, Danish!');
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await eventually(async () => assert.match(await fieldError(page, 'Mentees per mentor'), /\S/));
    assert.match(await fieldError(page, 'Languages'), /\S/);
    assert.equal(await fieldError(page, 'Duration (months)'), '');
    await axe(page, 'policy editor with refusals');
    await shot(page, 'admin-08-policy-refused');
    // A rule between two fields (inactive after at least the meeting interval), under the field it names.
    await editor.getByLabel('Mentees per mentor', { exact: true }).fill('2');
    await editor.getByLabel('Languages', { exact: true }).fill(languages);
    await editor.getByLabel('Meet every (days)', { exact: true }).fill('14');
    await editor.getByLabel('Inactive after (days)', { exact: true }).fill('7');
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await eventually(async () => assert.match(await fieldError(page, 'Inactive after (days)'), /meetingCadenceDays|interval|cadence/i));
    assert.equal(await version(), before, 'a refused policy makes no version');

    // Fixed, with two real changes: saved as the next version, compared with the one before.
    await editor.getByLabel('Inactive after (days)', { exact: true }).fill('28');
    await editor.getByLabel('Duration (months)', { exact: true }).fill('9');
    const text = 'What you say stays in the duo, except a risk to safety or a crime.';
    await editor.getByLabel('Limits of confidentiality', { exact: true }).fill(text);
    await editor.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByTestId('policy-saved').getByText(`Saved as version ${before + 1}.`).waitFor();
    assert.equal(await version(), before + 1);
    await page.getByTestId('policy-summary').getByText(`settings changed from version ${before} to version ${before + 1}.`).waitFor();
    const rows = page.getByTestId('policy-change');
    const paths = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-path')));
    // Languages were typed back as they were, the capacity too: only what really changed is listed.
    assert.deepEqual(paths.sort(), ['confidentialityText', 'durationMonths']);
    const duration = rows.filter({ has: page.getByRole('rowheader', { name: 'Duration (months)' }) });
    assert.deepEqual((await duration.locator('td').allInnerTexts()).map((s) => s.trim()), ['11', '9']);
    await rows.filter({ has: page.getByRole('rowheader', { name: 'Limits of confidentiality' }) }).getByText(text).waitFor();
    // The form now starts from the new version.
    assert.equal(await editor.getByLabel('Duration (months)', { exact: true }).inputValue(), '9');
    await axe(page, 'policy editor after saving');
    await shot(page, 'admin-09-policy-saved');
    await context.close();
  });

  it('imports 1,500 rows with a determinate progress bar fed by polling the server-side job', async () => {
    const { context, page } = await signIn();
    const polls = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && (r.postData() ?? '').includes('StaffImportJobProgress')) polls.push(Date.now());
    });
    await page.goto(`${platform.url}/console/admin/import`);
    await page.getByRole('heading', { name: 'Import staff from a CSV file', level: 1 }).waitFor();
    const total = 1500;
    const big = [HEADER, ...Array.from({ length: total }, (_, i) => `Bulk${i},Person,bulk${i}@web.test,Prison officer,no,2025-02-28,2025-03-01,,Vestre,,,,da,`)].join('\n');
    await checkFile(page, big);
    await page.getByTestId('import-valid').getByText('1,500 people can be imported').waitFor();
    // Every value the bar takes, as the page renders it.
    await page.evaluate(() => {
      window.__values = [];
      window.__texts = [];
      const record = () => {
        const bar = document.querySelector('[data-testid="import-progress-bar"] [role="progressbar"]');
        if (bar) window.__values.push(Number(bar.getAttribute('aria-valuenow')));
        const text = document.querySelector('[data-testid="import-progress-text"]');
        if (text) window.__texts.push(text.textContent);
      };
      new MutationObserver(record).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Import 1,500 people' }).click();
    await page.getByTestId('import-progress-bar').waitFor();
    await axe(page, 'import in progress');
    await page.getByTestId('import-done').getByText('1,500 people imported.').waitFor({ timeout: 60_000 });
    const values = await page.evaluate(() => window.__values);
    const texts = await page.evaluate(() => window.__texts);
    assert.ok(values.length > 0, 'the progress bar was shown');
    assert.deepEqual(values, [...values].sort((a, b) => a - b), 'progress only grows');
    assert.ok(polls.length > 1, `the page polled the job more than once (${polls.length})`);
    const between = values.filter((v) => v > 0 && v < 100);
    assert.ok(between.length > 0, `the bar went through a value strictly between 0 and 100 (saw ${[...new Set(values)].join(', ')})`);
    assert.ok(texts.some((t) => /^\d[\d,]* of 1,?500 imported$/.test(t ?? '')), `"N of M" was shown (saw ${[...new Set(texts)].slice(0, 5).join(' | ')})`);
    const token = await adminToken();
    const found = await gql(platform.url, `query { staff(filter: { search: "bulk1499@web.test" }) { total } }`, {}, token);
    assert.equal(found.staff.total, 1);
    await context.close();
  });

  it('in Danish, the import page with its row errors shows no English string', async () => {
    const { context, page } = await signIn('da');
    const da = messages('da');
    await page.goto(`${platform.url}/console/admin/import`);
    await page.getByRole('heading', { name: da['admin.import.title'], level: 1 }).waitFor();
    await checkFile(page, BAD.replace('ingrid@web.test', 'ingrid2@web.test'));
    await page.getByTestId('import-invalid').waitFor();
    // The API's messages come in Danish too.
    await page.getByText('Ukendt institution "Nowhere".').waitFor();
    await page.waitForLoadState('networkidle');
    const text = await page.evaluate(() => document.body.innerText);
    const found = [...new Set(englishOnly('da').filter((s) => text.includes(s)))];
    assert.deepEqual(found, [], 'English text on the Danish import page');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    await axe(page, 'import (da)');
    await shot(page, 'admin-06-import-da');
    await context.close();
  });
});
