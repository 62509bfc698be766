import { AcceptInvitation, AssignRole, CONSENT_TEMPLATES, CreateTenant, InviteAccount, ListConsentTexts, ListMyConsents, ListRoles, PublishConsentText, RecordConsent, RevokeRole } from '@m4pris/identity-contracts';
import { decodeJwt } from 'jose';
import { as, failure, issuedInvitationToken, startIdentity, type IdentityHarness } from '../../test/harness.js';

describe('consent and roles', () => {
  let h: IdentityHarness;
  let tenantId: string;
  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'gr-ministry', name: 'Ministry', country: 'GR', defaultLocale: 'el', enabledModules: ['identity'] }, as.platformAdmin())).id;
  });
  afterAll(() => h.close());

  it('versions texts, records grants and withdrawals append-only, with events', async () => {
    const admin = as.tenantAdmin(tenantId);
    const v1 = await h.bus.request(PublishConsentText, { purpose: 'evaluation.surveys', locale: 'en', text: 'I agree to take part in surveys.' }, admin);
    const v2 = await h.bus.request(PublishConsentText, { purpose: 'evaluation.surveys', locale: 'en', text: 'I agree to take part in surveys (v2).' }, admin);
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await failure(h.bus.request(PublishConsentText, { purpose: 'x.y', locale: 'en', text: 'Some consent text' }, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
    const inv = await h.bus.request(InviteAccount, { email: 'researcher@example.gr' }, admin);
    const pair = await h.bus.request(AcceptInvitation, { token: await issuedInvitationToken(h, inv.accountId), password: 'researcher password' }, as.anonymous());
    const me = as.member(tenantId, { userId: decodeJwt(pair.accessToken).sub! });
    expect(await h.bus.request(ListConsentTexts, {}, me)).toHaveLength(2);
    await h.bus.request(RecordConsent, { consentTextId: v2.id, granted: true }, me);
    await h.bus.request(RecordConsent, { consentTextId: v2.id, granted: false }, me);
    const mine = await h.bus.request(ListMyConsents, {}, me);
    expect(mine.map((c) => [c.version, c.granted])).toEqual([[2, true], [2, false]]);
    const [{ n }] = await h.sql<{ n: string }>(`select count(*) as n from identity.outbox_event where subject = 'identity.v1.consent.recorded'`);
    expect(Number(n)).toBe(2);

    const role = await h.bus.request(AssignRole, { accountId: inv.accountId, role: 'researcher' }, admin);
    expect(role).toMatchObject({ email: 'researcher@example.gr', role: 'researcher', tenantId, scopeType: null });
    expect((await failure(h.bus.request(AssignRole, { accountId: inv.accountId, role: 'coordinator', scopeType: 'institution' }, admin))).field).toBe('scopeId');
    expect(await h.bus.request(ListRoles, {}, admin)).toHaveLength(1);
    expect((await failure(h.bus.request(ListRoles, {}, as.coordinator(tenantId)))).category).toBe('FORBIDDEN');
    await h.bus.request(RevokeRole, { id: role.id }, admin);
    expect(await h.bus.request(ListRoles, {}, admin)).toHaveLength(0);
  });

  it('lists role grants a page at a time when asked (issue 22), in one stable order, every grant once; without a page, all of them', async () => {
    const tenant = (await h.bus.request(CreateTenant, { code: 'gr-roles-paging', name: 'Roles paging', country: 'GR', defaultLocale: 'el', enabledModules: ['identity'] }, as.platformAdmin())).id;
    const admin = as.tenantAdmin(tenant);
    const granted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const inv = await h.bus.request(InviteAccount, { email: `paging-${i}@example.gr` }, admin);
      granted.push((await h.bus.request(AssignRole, { accountId: inv.accountId, role: 'researcher' }, admin)).id);
    }
    const all = await h.bus.request(ListRoles, {}, admin);
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(granted));
    const pages = [await h.bus.request(ListRoles, { offset: 0, limit: 2 }, admin), await h.bus.request(ListRoles, { offset: 2, limit: 2 }, admin), await h.bus.request(ListRoles, { offset: 4, limit: 2 }, admin)];
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    // The pages together are the whole list in the same order (grant time, then id): none repeated or skipped.
    expect(pages.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await failure(h.bus.request(ListRoles, { limit: 0 }, admin))).field).toBe('limit');
  });

  it("publishes the platform's own participation consent in the language asked when no text is written", async () => {
    const admin = as.tenantAdmin(tenantId);
    const el = await h.bus.request(PublishConsentText, { purpose: 'programme.participation', locale: 'el' }, admin);
    expect(el).toMatchObject({ purpose: 'programme.participation', locale: 'el', version: 1, text: CONSENT_TEMPLATES['programme.participation'].el });
    const ro = await h.bus.request(PublishConsentText, { purpose: 'programme.participation', locale: 'ro' }, admin);
    expect([ro.version, ro.text]).toEqual([1, CONSENT_TEMPLATES['programme.participation'].ro]);
    // The tenant's own wording is the next version; the template is published again as it ships.
    const own = await h.bus.request(PublishConsentText, { purpose: 'programme.participation', locale: 'el', text: 'Συμφωνώ με τους όρους του οργανισμού μας.' }, admin);
    expect(own.version).toBe(2);
    // A purpose the platform ships no text for needs one written, said in the caller's language.
    const e = await failure(h.bus.request(PublishConsentText, { purpose: 'evaluation.surveys', locale: 'en' }, admin));
    expect([e.code, e.field]).toEqual(['common.INVALID_INPUT', 'text']);
    const da = await failure(h.bus.request(PublishConsentText, { purpose: 'evaluation.surveys', locale: 'en' }, { ...admin, locale: 'da' }));
    expect(da.message).toContain('platformen har ingen skabelon til dette formål');
  });
});
