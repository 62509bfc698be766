import pg from 'pg';
import type { ParsedMail } from 'mailparser';
import { mailedInvitationToken, mailedResetToken, mailTo, startSmtpSink, waitForMail, type SmtpSink } from '@m4pris/testing';
import { firstAdmin, inviteAndActivate, ok } from './fixtures.js';
import { codeOf, gql, startPlatform, type GqlResult, type TestPlatform } from './platform.js';

/**
 * The identity flows that need mail, through the gateway, with a real SMTP server in the test
 * process (smtp-server; what arrives is read with mailparser): forgotten password, invitations that
 * reach only the invitee, role grants told to the grantee and the data-protection contact, a
 * disabled account told. (The 30-minute expiry is moved by an injected clock in identity's
 * password-reset.int-spec.ts; nothing here sleeps.)
 */
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $pw: String!) { resetPassword(token: $token, newPassword: $pw) }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const PASSWORD = 'a long enough password 1';
const NEW_PASSWORD = 'lantern harbour under falling snow';
const reasonOf = (r: GqlResult) => (r.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason;

async function sql<T extends object>(databaseUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('identity flows that need mail, with a real SMTP server', () => {
  let smtp: SmtpSink;
  let p: TestPlatform;
  let admin: string;
  let tenantId: string;
  let tenantAdmin: string;
  const email = 'mette.mail@mail-e2e.test';
  let staffToken: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // A long sign-in delay, so the throttling check does not depend on how fast this machine is.
    p = await startPlatform('in-process', { modules: ['identity', 'notifications'], smtp, settings: { identity: { LOGIN_DELAY_BASE_SECONDS: 300 } } });
    admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    tenantId = (await ok(gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, {
      input: { code: 'mail-e2e', name: 'Mail tenant', country: 'DK', defaultLocale: 'da', enabledModules: ['identity'], dataProtectionContactEmail: 'dpo@mail-e2e.test' },
    }, admin))).createTenant.id as string;
    tenantAdmin = await firstAdmin(p.url, admin, tenantId, 'admin@mail-e2e.test');
    const institutionId = (await ok(gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { name: 'Vestre', kind: 'ADULT', region: 'North' } }, tenantAdmin))).createInstitution.id as string;
    const staffId = (await ok(gql(p.url, `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: { firstName: 'Mette', lastName: 'Mailsen', email, position: 'Officer', supervisesOthers: false, hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', institutionId, languages: ['da'] },
    }, tenantAdmin))).createStaff.id as string;
    staffToken = (await inviteAndActivate(p.url, tenantAdmin, { staffId, email })).accessToken;
  }, 120_000);
  afterAll(async () => {
    await p?.close();
    await smtp?.close();
  });

  it('forgotten password: the link of the mail sets a new password once, and every earlier session ends at once', async () => {
    const since = new Date();
    expect((await ok(gql(p.url, REQUEST, { email: 'Mette.Mail@mail-e2e.test' }))).requestPasswordReset).toBe(true);
    const mail = await waitForMail(smtp, { to: email, link: '/reset-password', since });
    expect(mail.subject).toBe('M4Pris: din log-ind');
    expect(mail.headers.get('content-language')).toBe('da');
    expect(mail.html).toMatch(/href="http:\/\/localhost:3000\/reset-password#token=[^"]+"/);
    const token = await mailedResetToken(smtp, email, since);

    expect((await ok(gql(p.url, RESET, { token, pw: NEW_PASSWORD }))).resetPassword).toBe(true);
    // The access token issued before the reset is refused from the next request on.
    expect(codeOf(await gql(p.url, `query { me { email } }`, {}, staffToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    staffToken = (await ok(gql(p.url, LOGIN, { input: { email, password: NEW_PASSWORD } }))).login.accessToken as string;
    expect((await ok(gql(p.url, `query { me { email } }`, {}, staffToken))).me.email).toBe(email);

    // Single use: the same link again, or a made-up one, is one typed error that does not say which.
    const again = await gql(p.url, RESET, { token, pw: 'another harbour lantern at dusk' });
    const madeUp = await gql(p.url, RESET, { token: 'A'.repeat(43), pw: 'another harbour lantern at dusk' });
    expect([codeOf(again), reasonOf(again)]).toEqual(['BAD_USER_INPUT', 'identity.RESET_TOKEN_INVALID']);
    expect([codeOf(madeUp), reasonOf(madeUp)]).toEqual(['BAD_USER_INPUT', 'identity.RESET_TOKEN_INVALID']);
    expect(again.errors![0]!.message).toBe(madeUp.errors![0]!.message);
  });

  it('answers the same for an unknown address as for a known one, and sends nothing for it (invited and disabled: identity password-reset.int-spec)', async () => {
    const known = await gql(p.url, REQUEST, { email: 'admin@mail-e2e.test' });
    const unknown = await gql(p.url, REQUEST, { email: 'nobody@mail-e2e.test' });
    expect(unknown).toEqual(known);
    await waitForMail(smtp, { to: 'admin@mail-e2e.test', link: '/reset-password' });
    // Identity recorded a reset only for the address that has an active account.
    const recorded = await sql<{ email: string }>(p.databaseUrl, `select payload->>'email' as email from identity.outbox_event where subject = 'identity.v1.password.resetRequested'`);
    expect(recorded.map((r) => r.email).sort()).toEqual(['admin@mail-e2e.test', email]);
    expect(await mailTo(smtp, { to: 'nobody@mail-e2e.test' })).toEqual([]);
  });

  it('is throttled like sign-in: one client asking again and again for one address must wait', async () => {
    const target = 'throttled@mail-e2e.test';
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) answers.push(codeOf(await gql(p.url, REQUEST, { email: target })));
    expect(answers).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
  });

  it('a role granted: the grantee and the data-protection contact are told; the contact\'s notice names nobody', async () => {
    const since = new Date();
    const researcher = 'rasmus.researcher@mail-e2e.test';
    await inviteAndActivate(p.url, tenantAdmin, { email: researcher, tenantId, role: 'RESEARCHER' });
    const toGrantee = await waitForMail(smtp, { to: researcher, subject: 'M4Pris: din adgang er ændret', since });
    const toContact = (await waitForMail(smtp, { to: 'dpo@mail-e2e.test', since }));
    expect(toGrantee.subject).toBe('M4Pris: din adgang er ændret');
    expect(toGrantee.text).toContain('forsker');
    expect(toContact.subject).toBe('M4Pris: en ændring af adgang');
    expect(toContact.text).toContain('forsker');
    for (const part of [toContact.subject, toContact.text, toContact.html]) {
      expect(part).not.toContain(researcher);
      expect(part).not.toMatch(/rasmus/i);
      expect(part).not.toContain('admin@mail-e2e.test');
    }
  });

  it('a disabled account: the person is told at their address', async () => {
    const since = new Date();
    const who = 'dora.disabled@mail-e2e.test';
    const { accountId } = await inviteAndActivate(p.url, tenantAdmin, { email: who, tenantId });
    await ok(gql(p.url, `mutation($id: ID!) { disableAccount(accountId: $id) }`, { id: accountId }, tenantAdmin));
    const mail = await waitForMail(smtp, { to: who, since, subject: 'M4Pris: din konto' });
    expect(mail.text).toContain('deaktiveret');
  });

  it('a new Portuguese tenant and its first administrator in one step: the invitation and the role notice are in Portuguese, and the link makes a tenant administrator', async () => {
    const since = new Date();
    const who = 'ana.admin@pt-mail-e2e.test';
    const created = await ok(gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id defaultLocale } }`, {
      input: { code: 'pt-mail-e2e', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'], firstAdministrator: { email: who } },
    }, admin));
    expect(created.createTenant.defaultLocale).toBe('pt');
    // The account has chosen no language yet: the tenant's default is used.
    const invitation = await waitForMail(smtp, { to: who, link: '/invitation', since });
    expect(invitation.subject).toBe('M4Pris: o seu convite');
    expect(invitation.headers.get('content-language')).toBe('pt');
    const notice = await waitForMail(smtp, { to: who, subject: 'M4Pris: o seu acesso mudou', since });
    expect(notice.headers.get('content-language')).toBe('pt');
    const token = await mailedInvitationToken(smtp, who, since);
    const accessToken = (await ok(gql(p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, { input: { token, password: PASSWORD } }))).acceptInvitation.accessToken as string;
    const institution = await ok(gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { tenantId } }`, { input: { name: 'EP Lisboa', kind: 'ADULT', region: 'Lisboa' } }, accessToken));
    expect(institution.createInstitution.tenantId).toBe(created.createTenant.id);
  });

  it('nothing confidential in any mail: no password, no token outside its own link, subjects discreet and without names', () => {
    const all: ParsedMail[] = smtp.received;
    expect(all.length).toBeGreaterThan(5);
    for (const m of all) {
      const body = `${m.text}\n${m.html}`;
      expect(body).not.toContain(PASSWORD);
      expect(body).not.toContain(NEW_PASSWORD);
      expect(m.subject).toMatch(/^M4Pris: /);
      expect(m.subject).not.toMatch(/Mette|Mailsen|Rasmus|Dora|@/);
      // A token appears only in the link of its own kind (invitation or reset), never elsewhere in the text.
      const tokens = [...(m.text ?? '').matchAll(/#token=([^\s"<>]+)/g)];
      expect(tokens.length).toBeLessThanOrEqual(1);
    }
    // The data-protection contact never receives a link that is a credential.
    for (const m of all.filter((x) => JSON.stringify(x.to).includes('dpo@mail-e2e.test'))) expect(m.text).not.toContain('#token=');
  });
});
