import { AcceptInvitation, AssignRole, CreateTenant, DisableAccount, EnableAccount, GetSessionState, LogoutEverywhere, RevokeRole, UpdateTenant, type SessionStateDto } from '@m4pris/identity-contracts';
import { dataChangesOf } from '@m4pris/platform-messaging';
import { as, issuedInvitationToken, startIdentity, type IdentityHarness } from '../../test/harness.js';
import { SessionCache } from './session-cache.js';

/*
 * The session check (on every authenticated request) is kept in memory per account (session-cache.ts)
 * and used again only while nothing it was read from changed. Every way a session can end or shrink
 * must hold from the very next check: through the service (reported at its COMMIT) and by hand in
 * SQL (heard over LISTEN/NOTIFY). While the listener is away nothing is kept.
 */
describe('identity: the session check kept in memory holds every change from the next request', () => {
  let h: IdentityHarness;
  let counting = false;
  let statements: string[] = [];
  let cache: SessionCache;
  let tenantId = '';
  let accountId = '';

  /** The session check and the number of SQL statements it cost. */
  async function check(id = accountId): Promise<{ state: SessionStateDto; statements: number }> {
    statements = [];
    counting = true;
    try {
      return { state: await h.bus.request(GetSessionState, { accountId: id }, as.system()), statements: statements.length };
    } finally {
      counting = false;
    }
  }

  /** After a change: the next check reads again (one statement) and is then kept (none). */
  async function expectReadAgain(what: string): Promise<SessionStateDto> {
    const next = await check();
    expect({ what, statements: next.statements }).toEqual({ what, statements: 1 });
    const again = await check();
    expect({ what, statements: again.statements }).toEqual({ what, statements: 0 });
    expect(again.state).toEqual(next.state);
    return next.state;
  }

  async function listening(): Promise<void> {
    cache.onModuleInit();
    for (let i = 0; i < 100 && !cache.live; i++) await new Promise((r) => setTimeout(r, 50));
    expect(cache.live).toBe(true);
  }

  beforeAll(async () => {
    h = await startIdentity({}, undefined, { onQuery: (sql) => counting && statements.push(sql) });
    const t = await h.bus.request(CreateTenant, { code: 'dk-cache', name: 'Kriminalforsorgen', country: 'DK', defaultLocale: 'da', enabledModules: ['identity', 'programmes'], firstAdministrator: { email: 'karen@example.dk' } }, as.platformAdmin());
    tenantId = t.id;
    [{ id: accountId }] = (await h.sql<{ id: string }>(`select id from identity.account where email = 'karen@example.dk'`)) as [{ id: string }];
    await h.bus.request(AcceptInvitation, { token: await issuedInvitationToken(h, accountId), password: 'correct horse battery staple' }, as.anonymous());
    // The harness runs no init hooks: the listener is started here, as the platform's start does.
    cache = h.moduleRef.get(SessionCache);
    await listening();
  });
  afterAll(() => h?.close());

  it('a second check with nothing changed costs no statement and equals the first', async () => {
    const first = await check();
    expect(first.statements).toBe(1);
    expect(first.state).toMatchObject({ active: true, enabledModules: ['identity', 'programmes'], account: { accountId, tenantId } });
    const second = await check();
    expect(second.statements).toBe(0);
    expect(second.state).toEqual(first.state);
  });

  /** A change, and its notification heard (else it could arrive between two checks and make the second read again). */
  async function write<T>(work: () => Promise<T>): Promise<T> {
    return dataChangesOf('identity').afterNotices(work);
  }

  it('a change through this process holds from the very next check, before any notification (reported with its COMMIT, or with the write outside a transaction)', async () => {
    await cache.onModuleDestroy();
    // As if a listener were connected whose notifications come late: only the COMMIT can report the change.
    dataChangesOf('identity').listening(true);
    try {
      const before = (await check()).state;
      expect((await check()).statements).toBe(0);
      await h.bus.request(LogoutEverywhere, {}, as.tenantAdmin(tenantId, { userId: accountId }));
      const after = await check();
      expect(after.statements).toBe(1);
      expect(after.state.version).toBeGreaterThan(before.version);
      // A request that only reads is no change.
      expect((await check()).statements).toBe(0);
      await h.bus.request(DisableAccount, { accountId }, as.tenantAdmin(tenantId));
      expect(await check()).toMatchObject({ statements: 1, state: { active: false } });
      await h.bus.request(EnableAccount, { accountId }, as.tenantAdmin(tenantId));
      expect(await check()).toMatchObject({ statements: 1, state: { active: true } });
    } finally {
      dataChangesOf('identity').listening(false);
      await listening();
    }
  });

  it('every change through the service holds from the next check', async () => {
    const before = (await check()).state;
    await write(() => h.bus.request(LogoutEverywhere, {}, as.tenantAdmin(tenantId, { userId: accountId })));
    expect((await expectReadAgain('signed out everywhere')).version).toBeGreaterThan(before.version);

    await write(() => h.bus.request(DisableAccount, { accountId }, as.tenantAdmin(tenantId)));
    expect((await expectReadAgain('account disabled')).active).toBe(false);
    await write(() => h.bus.request(EnableAccount, { accountId }, as.tenantAdmin(tenantId)));
    expect((await expectReadAgain('account enabled')).active).toBe(true);

    const grant = await write(() => h.bus.request(AssignRole, { accountId, role: 'coordinator', tenantId }, as.tenantAdmin(tenantId)));
    expect((await expectReadAgain('role granted')).account?.roles.map((r) => r.role)).toEqual(['tenant_admin', 'coordinator']);
    await write(() => h.bus.request(RevokeRole, { id: grant.id }, as.tenantAdmin(tenantId)));
    expect((await expectReadAgain('role revoked')).account?.roles.map((r) => r.role)).toEqual(['tenant_admin']);

    await write(() => h.bus.request(UpdateTenant, { id: tenantId, enabledModules: ['identity'] }, as.platformAdmin()));
    expect((await expectReadAgain('module switched off')).enabledModules).toEqual(['identity']);
  });

  it('changes in SQL by hand hold once their notification arrives (account, roles, tenant, an erased account)', async () => {
    const sql = (query: string) => write(() => h.sql(query));
    await check();
    await sql(`update identity.account set status = 'disabled' where id = '${accountId}'`);
    expect((await expectReadAgain('disabled in SQL')).active).toBe(false);
    await sql(`update identity.account set status = 'active', session_version = session_version + 1 where id = '${accountId}'`);
    expect((await expectReadAgain('enabled in SQL')).active).toBe(true);
    await sql(`update identity.tenant set enabled_modules = '["identity","training"]' where id = '${tenantId}'`);
    expect((await expectReadAgain('modules changed in SQL')).enabledModules).toEqual(['identity', 'training']);
    await sql(`delete from identity.role_assignment where account_id = '${accountId}'`);
    expect((await expectReadAgain('roles deleted in SQL')).account?.roles).toEqual([]);
    await sql(`delete from identity.account where id = '${accountId}'`);
    // An account that is gone is never kept: every check reads.
    for (let i = 0; i < 2; i++) expect(await check()).toEqual({ state: { active: false, version: 0 }, statements: 1 });
  });

  it('with the listener gone nothing is kept, and nothing kept before the gap is used after it', async () => {
    await write(() => h.bus.request(CreateTenant, { code: 'se-cache', name: 'Kriminalvården', country: 'SE', defaultLocale: 'en', enabledModules: ['identity'], firstAdministrator: { email: 'sven@example.se' } }, as.platformAdmin()));
    const [{ id }] = (await h.sql<{ id: string }>(`select id from identity.account where email = 'sven@example.se'`)) as [{ id: string }];
    await check(id);
    expect((await check(id)).statements).toBe(0);
    await cache.onModuleDestroy();
    expect(cache.live).toBe(false);
    expect((await check(id)).statements).toBe(1);
    expect((await check(id)).statements).toBe(1);
    await listening();
    expect((await check(id)).statements).toBe(1);
    expect((await check(id)).statements).toBe(0);
  });
});
