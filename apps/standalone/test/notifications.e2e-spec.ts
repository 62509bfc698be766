import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWithNats, parseMail } from '@m4pris/testing';
import { eventually, firstAdmin, ok } from './fixtures.js';
import { gql, startPlatform, type Mode, type TestPlatform } from './platform.js';

/**
 * The notifications module through the gateway: an invitation reaches the invitee as a mail (here the
 * .eml pickup directory, as on a first `npm start`), the link in it activates the account, and the
 * platform admin sees the mail by subject, recipient and status only.
 */
function journey(mode: Mode) {
  let p: TestPlatform;
  let adminToken: string;

  beforeAll(async () => {
    p = await startPlatform(mode, { modules: ['identity', 'notifications'] });
    adminToken = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin }))).login.accessToken as string;
  }, 120_000);
  afterAll(() => p?.close());

  it('invites a staff member by e-mail; the link in the mail activates the account; the admin list shows no link', async () => {
    const code = `n${Math.random().toString(36).slice(2, 7)}`;
    const tenantId = (await ok(gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code, name: `Tenant ${code}`, country: 'DK', defaultLocale: 'da', enabledModules: ['identity'] } }, adminToken))).createTenant.id as string;
    const institutionId = (await ok(gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId, name: 'EP', kind: 'ADULT', region: 'North' } }, adminToken))).createInstitution.id as string;
    const email = `karen@${code}.test`;
    const staffId = (await ok(gql(p.url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: { tenantId, firstName: 'Karen', lastName: 'Holm', email, position: 'Officer', supervisesOthers: false, hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', institutionId, languages: ['da'] },
    }, adminToken))).createStaff.id as string;
    // The tenant's own administrator invites (the platform admin gives only the first admin, issue 13).
    const tenantAdmin = await firstAdmin(p.url, adminToken, tenantId, `admin@${code}.test`);
    await ok(gql(p.url, `mutation($id: ID!) { inviteStaff(staffId: $id) { accountId } }`, { id: staffId }, tenantAdmin));

    // Read the mailbox as a person would: the .eml file under DATA_DIR/mail addressed to Karen (the
    // first admin's invitation is in the directory too).
    const file = await eventually(async () => {
      const files = (existsSync(p.mailDir) ? readdirSync(p.mailDir) : []).map((f) => join(p.mailDir, f)).filter((f) => readFileSync(f, 'utf8').includes(email));
      if (files.length !== 1) throw new Error(`expected one mail to ${email}, found ${files.length}`);
      return files[0]!;
    });
    const mail = await parseMail(readFileSync(file));
    expect(JSON.stringify(mail.to)).toContain(email);
    expect(mail.subject).toBe('M4Pris: din invitation');
    expect(mail.subject).not.toContain('Karen');
    const token = /\/invitation#token=([^\s"<]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();

    await ok(gql(p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token: decodeURIComponent(token!), password: 'a long enough password 1' } }));
    const staffToken = (await ok(gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password: 'a long enough password 1' } }))).login.accessToken as string;
    expect((await ok(gql(p.url, `query { unreadCount }`, {}, staffToken))).unreadCount).toBe(0);

    const list = await ok(gql(p.url, `query { outgoingMail { items { recipient subject status } } }`, {}, adminToken));
    const toKaren = (list.outgoingMail.items as { recipient: string }[]).filter((m) => m.recipient === email);
    expect(toKaren).toEqual([{ recipient: email, subject: 'M4Pris: din invitation', status: 'SENT' }]);
    expect(JSON.stringify(list)).not.toContain(decodeURIComponent(token!));
    const refused = await gql(p.url, `query { outgoingMail { items { subject } } }`, {}, staffToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, 120_000);
}

describe('notifications through the gateway, in-process', () => journey('in-process'));
describeWithNats('notifications through the gateway, over NATS', () => journey('nats'));
