import { createLocalJWKSet, jwtVerify } from 'jose';
import {
  AcceptInvitation,
  CreateInstitution,
  CreateStaff,
  CreateTenant,
  GetJwks,
  GetStaffByIds,
  GetMe,
  GetSessionState,
  InviteStaff,
  Login,
  RequestPasswordReset,
  UpdateMyPreferences,
  UpdateStaff,
} from '@m4pris/identity-contracts';
import { as, failure, issuedInvitationToken, startIdentity, type IdentityHarness } from '../../test/harness.js';

const PASSWORD = 'a long enough password 1';

/** updateMyPreferences: a person's own language, for the API (session check, token, Me) and for their notifications. */
describe('updateMyPreferences', () => {
  let h: IdentityHarness;
  let tenantId: string;
  const people: Record<'ana' | 'bo', { staffId: string; accountId: string; email: string }> = {} as never;

  const contactEvents = async (staffId: string) => (await h.outbox<{ staffId: string; locale: string | null }>('identity.v1.staff.contactChanged')).filter((e) => e.staffId === staffId);
  const caller = (who: 'ana' | 'bo') => as.member(tenantId, { userId: people[who].accountId, staffId: people[who].staffId });

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'pt-dgrsp', name: 'DGRSP', country: 'PT', defaultLocale: 'pt', enabledModules: ['identity'] }, as.platformAdmin())).id;
    const inst = await h.bus.request(CreateInstitution, { tenantId, name: 'EP Lisboa', kind: 'adult', region: 'Lisboa' }, as.platformAdmin());
    for (const [who, first] of [['ana', 'Ana'], ['bo', 'Bo']] as const) {
      const email = `${who}@example.pt`;
      const staffId = (
        await h.bus.request(
          CreateStaff,
          { tenantId, firstName: first, lastName: 'Silva', email, position: 'Guarda', supervisesOthers: false, hiredOn: '2020-01-01', joinedInstitutionOn: '2020-01-01', institutionId: inst.id, languages: ['pt'] },
          as.platformAdmin(),
        )
      ).id;
      const { accountId } = await h.bus.request(InviteStaff, { staffId }, as.tenantAdmin(tenantId));
      await h.bus.request(AcceptInvitation, { token: await issuedInvitationToken(h, accountId), password: PASSWORD }, as.anonymous());
      people[who] = { staffId, accountId, email };
    }
  });
  afterAll(() => h.close());

  it("starts from the tenant's default language", async () => {
    expect((await h.bus.request(GetMe, {}, caller('ana'))).locale).toBe('pt');
    expect(await h.bus.request(GetSessionState, { accountId: people.ana.accountId }, as.system())).toMatchObject({ active: true, locale: null });
  });

  it('saves the caller\'s language: Me, the session check and new tokens carry it, and nobody else\'s changes', async () => {
    const me = await h.bus.request(UpdateMyPreferences, { locale: 'el' }, caller('ana'));
    expect(me).toMatchObject({ accountId: people.ana.accountId, locale: 'el' });
    expect((await h.bus.request(GetMe, {}, caller('ana'))).locale).toBe('el');
    expect(await h.bus.request(GetSessionState, { accountId: people.ana.accountId }, as.system())).toMatchObject({ active: true, locale: 'el' });
    const pair = await h.bus.request(Login, { email: people.ana.email, password: PASSWORD }, as.anonymous());
    const { payload } = await jwtVerify(pair.accessToken, createLocalJWKSet((await h.bus.request(GetJwks, {}, as.anonymous())) as never));
    expect(payload.locale).toBe('el');
    // Bo, in the same tenant, still reads the tenant's default.
    expect((await h.bus.request(GetMe, {}, caller('bo'))).locale).toBe('pt');
    expect(await h.bus.request(GetSessionState, { accountId: people.bo.accountId }, as.system())).toMatchObject({ locale: null });
    // The session check carries the account as `me` shows it without staff (the gateway answers such a `me` from it).
    for (const who of ['ana', 'bo'] as const) {
      const state = await h.bus.request(GetSessionState, { accountId: people[who].accountId }, as.system());
      expect({ ...state.account, staff: null }).toEqual(await h.bus.request(GetMe, { withStaff: false }, caller(who)));
    }
  });

  it('tells the notifications module (contact card in the chosen language), and later staff edits keep it', async () => {
    expect((await contactEvents(people.ana.staffId)).at(-1)).toMatchObject({ locale: 'el' });
    // An administrator's edit of the staff record (whose languages say pt) does not undo the person's choice.
    await h.bus.request(UpdateStaff, { id: people.ana.staffId, position: 'Guarda principal' }, as.tenantAdmin(tenantId));
    expect((await contactEvents(people.ana.staffId)).at(-1)).toMatchObject({ locale: 'el' });
    expect((await contactEvents(people.bo.staffId)).at(-1)).toMatchObject({ locale: 'pt' });
    // Account messages (a password reset) are written in it too.
    await h.bus.request(RequestPasswordReset, { email: people.ana.email }, as.anonymous());
    const resets = await h.outbox<{ accountId: string; locale: string | null }>('identity.v1.password.resetRequested');
    expect(resets.find((e) => e.accountId === people.ana.accountId)).toMatchObject({ locale: 'el' });
  });

  it("staff.byIds answers each person's language: their choice, else their record's first platform language, else the tenant's default", async () => {
    const inst = await h.bus.request(CreateInstitution, { tenantId, name: 'EP Porto', kind: 'adult', region: 'Porto' }, as.platformAdmin());
    const base = { tenantId, lastName: 'Costa', position: 'Guarda', supervisesOthers: false, hiredOn: '2021-01-01', joinedInstitutionOn: '2021-01-01', institutionId: inst.id };
    const danish = (await h.bus.request(CreateStaff, { ...base, firstName: 'Dan', email: 'dan@example.pt', languages: ['fr', 'da'] }, as.platformAdmin())).id;
    const none = (await h.bus.request(CreateStaff, { ...base, firstName: 'Nuno', email: 'nuno@example.pt', languages: [] }, as.platformAdmin())).id;
    const rows = await h.bus.request(GetStaffByIds, { ids: [people.ana.staffId, people.bo.staffId, danish, none] }, { ...as.system(), tenantId });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.locale]))).toEqual({ [people.ana.staffId]: 'el', [people.bo.staffId]: 'pt', [danish]: 'da', [none]: 'pt' });
  });

  it('refuses a language the platform does not speak, naming the field, and anonymous callers', async () => {
    const bad = await failure(h.bus.request(UpdateMyPreferences, { locale: 'fr' }, caller('bo')));
    expect(bad).toMatchObject({ category: 'BAD_USER_INPUT', field: 'locale' });
    expect((await failure(h.bus.request(UpdateMyPreferences, { locale: 'da' }, as.anonymous()))).category).toBe('UNAUTHENTICATED');
    expect((await h.bus.request(GetMe, {}, caller('bo'))).locale).toBe('pt');
  });
});
