// The platform administrator's area of the console in Chromium (playwright-core driving Debian's
// Chromium), against the built standalone platform on a fresh database with nothing seeded: the
// platform administrator (PLATFORM_ADMIN_PASSWORD, set by startStandalone) signs in, lands on the
// tenants, sees the API refuse a bad tenant code next to the field, creates a tenant with its
// modules and first administrator and finds it listed, changes its modules; the health page shows
// every module up; the outgoing mail lists the invitation to the new administrator, written in the
// tenant's language (Portuguese); a refused administrator address leaves no tenant; axe on the
// three pages; a Portuguese run of the tenants page finds no English string.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { waitForMail } from '@m4pris/testing';
import { startStandalone } from './platform.mjs';
import { eventually } from './console-seed.mjs';
import { axe, CHROMIUM, englishOnly, FLAGS, messages, shot } from './browser.mjs';

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const FIRST_ADMIN = 'first-admin@dgrsp.test';

if (!CHROMIUM && process.env.CI === 'true') {
  throw new Error('Chromium is missing (apt-get install -y chromium): the browser tests cannot run under CI=true');
}

describe('the platform administrator’s console in Chromium', { skip: CHROMIUM ? false : 'Chromium is not installed (apt-get install -y chromium)' }, () => {
  let platform;
  let browser;

  before(async () => {
    platform = await startStandalone();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });

  /** The platform administrator holds no tenant role: signing in leads straight to the tenants. */
  async function signIn(locale) {
    const context = await browser.newContext(DESKTOP);
    if (locale) await context.addInitScript((l) => localStorage.setItem('m4pris.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${platform.url}/sign-in`);
    await page.locator('input[type=email], input[name=email]').first().fill(platform.admin.email);
    await page.locator('input[type=password]').first().fill(platform.admin.password);
    await page.locator('button[type=submit]').click();
    await page.waitForURL('**/console/platform/tenants');
    return { context, page };
  }

  /** The message Mantine shows under a field (aria-describedby), or '' when the field is valid. */
  const fieldError = (input) =>
    input.evaluate((el) => (el.getAttribute('aria-invalid') === 'true' ? (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : ''));

  it('creates a tenant with its first administrator, changes its modules, reads health and outgoing mail, and passes axe', async () => {
    const { context, page } = await signIn();
    await page.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor();
    await axe(page, 'tenants (none yet)');

    // A code the API refuses: its message is shown under the code field, and nothing is created.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Direção-Geral de Reinserção e Serviços Prisionais');
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill('Not valid!');
    await page.getByRole('textbox', { name: 'Country', exact: true }).fill('pt');
    await page.getByRole('combobox', { name: 'Default language', exact: true }).selectOption('pt');
    await page.getByRole('textbox', { name: "First administrator's e-mail address", exact: true }).fill(FIRST_ADMIN);
    await page.getByRole('button', { name: 'Create the tenant and invite its administrator' }).click();
    await eventually(async () => assert.match(await fieldError(page.getByRole('textbox', { name: 'Code', exact: true })), /code/i));
    assert.equal(await fieldError(page.getByRole('textbox', { name: 'Name', exact: true })), '', 'only the refused field is marked');
    assert.equal(await page.getByTestId('tenant-row').count(), 0, 'no tenant was created');
    await axe(page, 'tenants with a refused field');

    // The code corrected, the administrator's address now refused by the API: shown by that field,
    // and the tenant is not created either (one createTenant: all or nothing).
    const adminEmail = page.getByRole('textbox', { name: "First administrator's e-mail address", exact: true });
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill('dgrsp');
    await adminEmail.fill('first-admin@');
    await page.getByRole('button', { name: 'Create the tenant and invite its administrator' }).click();
    await eventually(async () => assert.match(await fieldError(adminEmail), /e-?mail/i));
    assert.equal(await fieldError(page.getByRole('textbox', { name: 'Code', exact: true })), '', 'the code is no longer marked');
    assert.equal(await page.getByTestId('tenant-row').count(), 0, 'no tenant was created without its administrator');
    await axe(page, 'tenants with a refused administrator address');

    // Corrected: the tenant is created with three of the four optional modules, and its administrator invited.
    await adminEmail.fill(FIRST_ADMIN);
    await page.getByRole('checkbox', { name: 'Evaluation' }).uncheck();
    await page.getByRole('button', { name: 'Create the tenant and invite its administrator' }).click();
    await page.getByTestId('tenant-created').getByText(`an invitation is on its way to ${FIRST_ADMIN}`).waitFor();
    const row = page.getByTestId('tenant-row').filter({ hasText: 'dgrsp' });
    await row.waitFor();
    // textContent: the module badges are drawn in capitals (innerText would follow the CSS).
    const listed = await row.textContent();
    for (const s of ['Direção-Geral de Reinserção e Serviços Prisionais', 'Portugal', 'Português', 'Programmes', 'Matching', 'Training']) assert.ok(listed.includes(s), `the tenant row shows ${s}`);
    assert.ok(!listed.includes('Evaluation'), 'evaluation is not among its modules');
    await axe(page, 'tenants with one');
    await shot(page, 'platform-01-tenants');

    // Modules changed in a dialog: evaluation on, matching off.
    await row.getByRole('button', { name: 'Change modules of Direção-Geral de Reinserção e Serviços Prisionais' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Evaluation' }).check();
    await dialog.getByRole('checkbox', { name: 'Matching' }).uncheck();
    await axe(page, 'modules dialog');
    await dialog.getByRole('button', { name: 'Save the modules' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(async () => {
      const text = await row.textContent();
      assert.ok(text.includes('Evaluation') && !text.includes('Matching'), `modules after the change: ${text}`);
    });

    // Health: every module of the standalone platform answers.
    await page.getByRole('link', { name: 'Instance health' }).click();
    await page.getByRole('heading', { name: 'Instance health', level: 1 }).waitFor();
    await page.getByTestId('health-row').first().waitFor();
    const modules = await page.getByTestId('health-row').evaluateAll((rows) => rows.map((r) => `${r.dataset.module}:${r.dataset.status}`));
    for (const m of ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications']) assert.ok(modules.includes(`${m}:up`), `${m} is up (${modules.join(', ')})`);
    await page.getByTestId('health-overall').getByText('Everything is running.').waitFor();
    const before = await page.getByTestId('health-checked').innerText();
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Check now' }).click();
    await eventually(async () => assert.notEqual(await page.getByTestId('health-checked').innerText(), before, 'checked again on demand'));
    await axe(page, 'health');
    await shot(page, 'platform-02-health');

    // Outgoing mail: the invitation to the first administrator (the notifications module sends it a
    // moment later; without SMTP it is written as a file, the mailbox read here, and counts as sent).
    const { subject, headers } = await waitForMail(platform.mailDir, { to: FIRST_ADMIN, link: '/invitation' });
    // The administrator has chosen no language yet: the Portuguese tenant's default is used.
    assert.equal(subject, 'M4Pris: o seu convite');
    assert.equal(headers.get('content-language'), 'pt');
    await page.getByRole('link', { name: 'Outgoing mail' }).click();
    await page.getByRole('heading', { name: 'Outgoing mail', level: 1 }).waitFor();
    await eventually(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      const invitation = page.getByTestId('mail-row').filter({ hasText: FIRST_ADMIN }).filter({ hasText: subject });
      assert.match(await invitation.first().textContent({ timeout: 1000 }), /Sent\t?1/);
    }, 60);
    await axe(page, 'outgoing mail');
    await shot(page, 'platform-03-mail');
    await context.close();
  });

  it('in Portuguese, the tenants page shows no English string', async () => {
    const { context, page } = await signIn('pt');
    const pt = messages('pt');
    await page.getByRole('heading', { name: pt['platform.tenants.title'], level: 1 }).waitFor();
    await page.getByTestId('tenant-row').first().waitFor();
    // Everything on the page is drawn once the list has come (the pager's count is its last part).
    await page.getByText(pt['admin.paging.range'].replace('{from}', '1').replace('{to}', '1').replace('{total}', '1')).waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    const found = [...new Set(englishOnly('pt').filter((s) => text.includes(s)))];
    assert.deepEqual(found, [], 'English text on the Portuguese tenants page');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt');
    await axe(page, 'tenants (pt)');
    await context.close();
  });
});
