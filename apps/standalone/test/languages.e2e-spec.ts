import { randomUUID } from 'node:crypto';
import { CATALOGUES } from '@m4pris/platform-i18n';
import { mailedInvitationToken } from '@m4pris/testing';
import { gql, startPlatform, type TestPlatform } from './platform.js';

/**
 * Issue 17: a journey through every module's refusals with `Accept-Language` da, pt, ro and el, and
 * a scan of every message of every answer (the error's and each field's) for English: any sentence
 * of the English catalogue (a run of three or more words between its placeholders, the validators'
 * reasons included) found verbatim is a failure. The staff import's problems (answered as data, not
 * as errors) are scanned too.
 */
describe('every answer in the reader\'s language', () => {
  let p: TestPlatform;
  let platformAdmin: string;
  let tenantAdmin: string;
  const ids: Record<string, string> = {};

  const ENGLISH_SENTENCES = [
    ...new Set(
      Object.values(CATALOGUES.en)
        .flatMap((text) => text.split(/\{\{\w+\}\}/))
        .map((s) => s.replace(/^[\s.,:;()"'“”«»]+|[\s.,:;()"'“”«»]+$/g, ''))
        .filter((s) => s.split(/\s+/).length >= 3),
    ),
  ];

  beforeAll(async () => {
    // Not a test of timeouts: a generous bus timeout keeps a loaded machine from failing the start.
    p = await startPlatform('in-process', { busTimeoutMs: 60_000 });
    platformAdmin = (await gql(p.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: p.admin })).data!.login.accessToken;
    const tenant = await gql(p.url, `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: 'gr-languages', name: 'Languages', country: 'GR', defaultLocale: 'el', enabledModules: ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] } }, platformAdmin);
    ids.tenant = tenant.data!.createTenant.id;
    const inst = await gql(p.url, `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`, { input: { tenantId: ids.tenant, name: 'Korydallos', kind: 'ADULT', region: 'Attica' } }, platformAdmin);
    ids.institution = inst.data!.createInstitution.id;
    const since = new Date();
    const inv = await gql(p.url, `mutation($input: InviteAccountInput!) { inviteAccount(input: $input) { accountId } }`, { input: { tenantId: ids.tenant, email: 'admin@languages.test' } }, platformAdmin);
    await gql(p.url, `mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }`, { input: { accountId: inv.data!.inviteAccount.accountId, role: 'TENANT_ADMIN', tenantId: ids.tenant } }, platformAdmin);
    const accepted = await gql(p.url, `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`, {
      input: { token: await mailedInvitationToken(p.mailbox, 'admin@languages.test', since), password: 'a long enough password' },
    });
    tenantAdmin = accepted.data!.acceptInvitation.accessToken;
    const programme = await gql(p.url, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: 'Mentoring' } }, tenantAdmin);
    ids.programme = programme.data!.createProgramme.id;
    // Adopted once here: the journey's adoption is the refused second one.
    ids.course = (await gql(p.url, `mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`, { input: { key: 'MENTOR_CORE' } }, tenantAdmin)).data!.adoptDefaultCourse.id;
    expect(Object.values(ids).every(Boolean)).toBe(true);
  }, 600_000);
  afterAll(async () => {
    await p?.close();
  });

  /** The refusals of the journey: each call is made with the reader's Accept-Language; every message of every answer is kept. */
  async function journey(locale: string): Promise<{ call: string; message: string }[]> {
    const h = { 'accept-language': locale };
    const calls: [string, string, Record<string, unknown>, string | undefined][] = [
      ['login with a wrong password', `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: 'nobody@languages.test', password: 'wrong password!!' } }, undefined],
      ['me, anonymous', `query { me { accountId } }`, {}, undefined],
      ['createTenant, every field wrong', `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: 'X!', name: '', country: 'greece', defaultLocale: 'fr', dataProtectionContactEmail: 'not-an-email', enabledModules: ['identity'] } }, platformAdmin],
      ['createTenant, a code taken', `mutation($input: CreateTenantInput!) { createTenant(input: $input) { id } }`, { input: { code: 'gr-languages', name: 'Again', country: 'GR', defaultLocale: 'el', enabledModules: ['identity'] } }, platformAdmin],
      ['tenant, unknown id', `query($id: ID!) { tenant(id: $id) { id } }`, { id: randomUUID() }, platformAdmin],
      [
        'createStaff, fields wrong',
        `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
        { input: { firstName: 'A', lastName: 'B', email: 'not-an-email', position: '', supervisesOthers: false, hiredOn: 'yesterday', joinedInstitutionOn: '2025-01-01', institutionId: ids.institution, languages: ['Greek!'] } },
        tenantAdmin,
      ],
      [
        'createStaff, joined before hired',
        `mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`,
        { input: { firstName: 'Eleni', lastName: 'Papadopoulou', email: 'eleni@languages.test', position: 'Officer', supervisesOthers: false, hiredOn: '2025-01-01', joinedInstitutionOn: '2024-01-01', institutionId: ids.institution, languages: ['el'] } },
        tenantAdmin,
      ],
      ['updateMyPreferences, a language the platform lacks', `mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { locale } }`, { input: { locale: 'fr' } }, tenantAdmin],
      [
        'updateProgrammePolicy, inactivity below the cadence',
        `mutation($programmeId: ID!, $policy: ProgrammePolicyInput!) { updateProgrammePolicy(programmeId: $programmeId, policy: $policy) { id } }`,
        { programmeId: ids.programme, policy: { meetingCadenceDays: 14, inactivityDays: 3 } },
        tenantAdmin,
      ],
      ['createCohort, ends before it starts', `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId: ids.programme, name: 'Spring', startsOn: '2026-03-01', endsOn: '2026-02-01' } }, tenantAdmin],
      ['createCohort, unknown programme', `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`, { input: { programmeId: randomUUID(), name: 'Spring', startsOn: '2026-03-01' } }, tenantAdmin],
      ['adoptDefaultCourse, twice', `mutation($input: AdoptDefaultCourseInput!) { adoptDefaultCourse(input: $input) { id } }`, { input: { key: 'MENTOR_CORE' } }, tenantAdmin],
      [
        'loadInstrumentText, too few answer labels',
        `mutation($input: LoadInstrumentTextInput!) { loadInstrumentText(input: $input) { instrumentCode } }`,
        { input: { instrumentCode: 'WHO5', locale: 'el', source: 'test', anchors: ['one'], items: [] } },
        tenantAdmin,
      ],
      [
        'publishConsentText, no text for a purpose without a template',
        `mutation($input: PublishConsentTextInput!) { publishConsentText(input: $input) { id } }`,
        { input: { purpose: 'evaluation.surveys', locale: 'el' } },
        tenantAdmin,
      ],
      // Not refused: the import answers its problems as data (scanned below), here the parser's own reason.
      [
        'importStaff, a quote never closed',
        `mutation($input: ImportStaffInput!) { importStaff(input: $input) { valid errors { line field message } } }`,
        { input: { csv: 'first_name,last_name,email\nEleni,"Papadopoulou,eleni@languages.test\n', dryRun: true } },
        tenantAdmin,
      ],
    ];
    const out: { call: string; message: string }[] = [];
    for (const [call, query, variables, token] of calls) {
      const r = await gql(p.url, query, variables, token, h);
      for (const e of r.errors ?? []) {
        out.push({ call, message: e.message });
        for (const f of (e.extensions?.fields ?? []) as { message: string }[]) out.push({ call, message: f.message });
      }
      for (const e of ((r.data as { importStaff?: { errors: { message: string }[] } } | null | undefined)?.importStaff?.errors ?? [])) out.push({ call, message: e.message });
    }
    return out;
  }

  it('the journey is refused where it should be (in English, the reference)', async () => {
    const english = await journey('en');
    const refused = new Set(english.map((m) => m.call));
    expect([...refused].sort()).toEqual(
      [
        'adoptDefaultCourse, twice',
        'createCohort, ends before it starts',
        'createCohort, unknown programme',
        'createStaff, fields wrong',
        'createStaff, joined before hired',
        'createTenant, a code taken',
        'createTenant, every field wrong',
        'importStaff, a quote never closed',
        'loadInstrumentText, too few answer labels',
        'login with a wrong password',
        'me, anonymous',
        'publishConsentText, no text for a purpose without a template',
        'tenant, unknown id',
        'updateMyPreferences, a language the platform lacks',
        'updateProgrammePolicy, inactivity below the cadence',
      ].sort(),
    );
    // The scan would find English in an English answer: it is not vacuous.
    expect(english.filter((m) => ENGLISH_SENTENCES.some((s) => m.message.includes(s))).length).toBeGreaterThan(5);
  }, 300_000);

  for (const locale of ['da', 'pt', 'ro', 'el']) {
    it(`${locale}: no English sentence in any answer`, async () => {
      const messages = await journey(locale);
      expect(messages.length).toBeGreaterThan(15);
      const english = messages.flatMap((m) => ENGLISH_SENTENCES.filter((s) => m.message.includes(s)).map((s) => `${m.call}: "${m.message}" contains "${s}"`));
      expect(english).toEqual([]);
    }, 300_000);
  }
});
