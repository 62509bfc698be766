import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentAccessToken, sessionState, signIn, signOut } from './session';

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('session', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the access token in memory only and sends the CSRF header', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return Promise.resolve(reply(200, { accessToken: 'acc-1', expiresIn: 900, sharedTerminal: true }));
    });
    await signIn('mentee@example.org', 'secret', true);
    expect(sessionState()).toEqual({ signedIn: true, sharedTerminal: true });
    expect(await currentAccessToken()).toBe('acc-1');
    expect(calls[0].url).toBe('/auth/login');
    expect((calls[0].init.headers as Record<string, string>)['x-m4pris-auth']).toBe('1');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: 'mentee@example.org', password: 'secret', sharedTerminal: true });
    // Nothing of the session or the person is written to web storage.
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('signing out forgets the token even when the server is unreachable', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
    await signOut();
    expect(sessionState().signedIn).toBe(false);
  });

  it('a refused refresh leaves the session signed out', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(reply(401, { code: 'UNAUTHENTICATED', message: 'no session' })));
    expect(await currentAccessToken()).toBeNull();
    expect(sessionState().signedIn).toBe(false);
  });
});
