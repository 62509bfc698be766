import { describeWithNats, mailedInvitationToken } from '@m4pris/testing';
import { codeOf, gql, startPlatform, type Mode, type TestPlatform } from './platform.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn tokenType } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }`;
const ME = `query { me { accountId email tenantId roles { role tenantId } } }`;

function journey(mode: Mode) {
  let p: TestPlatform;
  let adminToken: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    p = await startPlatform(mode);
  });
  afterAll(async () => {
    await p?.close();
  });

  it('reports the state of each module on /health', async () => {
    const res = await fetch(`${p.baseUrl}/health`);
    const body = (await res.json()) as { modules: Record<string, { status: string }>; bus: { transport: string } };
    expect(body.modules.identity.status).toBe('up');
    expect(body.bus.transport).toBe(mode);
  });

  it('signs the platform admin in and answers me', async () => {
    const r = await gql(p.url, LOGIN, { input: p.admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.login.tokenType).toBe('Bearer');
    expect(r.data!.login.expiresIn).toBeLessThanOrEqual(900);
    adminToken = r.data!.login.accessToken;
    const me = await gql(p.url, ME, {}, adminToken);
    expect(me.data!.me.email).toBe(p.admin.email);
    expect(me.data!.me.roles).toEqual([expect.objectContaining({ role: 'PLATFORM_ADMIN' })]);
  });

  it('refuses a wrong password and an anonymous me with typed codes', async () => {
    expect(codeOf(await gql(p.url, LOGIN, { input: { email: p.admin.email, password: 'wrong password!!' } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(p.url, ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(p.url, ME, {}, 'not-a-token'))).toBe('UNAUTHENTICATED');
  });

  it("answers in the caller's language, concurrent callers each in their own", async () => {
    // Three addresses nobody holds (the answer is the same as for a wrong password): failures against
    // one account from one address are throttled after a few, and this checks languages, not limits.
    const wrong = (who: string) => ({ input: { email: `nobody-${who}-${mode}@m4pris.test`, password: 'wrong password!!' } });
    const [da, pt, en] = await Promise.all([
      gql(p.url, LOGIN, wrong('da'), undefined, { 'accept-language': 'da-DK,da;q=0.9' }),
      gql(p.url, LOGIN, wrong('pt'), undefined, { 'accept-language': 'pt-PT' }),
      gql(p.url, LOGIN, wrong('fr'), undefined, { 'accept-language': 'fr-FR' }),
    ]);
    expect(da.errors![0].message).toBe('E-mail eller adgangskode er forkert.');
    expect(pt.errors![0].message).toBe('O e-mail ou a palavra-passe estão errados.');
    expect(en.errors![0].message).toBe('Email or password is wrong.');
    expect(da.errors![0].extensions!.reason).toBe('identity.INVALID_CREDENTIALS');
  });

  it('creates two tenants, an institution and staff; a tenant admin sees only their tenant', async () => {
    for (const [key, code, country] of [['dk', 'dk-prison', 'DK'], ['pt', 'pt-dgrsp', 'PT']] as const) {
      const r = await gql(
        p.url,
        `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id code } }`,
        { input: { code: `${code}-${mode}`, name: `Tenant ${country}`, country, defaultLocale: country === 'DK' ? 'da' : 'pt', enabledModules: ['identity'] } },
        adminToken,
      );
      expect(r.errors).toBeUndefined();
      ids[key] = r.data!.createTenant.id;
    }
    for (const key of ['dk', 'pt']) {
      const inst = await gql(
        p.url,
        `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id tenantId kind } }`,
        { input: { tenantId: ids[key], name: `Prison ${key}`, kind: 'YOUTH', region: 'North' } },
        adminToken,
      );
      expect(inst.errors).toBeUndefined();
      ids[`${key}Inst`] = inst.data!.createInstitution.id;
    }
    const staff = await gql(
      p.url,
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id email institution { id name } } }`,
      {
        input: {
          tenantId: ids.dk,
          firstName: 'Mette',
          lastName: 'Jensen',
          email: `mette.${mode}@kriminalforsorgen.test`,
          position: 'Prison officer',
          supervisesOthers: false,
          hiredOn: '2026-09-01',
          joinedInstitutionOn: '2026-09-01',
          institutionId: ids.dkInst,
          languages: ['da', 'en'],
        },
      },
      adminToken,
    );
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.createStaff.institution.id).toBe(ids.dkInst);
    ids.staff = staff.data!.createStaff.id;

    // A tenant admin for Denmark: invited, given the role, accepts the invitation.
    const since = new Date();
    const inv = await gql(p.url, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId email expiresAt } }`, { input: { tenantId: ids.dk, email: `admin.${mode}@dk.test` } }, adminToken);
    expect(inv.errors).toBeUndefined();
    // The inviter never sees the token (issue 13): the result has no such field.
    expect(Object.keys(inv.data!.inviteAccount).sort()).toEqual(['accountId', 'email', 'expiresAt']);
    const role = await gql(
      p.url,
      `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id role } }`,
      { input: { accountId: inv.data!.inviteAccount.accountId, role: 'TENANT_ADMIN', tenantId: ids.dk } },
      adminToken,
    );
    expect(role.errors).toBeUndefined();
    const accepted = await gql(p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: await mailedInvitationToken(p.mailbox, `admin.${mode}@dk.test`, since), password: 'a long enough password' },
    });
    expect(accepted.errors).toBeUndefined();
    const dkAdmin = accepted.data!.acceptInvitation.accessToken;

    const list = await gql(p.url, `query { staff { total items { id email } } }`, {}, dkAdmin);
    expect(list.errors).toBeUndefined();
    expect(list.data!.staff.items.map((s: { id: string }) => s.id)).toEqual([ids.staff]);

    // Another tenant's ids look exactly like missing ones.
    const foreign = await gql(p.url, `query($id: ID!) { institution(id: $id) { id } }`, { id: ids.ptInst }, dkAdmin);
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const missing = await gql(p.url, `query($id: ID!) { institution(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, dkAdmin);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(foreign.errors![0].message).toBe(missing.errors![0].message);
    const foreignWrite = await gql(
      p.url,
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      { input: { id: ids.ptInst, name: 'Hijacked' } },
      dkAdmin,
    );
    expect(codeOf(foreignWrite)).toBe('NOT_FOUND');
    const ptView = await gql(p.url, `query($id: ID!) { institution(id: $id) { name } }`, { id: ids.ptInst }, adminToken);
    expect(ptView.data!.institution.name).toBe('Prison pt');
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and duplicates with CONFLICT', async () => {
    const bad = await gql(
      p.url,
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
      {
        input: {
          tenantId: ids.dk, firstName: 'A', lastName: 'B', email: 'not-an-email', position: 'Officer', supervisesOthers: false,
          hiredOn: '2026-01-01', joinedInstitutionOn: '2026-01-01', institutionId: ids.dkInst, languages: ['da'],
        },
      },
      adminToken,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.field).toBe('email');
    const dup = await gql(
      p.url,
      `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
      {
        input: {
          tenantId: ids.dk, firstName: 'Mette', lastName: 'Jensen', email: `mette.${mode}@kriminalforsorgen.test`, position: 'Officer', supervisesOthers: false,
          hiredOn: '2026-01-01', joinedInstitutionOn: '2026-01-01', institutionId: ids.dkInst, languages: ['da'],
        },
      },
      adminToken,
    );
    expect(codeOf(dup)).toBe('CONFLICT');
  });

  it('lists every invalid field at once in extensions.fields, in the caller\'s language, cross-field rules on the later field', async () => {
    const CREATE = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`;
    const input = {
      tenantId: ids.dk, firstName: 'Ida', lastName: 'Holm', email: `ida.${mode}@kriminalforsorgen.test`, position: 'Officer', supervisesOthers: false,
      hiredOn: '2025-01-01', joinedInstitutionOn: '2025-01-01', institutionId: ids.dkInst, languages: ['da'],
    };
    const inTwoYears = `${Number(new Date().toISOString().slice(0, 4)) + 2}-01-01`;
    const bad = await gql(p.url, CREATE, { input: { ...input, email: 'not-an-email', position: '', hiredOn: inTwoYears, joinedInstitutionOn: inTwoYears } }, adminToken, { 'accept-language': 'da-DK,da;q=0.9' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions!.fields!;
    expect(fields.map((f) => f.field)).toEqual(['email', 'position', 'hiredOn']);
    // The first is also the error's own field and message; every message is in Danish.
    expect([bad.errors![0].extensions!.field, bad.errors![0].message]).toEqual(['email', fields[0]!.message]);
    // Fields are named by their labels, and the validators' reasons are translated too.
    expect(fields[0]!.message).toBe('Ugyldig værdi i feltet "E-mail": skal være en gyldig e-mailadresse');
    expect(fields[1]!.message).toBe('Ugyldig værdi i feltet "Stilling": skal være mindst 1 tegn');
    expect(fields[2]!.message).toBe('Feltet "Ansat den" må ikke ligge i fremtiden.');

    // Joined the institution before being hired: the later date is the one reported.
    const joined = await gql(p.url, CREATE, { input: { ...input, joinedInstitutionOn: '2024-12-31' } }, adminToken);
    expect(joined.errors![0].extensions!.fields).toEqual([{ field: 'joinedInstitutionOn', message: 'Joined the institution on must be on or after Hired on.' }]);

    // An update giving one date alone is judged against the other's record.
    const created = await gql(p.url, CREATE, { input }, adminToken);
    expect(created.errors).toBeUndefined();
    const UPDATE = `mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id hiredOn } }`;
    const later = await gql(p.url, UPDATE, { input: { id: created.data!.createStaff.id, hiredOn: '2025-02-01' } }, adminToken, { 'accept-language': 'da' });
    expect(codeOf(later)).toBe('BAD_USER_INPUT');
    expect(later.errors![0].extensions!.fields).toEqual([{ field: 'joinedInstitutionOn', message: 'Feltet "Startede på institutionen den" skal være samme dag som eller efter "Ansat den".' }]);
    expect((await gql(p.url, UPDATE, { input: { id: created.data!.createStaff.id, hiredOn: '2024-06-01' } }, adminToken)).data!.updateStaff.hiredOn).toBe('2024-06-01');
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const first = (await gql(p.url, LOGIN, { input: p.admin })).data!.login;
    const second = await gql(p.url, REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(second.errors).toBeUndefined();
    const reuse = await gql(p.url, REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(codeOf(reuse)).toBe('UNAUTHENTICATED');
    expect(reuse.errors![0].extensions!.reason).toBe('identity.TOKEN_REUSED');
    // The whole family is gone: the newest token no longer works either.
    const after = await gql(p.url, REFRESH, { input: { refreshToken: second.data!.refreshToken.refreshToken } });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
  });

  it('speaks the language a person chose (updateMyPreferences) where a request sends no Accept-Language', async () => {
    const PREFS = `mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { accountId locale } }`;
    const BAD = `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`;
    const bad = { input: { tenantId: ids.dk, firstName: 'A', lastName: 'B', email: 'not-an-email', position: 'Officer', supervisesOthers: false, hiredOn: '2025-01-01', joinedInstitutionOn: '2025-01-01', institutionId: ids.dkInst, languages: ['da'] } };
    try {
      const saved = await gql(p.url, PREFS, { input: { locale: 'el' } }, adminToken);
      expect(saved.data!.updateMyPreferences.locale).toBe('el');
      expect((await gql(p.url, `query { me { locale } }`, {}, adminToken)).data!.me.locale).toBe('el');
      // The same access token as before: the gateway reads the choice with its session check.
      expect((await gql(p.url, BAD, bad, adminToken)).errors![0].message).toBe('Μη έγκυρη τιμή στο πεδίο «Email»: πρέπει να είναι έγκυρη διεύθυνση email');
      // A request's own Accept-Language still wins.
      expect((await gql(p.url, BAD, bad, adminToken, { 'accept-language': 'pt-PT' })).errors![0].message).toBe('Valor inválido no campo «E-mail»: tem de ser um endereço de e-mail válido');
      const refused = await gql(p.url, PREFS, { input: { locale: 'fr' } }, adminToken);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0].extensions!.field).toBe('locale');
      expect(codeOf(await gql(p.url, PREFS, { input: { locale: 'da' } }))).toBe('UNAUTHENTICATED');
    } finally {
      await gql(p.url, PREFS, { input: { locale: 'en' } }, adminToken);
    }
    expect((await gql(p.url, BAD, bad, adminToken)).errors![0].message).toBe('Invalid value for E-mail: must be a valid email address');
  });
}

describe('identity through the gateway, in-process transport', () => journey('in-process'));
describeWithNats('identity through the gateway, over NATS', () => journey('nats'));

describe('a module that is not running', () => {
  it('answers MODULE_UNAVAILABLE, not a hang (in-process)', async () => {
    const p = await startPlatform('in-process', { withIdentityService: false });
    try {
      const r = await gql(p.url, LOGIN, { input: { email: 'a@b.dk', password: 'whatever it is' } });
      expect(codeOf(r)).toBe('MODULE_UNAVAILABLE');
    } finally {
      await p.close();
    }
  });
});

describeWithNats('a module that stops over NATS', () => {
  it('answers MODULE_UNAVAILABLE once the service has left', async () => {
    const p = await startPlatform('nats');
    try {
      expect((await gql(p.url, LOGIN, { input: p.admin })).errors).toBeUndefined();
      await p.stopIdentity();
      const r = await gql(p.url, LOGIN, { input: p.admin });
      expect(codeOf(r)).toBe('MODULE_UNAVAILABLE');
      const health = (await (await fetch(`${p.baseUrl}/health`)).json()) as { status: string; modules: Record<string, { status: string }> };
      expect(health.status).toBe('degraded');
      expect(health.modules.identity.status).toBe('down');
    } finally {
      await p.close();
    }
  });
});
