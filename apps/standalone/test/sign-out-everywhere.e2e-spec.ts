import { ok, seedTenant } from './fixtures.js';
import { codeOf, gql, startPlatform, type TestPlatform } from './platform.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REFRESH = `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`;
const ME = `query { me { accountId } }`;
const EVERYWHERE = `mutation { logoutEverywhere }`;
const PASSWORD = 'a long enough password 1';

/**
 * Sign out everywhere (issue 15): one call from one device ends the account's sessions on every
 * device at once — the GraphQL client's tokens and the web app's cookie session alike — and nobody
 * else's.
 */
describe('sign out everywhere', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform('in-process', { modules: ['identity'], services: ['identity'] });
  }, 120_000);
  afterAll(async () => {
    await p?.close();
  });

  // The cookie routes (/auth/*) are not mounted by this harness (no authEndpoints): the web app's
  // cookie session is covered by apps/web/test/browser/participant-more.test.mjs.
  const signIn = async (email: string) => (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login as { accessToken: string; refreshToken: string };
  const refresh = (refreshToken: string) => gql(p.url, REFRESH, { input: { refreshToken } });

  it("ends the caller's sessions on every device at once, and nobody else's", async () => {
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    const t = await seedTenant(p, admin, 'soe', [{ key: 'traveller', hiredDaysAgo: 900 }, { key: 'colleague', hiredDaysAgo: 900 }]);
    const email = 'traveller@soe.test';
    // Three devices: a phone, the staff-room terminal and a home browser, each its own session.
    const phone = await signIn(email);
    const terminal = await signIn(email);
    const browser = await signIn(email);
    for (const token of [phone.accessToken, terminal.accessToken, browser.accessToken]) await ok(gql(p.url, ME, {}, token));
    // The home browser refreshes once (as the app does before expiry): its refresh token is rotated.
    const browserRefresh = (await ok(gql(p.url, `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { refreshToken } }`, { input: { refreshToken: browser.refreshToken } }))).refreshToken.refreshToken as string;

    expect((await ok(gql(p.url, EVERYWHERE, {}, terminal.accessToken))).logoutEverywhere).toBe(true);

    // Right after: every device's access token is refused on the next request, none can refresh.
    for (const token of [phone.accessToken, terminal.accessToken, browser.accessToken]) expect(codeOf(await gql(p.url, ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(p.url, REFRESH, { input: { refreshToken: phone.refreshToken } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await refresh(terminal.refreshToken))).toBe('UNAUTHENTICATED');
    // The home browser's newest (rotated) refresh token is dead too.
    expect(codeOf(await refresh(browserRefresh))).toBe('UNAUTHENTICATED');

    // Nobody else's session ended: a colleague of the same tenant and the tenant admin carry on.
    await ok(gql(p.url, ME, {}, t.tokens.colleague));
    await ok(gql(p.url, ME, {}, t.tokens.tenantAdmin));
    // Signing in again works; an anonymous caller is told to sign in.
    const again = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login.accessToken as string;
    await ok(gql(p.url, ME, {}, again));
    expect(codeOf(await gql(p.url, EVERYWHERE))).toBe('UNAUTHENTICATED');
  });
});
