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

  async function cookieSignIn(email: string): Promise<{ accessToken: string; cookie: string }> {
    const res = await fetch(`${p.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-m4pris-auth': '1' },
      body: JSON.stringify({ email, password: PASSWORD, sharedTerminal: true }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    expect(cookie).toMatch(/m4pris_rt=[^;]+/);
    return { accessToken: ((await res.json()) as { accessToken: string }).accessToken, cookie };
  }
  const cookieRefresh = (cookie: string) => fetch(`${p.baseUrl}/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-m4pris-auth': '1', cookie }, body: '{}' });

  it("ends the caller's sessions on every device at once, and nobody else's", async () => {
    const admin = (await ok(gql(p.url, LOGIN, { input: p.admin }))).login.accessToken as string;
    const t = await seedTenant(p, admin, 'soe', [{ key: 'traveller', hiredDaysAgo: 900 }, { key: 'colleague', hiredDaysAgo: 900 }]);
    const email = 'traveller@soe.test';
    // Three devices: a phone (GraphQL tokens), the staff-room terminal and a home browser (the web app's cookie session).
    const phone = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login as { accessToken: string; refreshToken: string };
    const terminal = await cookieSignIn(email);
    const browser = await cookieSignIn(email);
    for (const token of [phone.accessToken, terminal.accessToken, browser.accessToken]) await ok(gql(p.url, ME, {}, token));
    // The home browser refreshes once (as the app does before expiry): its cookie is rotated.
    const rotated = await cookieRefresh(browser.cookie);
    expect(rotated.status).toBe(200);
    const browserCookie = rotated.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    expect(browserCookie).not.toBe(browser.cookie);

    expect((await ok(gql(p.url, EVERYWHERE, {}, terminal.accessToken))).logoutEverywhere).toBe(true);

    // Right after: every device's access token is refused on the next request, none can refresh.
    for (const token of [phone.accessToken, terminal.accessToken, browser.accessToken]) expect(codeOf(await gql(p.url, ME, {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(p.url, REFRESH, { input: { refreshToken: phone.refreshToken } }))).toBe('UNAUTHENTICATED');
    const refused = await cookieRefresh(terminal.cookie);
    expect(refused.status).toBe(401);
    expect(refused.headers.getSetCookie().some((c) => /^m4pris_rt=;.*Max-Age=0/.test(c))).toBe(true);
    // The home browser's newest (rotated) cookie is dead too.
    expect((await cookieRefresh(browserCookie)).status).toBe(401);

    // Nobody else's session ended: a colleague of the same tenant and the tenant admin carry on.
    await ok(gql(p.url, ME, {}, t.tokens.colleague));
    await ok(gql(p.url, ME, {}, t.tokens.tenantAdmin));
    // Signing in again works; an anonymous caller is told to sign in.
    const again = (await ok(gql(p.url, LOGIN, { input: { email, password: PASSWORD } }))).login.accessToken as string;
    await ok(gql(p.url, ME, {}, again));
    expect(codeOf(await gql(p.url, EVERYWHERE))).toBe('UNAUTHENTICATED');
  });
});
