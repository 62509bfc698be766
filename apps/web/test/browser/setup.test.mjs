// The tenant administrator's setup in Chromium (playwright-core driving Debian's Chromium), against
// the built standalone platform seeded through the API (`seedDuo`: a tenant, its administrator, the
// institution Vestre): institutions and units (a refusal shown by its field, create, add a unit,
// edit, all still there after a reload; a unit renamed, a unit someone is in refused removal with
// the API's reason, an empty one removed), a new shift pattern with its live rota preview, edited
// (the preview and then the rota follow), refused removal while someone works it, removed; consent
// texts (publish a Danish text twice: versions 1 and 2, the newest current), the e-mail settings
// (the API's refusal of an empty window by both fields, then saved); axe on every new page; a Greek
// run of the institutions page finds no English string.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startStandalone } from './platform.mjs';
import { gql, seedDuo } from './seed.mjs';
import { eventually } from './console-seed.mjs';
import { axe, CHROMIUM, englishOnly, FLAGS, messages, shot } from './browser.mjs';

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const ADMIN = 'tenant-admin@web.test';

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

describe('the tenant administrator sets up institutions, shift patterns, consent texts and e-mail in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let seed;
  let browser;

  before(async () => {
    platform = await startStandalone();
    seed = await seedDuo(platform);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });

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

  it('creates an institution and a unit, types a shift pattern with its preview, publishes a Danish consent text, sets the sending window; axe on each page', async () => {
    const { context, page } = await signIn();

    // Institutions: the seeded one with its kind as a label.
    await page.getByRole('link', { name: 'Institutions and units' }).click();
    await page.getByRole('heading', { name: 'Institutions and units', level: 1 }).waitFor();
    const vestre = page.getByTestId('institution').filter({ has: page.getByRole('heading', { name: 'Vestre' }) });
    await vestre.getByTestId('institution-kind').getByText('Adult prison').waitFor();
    await axe(page, 'institutions');

    // The API refuses a one-letter name: its message is shown by the name field.
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('X');
    await page.getByRole('textbox', { name: 'Region', exact: true }).fill('East');
    await page.getByLabel(/^Kind of institution/).first().click();
    await page.getByRole('option', { name: 'Remand prison' }).click();
    await page.getByRole('button', { name: 'Create institution' }).click();
    await eventually(async () => assert.equal(await name.getAttribute('aria-invalid'), 'true'));
    const described = await name.getAttribute('aria-describedby');
    assert.ok(described, 'the name field is described by its error');
    const fieldError = await page.locator(described.split(' ').map((id) => `[id="${id}"]`).join(', ')).allInnerTexts();
    assert.ok(fieldError.some((s) => /name/i.test(s)), `the API's message is by the name field (${fieldError})`);
    await page.getByRole('alert').getByText('Not saved: see the fields marked above.').waitFor();
    await axe(page, 'institutions with a refusal');

    await name.fill('Horsens Arrest');
    await page.getByRole('button', { name: 'Create institution' }).click();
    await page.getByTestId('institution-created').getByText('Horsens Arrest created.').waitFor();
    const horsens = page.getByTestId('institution').filter({ has: page.getByRole('heading', { name: 'Horsens Arrest' }) });
    await horsens.getByRole('textbox', { name: 'New unit in Horsens Arrest' }).fill('Wing A');
    await horsens.getByRole('button', { name: 'Add unit' }).click();
    await horsens.getByTestId('unit').getByText('Wing A').waitFor();
    // Edit the seeded institution: another region.
    await vestre.getByRole('button', { name: 'Edit Vestre' }).click();
    await vestre.getByRole('textbox', { name: 'Region', exact: true }).fill('West');
    await vestre.getByRole('button', { name: 'Save changes' }).click();
    await vestre.getByText('Region: West').waitFor();
    await shot(page, 'setup-01-institutions');

    await page.reload();
    await page.getByRole('heading', { name: 'Institutions and units', level: 1 }).waitFor();
    await horsens.getByTestId('institution-kind').getByText('Remand prison').waitFor();
    assert.deepEqual(await horsens.getByTestId('unit-name').allInnerTexts(), ['Wing A']);
    await horsens.getByText('Region: East').waitFor();
    await vestre.getByText('Region: West').waitFor();
    await axe(page, 'institutions after a reload');

    // Units renamed and removed. A unit someone is in cannot be removed: the API's reason is shown by it.
    const tenantAdmin = (await gql(platform.url, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: ADMIN, password: seed.password } })).login.accessToken;
    await horsens.getByRole('button', { name: 'Rename unit Wing A' }).click();
    await horsens.getByRole('textbox', { name: 'New name of Wing A' }).fill('Wing North');
    await horsens.getByRole('button', { name: 'Save the name' }).click();
    await eventually(async () => assert.deepEqual(await horsens.getByTestId('unit-name').allInnerTexts(), ['Wing North']));
    await vestre.getByRole('textbox', { name: 'New unit in Vestre' }).fill('Wing C');
    await vestre.getByRole('button', { name: 'Add unit' }).click();
    await vestre.getByTestId('unit-name').getByText('Wing C').waitFor();
    const { institutions } = await gql(platform.url, `{ institutions { items { name units { id name } } } }`, {}, tenantAdmin);
    const wingC = institutions.items.find((x) => x.name === 'Vestre').units.find((u) => u.name === 'Wing C').id;
    await gql(platform.url, `mutation($i: UpdateStaffInput!) { updateStaff(input: $i) { id } }`, { i: { id: seed.staff.mentee, unitId: wingC } }, tenantAdmin);
    await vestre.getByRole('button', { name: 'Remove unit Wing C' }).click();
    await vestre.getByRole('button', { name: 'Yes, remove Wing C' }).click();
    await vestre.getByRole('alert').getByText('1 staff member(s) are still in this unit; move them to another unit first.').waitFor();
    await axe(page, 'institutions with a unit removal refused');
    await vestre.getByRole('button', { name: 'Cancel' }).click();
    await horsens.getByRole('button', { name: 'Remove unit Wing North' }).click();
    await horsens.getByRole('button', { name: 'Yes, remove Wing North' }).click();
    await horsens.getByTestId('unit-removed').getByText('Wing North removed.').waitFor();
    await horsens.getByText('No units yet.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Institutions and units', level: 1 }).waitFor();
    await horsens.getByText('No units yet.').waitFor();
    assert.deepEqual(await vestre.getByTestId('unit-name').allInnerTexts(), ['Wing C']);
    await shot(page, 'setup-01b-units');

    // A shift pattern typed row by row, the preview following.
    await page.getByRole('link', { name: 'Shift patterns' }).click();
    await page.getByRole('heading', { name: 'Shift patterns and rota preview', level: 1 }).waitFor();
    await page.getByText('No shift patterns yet.').waitFor();
    const summary = page.getByTestId('draft-summary');
    await summary.getByText('8 hours on shift over 7 days.').waitFor();
    await page.getByRole('textbox', { name: 'Name of the pattern' }).fill('Two on two off');
    await page.getByRole('textbox', { name: 'Days in the cycle' }).fill('4');
    await summary.getByText('8 hours on shift over 4 days.').waitFor();
    await page.getByRole('button', { name: 'Add a shift' }).click();
    await page.getByLabel('Start of shift 2').fill('19:00');
    await page.getByRole('textbox', { name: 'Hours of shift 2' }).fill('12');
    await summary.getByText('20 hours on shift over 4 days.').waitFor();
    const grid = page.getByTestId('draft-grid');
    assert.equal(await grid.locator('tbody tr').count(), 4, 'four days in the preview');
    assert.equal(await grid.locator('[data-on]').count(), 20, 'twenty hours drawn');
    // The night shift of day 2 runs into day 3 until 07:00.
    assert.equal(await grid.locator('tbody tr').nth(2).locator('[data-on]').count(), 7);
    await axe(page, 'new shift pattern with its preview');
    await page.getByRole('button', { name: 'Create the pattern' }).click();
    await page.getByTestId('pattern-created').waitFor();
    await page.getByTestId('rota-summary').getByText('20 hours on shift over 4 days.').waitFor();
    await shot(page, 'setup-02-shift-pattern');

    // Edited: a shorter night shift; the form's preview follows the typing, then the rota once saved.
    await page.getByRole('button', { name: 'Edit Two on two off' }).click();
    const edit = page.getByTestId('edit-pattern');
    await edit.getByRole('heading', { name: 'Edit Two on two off' }).waitFor();
    assert.equal(await edit.getByRole('textbox', { name: 'Name of the pattern' }).inputValue(), 'Two on two off');
    assert.equal(await edit.getByLabel('Start of shift 2').inputValue(), '19:00');
    await edit.getByRole('textbox', { name: 'Name of the pattern' }).fill('Days and short nights');
    await edit.getByRole('textbox', { name: 'Hours of shift 2' }).fill('10');
    await edit.getByTestId('draft-summary').getByText('18 hours on shift over 4 days.').waitFor();
    await page.getByTestId('rota-summary').getByText('20 hours on shift over 4 days.').waitFor();
    await axe(page, 'shift pattern being edited');
    await edit.getByRole('button', { name: 'Save the pattern' }).click();
    await page.getByTestId('pattern-saved').getByText('Days and short nights saved: the preview above shows it.').waitFor();
    await page.getByTestId('rota-summary').getByText('18 hours on shift over 4 days.').waitFor();
    assert.equal(await page.getByTestId('rota-grid').locator('[data-on]').count(), 18, 'the rota draws the edited pattern');
    assert.equal(await edit.count(), 0, 'the edit form is closed');

    // Removal refused while someone works the pattern (the reason shown), then done once nobody does.
    const { shiftPatterns } = await gql(platform.url, `{ shiftPatterns { id name } }`, {}, tenantAdmin);
    const patternId = shiftPatterns.find((x) => x.name === 'Days and short nights').id;
    await gql(platform.url, `mutation($i: UpdateStaffInput!) { updateStaff(input: $i) { id } }`, { i: { id: seed.staff.mentor, shiftPatternId: patternId } }, tenantAdmin);
    await page.getByRole('button', { name: 'Remove Days and short nights' }).click();
    await page.getByRole('button', { name: 'Yes, remove Days and short nights' }).click();
    await page.getByRole('alert').getByText('1 staff member(s) still work this shift pattern; give them another pattern first.').waitFor();
    await axe(page, 'shift pattern removal refused');
    await gql(platform.url, `mutation($i: UpdateStaffInput!) { updateStaff(input: $i) { id } }`, { i: { id: seed.staff.mentor, shiftPatternId: null } }, tenantAdmin);
    await page.getByRole('button', { name: 'Yes, remove Days and short nights' }).click();
    await page.getByTestId('pattern-removed').getByText('Days and short nights removed.').waitFor();
    await page.getByText('No shift patterns yet.').waitFor();
    await shot(page, 'setup-02b-shift-pattern-edited');

    // Consent texts: a Danish text published twice; the newest version is the current one.
    await page.getByRole('link', { name: 'Consent texts' }).click();
    await page.getByRole('heading', { name: 'Consent texts', level: 1 }).waitFor();
    await page.getByText('No consent texts published yet.').waitFor();
    await axe(page, 'consent texts');
    // (The header has a language switch too: the form's own field.)
    const publish = page.getByRole('region', { name: 'Publish a new version' });
    await publish.getByLabel(/^Language/).click();
    await page.getByRole('option', { name: 'Dansk' }).click();
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill('Jeg giver samtykke til at deltage i mentorprogrammet.');
    await page.getByRole('button', { name: 'Publish version 1 in Dansk' }).click();
    await page.getByTestId('consent-published').getByText('Version 1 in Dansk published.').waitFor();
    await text.fill('Jeg giver samtykke til at deltage i mentorprogrammet, og jeg kan trække det tilbage.');
    await page.getByRole('button', { name: 'Publish version 2 in Dansk' }).click();
    await page.getByTestId('consent-published').getByText('Version 2 in Dansk published.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Consent texts', level: 1 }).waitFor();
    const rows = page.locator('[data-testid="consent-row"][data-purpose="programme.participation"][data-locale="da"]');
    await eventually(async () => assert.equal(await rows.count(), 2));
    assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.version)), ['2', '1']);
    await rows.first().getByText('Current').waitFor();
    assert.equal(await rows.nth(1).getByText('Current').count(), 0, 'version 1 is no longer current');
    assert.match(await rows.first().innerText(), /Dansk[\s\S]*Version 2[\s\S]*trække det tilbage/);
    // The next version is counted per language: 1 in English, 3 in Danish.
    await page.getByRole('button', { name: 'Publish version 1 in English' }).waitFor();
    await publish.getByLabel(/^Language/).click();
    await page.getByRole('option', { name: 'Dansk' }).click();
    await page.getByRole('button', { name: 'Publish version 3 in Dansk' }).waitFor();
    await axe(page, 'consent texts with two Danish versions');
    await shot(page, 'setup-03-consent');

    // E-mail settings: a window that closes before it opens is refused by both fields; then saved.
    await page.getByRole('link', { name: 'E-mail settings' }).click();
    await page.getByRole('heading', { name: 'E-mail settings', level: 1 }).waitFor();
    const opens = page.getByRole('textbox', { name: 'Opens at' });
    const closes = page.getByRole('textbox', { name: 'Closes at' });
    await eventually(async () => assert.match(await opens.inputValue(), /^\d\d:\d\d$/));
    await axe(page, 'e-mail settings');
    await opens.fill('21:00');
    await closes.fill('20:00');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(async () => {
      assert.equal(await opens.getAttribute('aria-invalid'), 'true');
      assert.equal(await closes.getAttribute('aria-invalid'), 'true');
    });
    await axe(page, 'e-mail settings with a refusal');
    await opens.fill('07:30');
    await page.getByRole('textbox', { name: 'Sender name' }).fill('Kriminalforsorgen');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByTestId('mail-saved').waitFor();
    await page.reload();
    await eventually(async () => assert.equal(await page.getByRole('textbox', { name: 'Sender name' }).inputValue(), 'Kriminalforsorgen'));
    assert.equal(await opens.inputValue(), '07:30');
    assert.equal(await closes.inputValue(), '20:00');
    await shot(page, 'setup-04-mail');
    await context.close();
  });

  it('in Greek, the institutions page shows no English string', async () => {
    const { context, page } = await signIn('el');
    const el = messages('el');
    await page.goto(`${platform.url}/console/admin/institutions`);
    await page.getByRole('heading', { name: el['setup.institutions.title'], level: 1 }).waitFor();
    await page.getByText(el['setup.kind.ADULT']).first().waitFor();
    await page.waitForLoadState('networkidle');
    const text = await page.evaluate(() => document.body.innerText);
    const found = [...new Set(englishOnly('el').filter((s) => text.includes(s)))];
    assert.deepEqual(found, [], 'English text on the Greek institutions page');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'el');
    await axe(page, 'institutions (el)');
    await shot(page, 'setup-05-institutions-el');
    await context.close();
  });
});
