import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { serverAnswered } from './send';

const graphqlError = (code: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message: code, extensions: { code } }] });

describe('serverAnswered: which failures drop a queued operation', () => {
  it('an answer about the operation itself (invalid, conflicting, not allowed) drops it', () => {
    for (const code of ['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND']) expect(serverAnswered(graphqlError(code))).toBe(true);
  });

  it('a network failure, a server error status, a module that is down or an expired sign-in keeps it', () => {
    expect(serverAnswered(new TypeError('Failed to fetch'))).toBe(false);
    expect(serverAnswered(new ServerError('Bad Gateway', { response: new Response('', { status: 502 }), bodyText: '' }))).toBe(false);
    for (const code of ['UNAUTHENTICATED', 'MODULE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']) expect(serverAnswered(graphqlError(code))).toBe(false);
  });
});
