import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlatformError } from '@m4pris/platform-core';
import { authRoutes, sessionCookies, type SessionEndpoints } from './auth-routes.js';
import { WEB_CSP, webAppHandler } from './web-app.js';

function serve(handler: (req: any, res: any, next: (err?: unknown) => void) => unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      (req as any).body = raw ? JSON.parse(raw) : undefined;
      void handler(req, res, () => {
        res.statusCode = 418;
        res.end('next');
      });
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

describe('webAppHandler', () => {
  const root = mkdtempSync(join(tmpdir(), 'web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  let s: { url: string; server: Server };
  beforeAll(async () => (s = await serve(webAppHandler(root))));
  afterAll(() => s.server.close());

  it('serves index.html at / and for client-side routes, revalidated, with the strict CSP', async () => {
    for (const path of ['/', '/duo', '/surveys/123']) {
      const r = await fetch(s.url + path, { headers: { accept: 'text/html' } });
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<title>app</title>');
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(r.headers.get('content-security-policy')).toBe(WEB_CSP);
    }
  });

  it('the CSP allows no other origin and no inline or eval scripts', () => {
    expect(WEB_CSP).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(WEB_CSP).toContain("script-src 'self'");
    expect(WEB_CSP).toContain("frame-ancestors 'none'");
  });

  it('hashed assets are cached for a year as immutable; a missing asset is a 404, not the app', async () => {
    const r = await fetch(s.url + '/assets/index-abc123.js');
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(r.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(s.url + '/assets/gone-000.js')).status).toBe(404);
  });

  it('leaves the API paths and paths outside the root alone', async () => {
    for (const path of ['/graphql', '/health', '/health/ready', '/metrics', '/auth/refresh']) expect((await fetch(s.url + path, { headers: { accept: 'text/html' } })).status).toBe(418);
    const escape = await fetch(s.url + '/..%2f..%2fetc%2fpasswd');
    expect(await escape.text()).not.toContain('root:');
  });
});

describe('authRoutes', () => {
  const calls: string[] = [];
  const pair = (n: number) => ({ accessToken: `acc-${n}`, refreshToken: `ref-${n}`, expiresIn: 900 });
  const sessions: SessionEndpoints = {
    login: async (i) => {
      calls.push(`login ${i.email}`);
      if (i.password !== 'right') throw new PlatformError({ category: 'UNAUTHENTICATED', code: 'identity.INVALID_CREDENTIALS', message: 'Email or password is wrong.' });
      return pair(1);
    },
    refresh: async (i) => {
      calls.push(`refresh ${i.refreshToken}`);
      return pair(2);
    },
    logout: async (i) => {
      calls.push(`logout ${i.refreshToken}`);
      return { ok: true };
    },
    acceptInvitation: async () => pair(3),
  };
  let s: { url: string; server: Server };
  beforeAll(async () => (s = await serve(authRoutes({ sessions, introspection: true, context: async () => ({ roles: [], locale: 'en', traceId: 't' }) }))));
  afterAll(() => s.server.close());
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(s.url + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-m4pris-auth': '1', ...headers }, body: JSON.stringify(body) });

  it('sign-in returns the access token and puts the refresh token only in an httpOnly, Secure, SameSite=Strict cookie', async () => {
    const r = await post('/auth/login', { email: 'a@b.test', password: 'right' });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body).toEqual({ accessToken: 'acc-1', expiresIn: 900, sharedTerminal: false });
    const cookie = r.headers.getSetCookie().find((c) => c.startsWith('m4pris_rt='))!;
    expect(cookie).toMatch(/^m4pris_rt=ref-1; /);
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/auth']) expect(cookie).toContain(attr);
    expect(r.headers.get('cache-control')).toBe('no-store');
  });

  it('a shared terminal gets session cookies (gone when the browser closes)', () => {
    const [rt, st] = sessionCookies('x', true);
    expect(rt).not.toContain('Max-Age');
    expect(st).toMatch(/^m4pris_st=1;/);
    expect(sessionCookies('x', false)[0]).toContain('Max-Age=');
  });

  it('refuses a POST without the CSRF header', async () => {
    calls.length = 0;
    const r = await fetch(s.url + '/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'a@b.test', password: 'right' }) });
    expect(r.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('wrong credentials: 401 with the typed code and no cookie', async () => {
    const r = await post('/auth/login', { email: 'a@b.test', password: 'wrong' });
    expect(r.status).toBe(401);
    expect(await r.json()).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'identity.INVALID_CREDENTIALS' });
    expect(r.headers.getSetCookie()).toEqual([]);
  });

  it('refresh reads the cookie and rotates it; sign-out ends the session and clears the cookies', async () => {
    calls.length = 0;
    const none = await post('/auth/refresh', {});
    expect(none.status).toBe(401);
    const r = await post('/auth/refresh', {}, { cookie: 'm4pris_rt=ref-1; m4pris_st=1' });
    expect(await r.json()).toEqual({ accessToken: 'acc-2', expiresIn: 900, sharedTerminal: true });
    expect(r.headers.getSetCookie()[0]).toMatch(/^m4pris_rt=ref-2; /);
    const out = await post('/auth/logout', {}, { cookie: 'm4pris_rt=ref-2' });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().every((c) => c.includes('Max-Age=0'))).toBe(true);
    expect(calls).toEqual(['refresh ref-1', 'logout ref-2']);
  });

  it('GET /auth/config says whether the explorer may be shown', async () => {
    expect(await (await fetch(s.url + '/auth/config')).json()).toEqual({ introspection: true });
  });
});
