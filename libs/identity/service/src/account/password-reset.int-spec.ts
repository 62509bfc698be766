import {
  AcceptInvitation,
  AssignRole,
  CreateInstitution,
  CreateStaff,
  CreateTenant,
  DisableAccount,
  GetSessionState,
  IdentityErrors,
  InviteAccount,
  InviteStaff,
  Login,
  RefreshTokens,
  RequestPasswordReset,
  ResendInvitation,
  ResetPassword,
} from '@m4pris/identity-contracts';
import { decodeJwt } from 'jose';
import { Clock } from '../shared/clock.js';
import { as, failure, issuedInvitationToken, startIdentity, type IdentityHarness } from '../../test/harness.js';

/** A clock the test moves (a reset link's 30 minutes pass without sleeping). */
class TestClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const PASSWORD = 'a long enough password 1';
const NEW_PASSWORD = 'violet tugboat under seven lanterns';
const from = (ip: string) => ({ ...as.anonymous(), clientIp: ip });

describe('forgotten password and invitations that go only to the mailbox', () => {
  let h: IdentityHarness;
  const clock = new TestClock();
  let tenantId: string;
  let otherTenantId: string;
  let staffId: string;
  let accountId: string;
  const email = 'rita.reset@example.pt';

  const resetEvents = async () => h.outbox<{ accountId: string; email: string; token: string; expiresAt: string; locale: string | null }>('identity.v1.password.resetRequested');

  beforeAll(async () => {
    h = await startIdentity({ LOGIN_PAIR_FREE_FAILURES: 3, LOGIN_ACCOUNT_FREE_FAILURES: 5, LOGIN_ADDRESS_MAX_FAILURES: 30, LOGIN_DELAY_BASE_SECONDS: 300 }, (b) => b.overrideProvider(Clock).useValue(clock));
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-dgrsp', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    otherTenantId = (await h.bus.request(CreateTenant, { code: 'ro-anp', name: 'ANP', country: 'RO', defaultLocale: 'ro', enabledModules: ['identity'] }, as.platformAdmin())).id;
    const inst = await h.bus.request(CreateInstitution, { tenantId, name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, as.platformAdmin());
    staffId = (
      await h.bus.request(
        CreateStaff,
        { tenantId, firstName: 'Rita', lastName: 'Reset', email, position: 'Guarda', supervisesOthers: false, hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', institutionId: inst.id, languages: ['pt'] },
        as.platformAdmin(),
      )
    ).id;
    const inv = await h.bus.request(InviteStaff, { staffId }, as.tenantAdmin(tenantId));
    accountId = inv.accountId;
    await h.bus.request(AcceptInvitation, { token: await issuedInvitationToken(h, accountId), password: PASSWORD }, as.anonymous());
  });
  afterAll(() => h.close());

  it('mails a reset link only for an active account, and answers the same for an unknown, invited or disabled address', async () => {
    expect(await h.bus.request(RequestPasswordReset, { email: 'Rita.Reset@example.pt' }, from('10.1.0.1'))).toEqual({ ok: true });
    const [event] = await resetEvents();
    expect(event).toMatchObject({ accountId, email, locale: 'pt' });
    expect(Date.parse(event!.expiresAt) - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(Date.parse(event!.expiresAt) - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    // Only the hash is kept.
    const [row] = await h.sql<{ password_reset_token_hash: string }>(`select password_reset_token_hash from identity.account where id = ?`, [accountId]);
    expect(row!.password_reset_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.password_reset_token_hash).not.toBe(event!.token);

    const invited = await h.bus.request(InviteAccount, { email: 'invited@example.pt' }, as.tenantAdmin(tenantId));
    const disabledInv = await h.bus.request(InviteAccount, { email: 'disabled@example.pt' }, as.tenantAdmin(tenantId));
    await h.bus.request(AcceptInvitation, { token: await issuedInvitationToken(h, disabledInv.accountId), password: PASSWORD }, as.anonymous());
    await h.bus.request(DisableAccount, { accountId: disabledInv.accountId }, as.tenantAdmin(tenantId));
    for (const other of ['nobody@example.pt', 'invited@example.pt', 'disabled@example.pt']) {
      expect(await h.bus.request(RequestPasswordReset, { email: other }, from('10.1.0.2'))).toEqual({ ok: true });
    }
    expect(invited.accountId).toBeDefined();
    expect((await resetEvents()).map((e) => e.email)).toEqual([email]);
  });

  it('sets the new password once, ends every session, and refuses a used, wrong or weak attempt with one code', async () => {
    const before = await h.bus.request(Login, { email, password: PASSWORD }, from('10.2.0.1'));
    const sv = decodeJwt(before.accessToken)['sv'] as number;
    await h.bus.request(RequestPasswordReset, { email }, from('10.2.0.1'));
    const token = (await resetEvents()).at(-1)!.token;

    // A guessable password is refused and leaves the link usable.
    const weak = await failure(h.bus.request(ResetPassword, { token, newPassword: 'password1234' }, as.anonymous()));
    expect(weak.code).toBe(IdentityErrors.codes.PASSWORD_GUESSABLE);
    expect(weak.field).toBe('newPassword');

    expect(await h.bus.request(ResetPassword, { token, newPassword: NEW_PASSWORD }, as.anonymous())).toEqual({ ok: true });
    // Every session ends: the access token's version is behind, the refresh token is revoked.
    const state = await h.bus.request(GetSessionState, { accountId }, as.system());
    expect(state.version).toBeGreaterThan(sv);
    expect((await failure(h.bus.request(RefreshTokens, { refreshToken: before.refreshToken }, as.anonymous()))).category).toBe('UNAUTHENTICATED');
    await expect(h.bus.request(Login, { email, password: NEW_PASSWORD }, from('10.2.0.1'))).resolves.toHaveProperty('accessToken');
    expect((await failure(h.bus.request(Login, { email, password: PASSWORD }, from('10.2.0.9')))).code).toBe(IdentityErrors.codes.INVALID_CREDENTIALS);

    // Used, made up: the same error, which does not say which.
    const used = await failure(h.bus.request(ResetPassword, { token, newPassword: 'another violet tugboat at dawn' }, as.anonymous()));
    const wrong = await failure(h.bus.request(ResetPassword, { token: 'x'.repeat(43), newPassword: 'another violet tugboat at dawn' }, as.anonymous()));
    expect([used.code, wrong.code]).toEqual([IdentityErrors.codes.RESET_TOKEN_INVALID, IdentityErrors.codes.RESET_TOKEN_INVALID]);
    expect(used.message).toBe(wrong.message);
    const audit = await h.sql<{ action: string; actor_id: string }>(`select action, actor_id from identity.audit_entry where action = 'account.resetPassword'`);
    expect(audit).toEqual([{ action: 'account.resetPassword', actor_id: accountId }]);
  });

  it('a link expires after 30 minutes (the clock moves, nobody sleeps); a new request replaces the last link', async () => {
    await h.bus.request(RequestPasswordReset, { email }, from('10.3.0.1'));
    const first = (await resetEvents()).at(-1)!.token;
    await h.bus.request(RequestPasswordReset, { email }, from('10.3.0.1'));
    const second = (await resetEvents()).at(-1)!.token;
    expect((await failure(h.bus.request(ResetPassword, { token: first, newPassword: 'copper kettle on a quiet hill' }, as.anonymous()))).code).toBe(IdentityErrors.codes.RESET_TOKEN_INVALID);
    clock.offsetMs = 30 * 60_000 + 1000;
    try {
      const expired = await failure(h.bus.request(ResetPassword, { token: second, newPassword: 'copper kettle on a quiet hill' }, as.anonymous()));
      expect(expired.code).toBe(IdentityErrors.codes.RESET_TOKEN_INVALID);
    } finally {
      clock.offsetMs = 0;
    }
    // 29 minutes would still have done: the same token, now, works.
    clock.offsetMs = 29 * 60_000;
    try {
      expect(await h.bus.request(ResetPassword, { token: second, newPassword: 'copper kettle on a quiet hill' }, as.anonymous())).toEqual({ ok: true });
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('is throttled per address and per account with the sign-in machinery, never telling an account from an unknown address', async () => {
    await h.sql(`delete from identity.login_attempt`);
    const before = (await resetEvents()).length;
    // One address, one e-mail: LOGIN_PAIR_FREE_FAILURES requests, then it must wait — the same for a known and an unknown address.
    for (const target of [email, 'ghost@example.pt']) {
      for (let i = 0; i < 3; i++) await h.bus.request(RequestPasswordReset, { email: target }, from('10.4.0.1'));
      const limited = await failure(h.bus.request(RequestPasswordReset, { email: target }, from('10.4.0.1')));
      expect(limited.code).toBe(IdentityErrors.codes.RATE_LIMITED);
    }
    // Per account, from everywhere: after LOGIN_ACCOUNT_FREE_FAILURES requests no more mail, the same answer.
    for (let i = 0; i < 4; i++) expect(await h.bus.request(RequestPasswordReset, { email }, from(`10.5.0.${i}`))).toEqual({ ok: true });
    expect((await resetEvents()).length - before).toBe(5);
    // Sign-in is not slowed by reset requests (own keys): the right password from an address that never failed signs in.
    await expect(h.bus.request(Login, { email, password: 'copper kettle on a quiet hill' }, from('10.6.0.1'))).resolves.toHaveProperty('accessToken');
  });

  it('resendInvitation re-issues: the old link stops working, the new one works; authorised and audited like inviting', async () => {
    const inv = await h.bus.request(InviteAccount, { email: 'late.reader@example.pt' }, as.tenantAdmin(tenantId));
    const old = await issuedInvitationToken(h, inv.accountId);
    const again = await h.bus.request(ResendInvitation, { accountId: inv.accountId }, as.tenantAdmin(tenantId));
    expect(again).toEqual({ accountId: inv.accountId, email: 'late.reader@example.pt', expiresAt: expect.any(String) });
    const fresh = await issuedInvitationToken(h, inv.accountId);
    expect(fresh).not.toBe(old);
    expect((await failure(h.bus.request(AcceptInvitation, { token: old, password: PASSWORD }, as.anonymous()))).code).toBe(IdentityErrors.codes.INVITATION_INVALID);
    // Another tenant's admin: as if it did not exist; a coordinator: not allowed; an active account: nothing to resend.
    expect((await failure(h.bus.request(ResendInvitation, { accountId: inv.accountId }, as.tenantAdmin(otherTenantId)))).category).toBe('NOT_FOUND');
    expect((await failure(h.bus.request(ResendInvitation, { accountId: inv.accountId }, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
    expect((await failure(h.bus.request(ResendInvitation, { accountId }, as.tenantAdmin(tenantId)))).category).toBe('CONFLICT');
    // A staff member's invitation is resent as inviteStaff would (platform admin confined).
    expect((await failure(h.bus.request(ResendInvitation, { accountId: inv.accountId }, as.platformAdmin()))).code).toBe(IdentityErrors.codes.PLATFORM_ADMIN_CONFINED);
    await expect(h.bus.request(AcceptInvitation, { token: fresh, password: PASSWORD }, as.anonymous())).resolves.toHaveProperty('accessToken');
    const audit = await h.sql<{ action: string }>(`select action from identity.audit_entry where entity_id = ? order by at`, [inv.accountId]);
    expect(audit.map((a) => a.action)).toEqual(['account.invite', 'account.resendInvitation', 'account.acceptInvitation']);
  });

  it('a role grant carries what the notifications module needs to tell the grantee and the data-protection contact', async () => {
    const inv = await h.bus.request(InviteAccount, { email: 'new.researcher@example.pt' }, as.tenantAdmin(tenantId));
    await h.bus.request(AssignRole, { accountId: inv.accountId, role: 'researcher', tenantId }, as.tenantAdmin(tenantId, { userId: accountId }));
    const granted = (await h.outbox<Record<string, unknown>>('identity.v1.role.granted')).at(-1);
    expect(granted).toMatchObject({ accountId: inv.accountId, role: 'researcher', email: 'new.researcher@example.pt', locale: 'pt', tenantLocale: 'pt' });
  });
});
