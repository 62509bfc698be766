import { randomUUID } from 'node:crypto';
import { CreateInstitution, CreateStaff, CreateTenant, EraseStaff, ExportPersonalData, InviteStaff, ListMyConsents, PublishConsentText, RecordConsent } from '@m4pris/identity-contracts';
import { ConsentGiven, PROGRAMME_PARTICIPATION_PURPOSE, type ConsentGivenEvent } from '@m4pris/programmes-contracts';
import { as, startIdentity, type IdentityHarness } from '../../test/harness.js';

/** Issue 22, "consent once": applying with consent (programmes.v1.consent.given) records the ConsentRecord once. */
describe('consent given when applying to a programme', () => {
  let h: IdentityHarness;
  let tenantId: string;
  let institutionId: string;
  const admin = () => as.tenantAdmin(tenantId);
  const programmeId = randomUUID();

  /** A staff member with an account (invited is enough: the consent is keyed by the account). */
  const person = async (firstName: string) => {
    const s = await h.bus.request(
      CreateStaff,
      { firstName, lastName: 'Nielsen', email: `${firstName.toLowerCase()}.${randomUUID().slice(0, 8)}@example.dk`, position: 'Fængselsbetjent', supervisesOthers: false, hiredOn: '2025-01-15', joinedInstitutionOn: '2025-01-15', institutionId, languages: ['da'] },
      admin(),
    );
    const inv = await h.bus.request(InviteStaff, { staffId: s.id }, admin());
    return { staffId: s.id, accountId: inv.accountId, ctx: as.member(tenantId, { userId: inv.accountId, staffId: s.id }) };
  };
  const given = (staffId: string, over: Partial<ConsentGivenEvent> = {}): ConsentGivenEvent => ({
    tenantId,
    staffId,
    programmeId,
    cohortId: randomUUID(),
    applicationId: randomUUID(),
    purpose: PROGRAMME_PARTICIPATION_PURPOSE,
    version: 1,
    locale: 'da',
    ...over,
  });
  const rows = async (staffId: string) => h.sql<{ version: number; granted: boolean }>(`select version, granted from identity.consent_record where staff_id = ? order by recorded_at, id`, [staffId]);

  beforeAll(async () => {
    h = await startIdentity();
    tenantId = (await h.bus.request(CreateTenant, { code: 'dk-kriminalforsorgen', name: 'Kriminalforsorgen', country: 'DK', defaultLocale: 'da', enabledModules: ['identity', 'programmes'] }, as.platformAdmin())).id;
    institutionId = (await h.bus.request(CreateInstitution, { name: 'Statsfængslet Østjylland', kind: 'adult', region: 'Midtjylland' }, admin())).id;
    // Version 1 in two languages, version 2 in Danish.
    await h.bus.request(PublishConsentText, { purpose: PROGRAMME_PARTICIPATION_PURPOSE, locale: 'en', text: 'I agree to take part in the programme.' }, admin());
    await h.bus.request(PublishConsentText, { purpose: PROGRAMME_PARTICIPATION_PURPOSE, locale: 'da', text: 'Jeg giver samtykke til at deltage i programmet.' }, admin());
  });
  afterAll(() => h.close());

  it('records the consent for the programme version, in the applicant language, visible in myConsents and the export', async () => {
    const p = await person('Mette');
    await h.publish(ConsentGiven, given(p.staffId));
    const mine = await h.bus.request(ListMyConsents, {}, p.ctx);
    expect(mine.map((c) => [c.purpose, c.version, c.granted])).toEqual([[PROGRAMME_PARTICIPATION_PURPOSE, 1, true]]);
    const [daText] = await h.sql<{ id: string }>(`select id from identity.consent_text where tenant_id = ? and purpose = ? and version = 1 and locale = 'da'`, [tenantId, PROGRAMME_PARTICIPATION_PURPOSE]);
    expect(mine[0]!.consentTextId).toBe(daText!.id);
    const exported = await h.bus.request(ExportPersonalData, { staffId: p.staffId }, admin());
    expect(exported.consents).toEqual([expect.objectContaining({ purpose: PROGRAMME_PARTICIPATION_PURPOSE, version: 1, granted: true })]);
    expect((await h.outbox<{ staffId: string; granted: boolean }>('identity.v1.consent.recorded')).filter((e) => e.staffId === p.staffId)).toEqual([expect.objectContaining({ version: 1, granted: true })]);
  });

  it('exactly once: a replayed event and a second application with the same version add nothing; a new version does', async () => {
    const p = await person('Lars');
    const first = given(p.staffId);
    await h.publish(ConsentGiven, first);
    // The same event again (a redelivery under a new id, as a replay of the outbox would be).
    await h.publish(ConsentGiven, first);
    // Another cohort of the same programme, same version.
    await h.publish(ConsentGiven, given(p.staffId));
    expect(await rows(p.staffId)).toEqual([{ version: 1, granted: true }]);
    // The tenant publishes version 2; the programme's policy moves to it; the next application records it.
    await h.bus.request(PublishConsentText, { purpose: PROGRAMME_PARTICIPATION_PURPOSE, locale: 'da', text: 'Jeg giver samtykke til at deltage i programmet (version 2).' }, admin());
    await h.publish(ConsentGiven, given(p.staffId, { version: 2 }));
    await h.publish(ConsentGiven, given(p.staffId, { version: 2 }));
    expect(await rows(p.staffId)).toEqual([
      { version: 1, granted: true },
      { version: 2, granted: true },
    ]);
  });

  it('after a withdrawal, a new application grants again; a late event older than the withdrawal does not', async () => {
    const p = await person('Sofie');
    const appliedAt = new Date(Date.now() - 60_000);
    await h.publish(ConsentGiven, given(p.staffId), { occurredAt: appliedAt });
    const [text] = await h.sql<{ consent_text_id: string }>(`select consent_text_id from identity.consent_record where staff_id = ?`, [p.staffId]);
    await h.bus.request(RecordConsent, { consentTextId: text!.consent_text_id, granted: false }, p.ctx);
    // Held by a consumer that died: applied before the withdrawal, delivered after it.
    await h.publish(ConsentGiven, given(p.staffId), { occurredAt: new Date(appliedAt.getTime() + 1000) });
    expect((await rows(p.staffId)).map((r) => r.granted)).toEqual([true, false]);
    // A new application after the withdrawal (stamped clearly after it).
    await h.publish(ConsentGiven, given(p.staffId), { occurredAt: new Date(Date.now() + 1000) });
    expect((await rows(p.staffId)).map((r) => r.granted)).toEqual([true, false, true]);
  });

  it('the policy names no version: the newest published text of the purpose', async () => {
    const p = await person('Jonas');
    await h.publish(ConsentGiven, given(p.staffId, { version: null, locale: null }));
    expect(await rows(p.staffId)).toEqual([{ version: 2, granted: true }]);
  });

  it('an erased person gets no record, early or late (identity keeps the erased staff row, the account is gone)', async () => {
    const erased = await person('Erika');
    const kept = await person('Karl');
    await h.bus.request(EraseStaff, { staffId: erased.staffId }, admin());
    // Older than the erasure (held back), and stamped after it (a replay): neither re-creates a row.
    await h.publish(ConsentGiven, given(erased.staffId), { occurredAt: new Date(Date.now() - 60_000) });
    await h.publish(ConsentGiven, given(erased.staffId), { occurredAt: new Date(Date.now() + 60_000) });
    expect(await rows(erased.staffId)).toEqual([]);
    expect(await h.sql(`select 1 from identity.consent_record where account_id = ?`, [erased.accountId])).toEqual([]);
    // Control: the same event for a person who was not erased is recorded.
    await h.publish(ConsentGiven, given(kept.staffId));
    expect(await rows(kept.staffId)).toHaveLength(1);
  });

  it('another tenant, or a person unknown to identity, records nothing', async () => {
    const p = await person('Anna');
    const otherTenant = randomUUID();
    await h.publish(ConsentGiven, given(p.staffId, { tenantId: otherTenant }));
    await h.publish(ConsentGiven, given(randomUUID()));
    expect(await rows(p.staffId)).toEqual([]);
  });
});
