import { GraphQLClient, GraphQLRequestError, inParallel } from './graphql-client.js';

/**
 * A fake gateway: accepts only the current token; `expire()` makes every earlier token answer
 * UNAUTHENTICATED, as the gateway does once an access token's 15 minutes are over.
 */
function fakeGateway() {
  let valid = 'token-1';
  const seen: (string | null)[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const auth = (init.headers as Record<string, string>).authorization ?? null;
    seen.push(auth);
    await new Promise((r) => setTimeout(r, 1));
    const body =
      auth === `Bearer ${valid}`
        ? { data: { me: { ok: true } } }
        : { errors: [{ message: 'Your session has ended; sign in again.', extensions: { code: 'UNAUTHENTICATED' } }], data: null };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  let n = 1;
  return {
    fetch,
    seen,
    expire: () => {
      valid = `token-${++n}`;
    },
    /** What signing in returns: the token now valid. */
    login: () => Promise.resolve(valid),
  };
}

describe('GraphQLClient (demo)', () => {
  it('signs in again when its access token has expired and repeats the request', async () => {
    const gw = fakeGateway();
    let signIns = 0;
    const client = new GraphQLClient('http://gw/graphql', { fetch: gw.fetch, signIn: () => (signIns++, gw.login()) });
    await client.signIn();
    expect(await client.request('query Me { me { ok } }')).toEqual({ me: { ok: true } });
    gw.expire();
    expect(await client.request('query Me { me { ok } }')).toEqual({ me: { ok: true } });
    expect(signIns).toBe(2);
    expect(client.renewals).toBe(1);
    expect(gw.seen).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('signs in once for all requests in flight on the expired token', async () => {
    const gw = fakeGateway();
    let signIns = 0;
    const client = new GraphQLClient('http://gw/graphql', { fetch: gw.fetch, signIn: () => (signIns++, gw.login()) });
    await client.signIn();
    gw.expire();
    const results = await inParallel([1, 2, 3, 4, 5, 6, 7, 8], 8, () => client.request('query Me { me { ok } }'));
    expect(results).toHaveLength(8);
    expect(signIns).toBe(2); // the first sign-in and one renewal
    expect(client.renewals).toBe(1);
  });

  it('without a way to sign in, or when signing in again does not help, UNAUTHENTICATED reaches the caller', async () => {
    const gw = fakeGateway();
    const plain = new GraphQLClient('http://gw/graphql', { fetch: gw.fetch });
    plain.setToken('token-1');
    gw.expire();
    const e1 = await plain.request('query Me { me { ok } }').catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(GraphQLRequestError);
    expect((e1 as GraphQLRequestError).codes).toEqual(['UNAUTHENTICATED']);
    // a sign-in that returns a token the gateway rejects: one retry, then the error
    const stale = new GraphQLClient('http://gw/graphql', { fetch: gw.fetch, signIn: () => Promise.resolve('never-valid') });
    stale.setToken('token-1');
    const before = gw.seen.length;
    const e2 = await stale.request('query Me { me { ok } }').catch((e: unknown) => e);
    expect((e2 as GraphQLRequestError).codes).toEqual(['UNAUTHENTICATED']);
    expect(gw.seen.length - before).toBe(2);
  });

  it('anonymous requests never sign in', async () => {
    const gw = fakeGateway();
    let signIns = 0;
    const client = new GraphQLClient('http://gw/graphql', { fetch: gw.fetch, signIn: () => (signIns++, gw.login()) });
    const e = await client.request('mutation AcceptInvitation { x }', {}, { anonymous: true }).catch((x: unknown) => x);
    expect((e as GraphQLRequestError).codes).toEqual(['UNAUTHENTICATED']);
    expect(signIns).toBe(0);
  });
});

describe('inParallel', () => {
  it('keeps at most `limit` calls in flight and the order of the results', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await inParallel([5, 1, 4, 2, 3, 0, 6, 7, 8, 9], 3, async (x) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, x));
      inFlight--;
      return x * 2;
    });
    expect(out).toEqual([10, 2, 8, 4, 6, 0, 12, 14, 16, 18]);
    expect(peak).toBe(3);
  });

  it('throws the first error after the calls in flight finish', async () => {
    await expect(inParallel([1, 2, 3], 2, async (x) => (x === 2 ? Promise.reject(new Error('no 2')) : x))).rejects.toThrow('no 2');
  });
});
