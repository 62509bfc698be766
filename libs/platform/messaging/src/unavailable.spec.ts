import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from '@m4pris/platform-observability';
import { toErrorPayload } from './reply-errors.js';
import { isDatabaseUnavailable } from './unavailable.js';

/**
 * Regression (fault suite, PostgreSQL restarted under load): a request that reached a service while
 * its database was down answered INTERNAL_SERVER_ERROR. It is MODULE_UNAVAILABLE now, and only that.
 */
describe('a database that cannot be reached is MODULE_UNAVAILABLE, not INTERNAL', () => {
  const logged: string[] = [];
  const logger = { warn: (_o: object, m: string) => logged.push(`warn ${m}`), error: (_o: object, m: string) => logged.push(`error ${m}`) } as unknown as Logger;

  /** The error node-postgres really gives for a server that refuses connections (a port nobody listens on). */
  async function refusedConnectionError(): Promise<Error> {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const c = new pg.Client({ host: '127.0.0.1', port, user: 'x', database: 'x', connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
    } catch (e) {
      return e as Error;
    }
    await c.end();
    throw new Error('connected to a closed port');
  }

  /** What PostgreSQL answers while shutting down or starting up, as node-postgres reports it (SQLSTATE 57P03). */
  function cannotConnectNow(): Error {
    return Object.assign(new Error('the database system is starting up'), { code: '57P03', severity: 'FATAL' });
  }

  it('recognises refused, dropped and not-yet-accepting connections, raw or wrapped by MikroORM', async () => {
    const refused = await refusedConnectionError();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new DriverException(refused))).toBe(true);
    expect(isDatabaseUnavailable(new DriverException(cannotConnectNow()))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: Object.assign(new Error('x'), { code: '08006' }) }))).toBe(true);
  });

  it('leaves bugs and bad queries alone', () => {
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(new DriverException(Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' })))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it('answers MODULE_UNAVAILABLE for the service, INTERNAL for the rest', async () => {
    expect(toErrorPayload(new DriverException(await refusedConnectionError()), logger, 'identity')).toMatchObject({
      category: 'MODULE_UNAVAILABLE',
      code: 'common.MODULE_UNAVAILABLE',
      params: { module: 'identity' },
    });
    expect(toErrorPayload(new DriverException(cannotConnectNow()), logger, 'programmes')).toMatchObject({ category: 'MODULE_UNAVAILABLE', params: { module: 'programmes' } });
    expect(toErrorPayload(new Error('a bug'), logger, 'identity')).toMatchObject({ category: 'INTERNAL' });
    expect(toErrorPayload(new UniqueConstraintViolationException(Object.assign(new Error('duplicate key'), { code: '23505' })), logger, 'identity')).toMatchObject({ category: 'CONFLICT' });
    expect(logged).toEqual([
      'warn database unavailable: request refused as MODULE_UNAVAILABLE',
      'warn database unavailable: request refused as MODULE_UNAVAILABLE',
      'error internal error',
    ]);
  });
});
