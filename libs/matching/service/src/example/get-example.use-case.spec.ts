import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformError, type RequestContext } from '@m4pris/platform-core';
import { MatchingErrors } from '@m4pris/matching-contracts';
import { GetExampleUseCase } from './get-example.use-case.js';

const ID = '0b6f1a52-2f0c-4a57-9d55-8a3c1c1f2e10';
const ctx: RequestContext = { userId: 'u1', roles: [], locale: 'en', traceId: 't1' };

function useCase(found: object | null): GetExampleUseCase {
  const em = { findOne: () => Promise.resolve(found) } as unknown as EntityManager;
  return new GetExampleUseCase(em);
}

describe('GetExampleUseCase', () => {
  it('returns the example as a DTO', async () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    await expect(useCase({ id: ID, name: 'first', createdAt }).execute({ id: ID }, ctx)).resolves.toEqual({
      id: ID,
      name: 'first',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('throws the module error code when the example does not exist', async () => {
    const err = await useCase(null).execute({ id: ID }, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PlatformError);
    expect((err as PlatformError).code).toBe(MatchingErrors.codes.EXAMPLE_NOT_FOUND);
  });

  it('refuses anonymous callers', async () => {
    await expect(useCase(null).execute({ id: ID }, { roles: [], locale: 'en', traceId: 't1' })).rejects.toThrow(PlatformError);
  });
});
