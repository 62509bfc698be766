import type { RequestContext } from '@m4pris/platform-core';
import type { Bus } from '@m4pris/platform-messaging';
import { GetExample } from '@m4pris/matching-contracts';
import { ExampleResolver } from './example.resolver.js';

describe('ExampleResolver', () => {
  it('asks the matching service over the bus with the caller context', async () => {
    const calls: unknown[][] = [];
    const bus = {
      request: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve({ id: 'x', name: 'first', createdAt: '2026-01-01T00:00:00.000Z' });
      },
    } as unknown as Bus;
    const ctx: RequestContext = { roles: [], locale: 'en', traceId: 't1' };

    await expect(new ExampleResolver(bus).example('x', ctx)).resolves.toMatchObject({ id: 'x' });
    expect(calls).toEqual([[GetExample, { id: 'x' }, ctx]]);
  });
});
