import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { migrateUp, openServiceOrm } from './orm.js';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.js';
import { databaseTls } from './tls.js';

// A throwaway PostgreSQL with TLS on (ssl=on, a certificate for `localhost` signed by a CA made
// here with openssl), reached through the same openServiceOrm every app and the migrate command
// use. pg_stat_ssl tells, from the server's side, whether the connection is encrypted.

const dir = mkdtempSync(join(tmpdir(), 'm4p-pg-tls-'));
const file = (n: string) => join(dir, n);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

function makeCa(name: string) {
  openssl('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout', `${name}.key`, '-out', `${name}.crt`);
}

let pg: RunningPostgres;
let port: number;
const password = 'tls-test';

beforeAll(async () => {
  chmodSync(dir, 0o755); // PostgreSQL runs as the `postgres` user when the test runs as root
  makeCa('test-ca');
  makeCa('other-ca');
  writeFileSync(file('server.ext'), 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n');
  openssl('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-subj', '/CN=localhost', '-keyout', 'server.key', '-out', 'server.csr');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'test-ca.crt', '-CAkey', 'test-ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext', '-out', 'server.crt');
  chmodSync(file('server.key'), 0o600);
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(file('server.key'), uid, gid);
    chownSync(file('server.crt'), uid, gid);
  }
  port = 20000 + Math.floor(Math.random() * 20000);
  pg = await startEmbeddedPostgres({
    dataDir: file('data'),
    port,
    password,
    database: 'tls',
    postgresFlags: ['-c', 'ssl=on', '-c', `ssl_cert_file=${file('server.crt')}`, '-c', `ssl_key_file=${file('server.key')}`, '-c', 'listen_addresses=127.0.0.1'],
  });
}, 120_000);

afterAll(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const url = (host: string, query: string) => `postgres://postgres:${password}@${host}:${port}/tls${query}`;

/** Opens the service ORM the way every app does, runs the migrate step and asks the server whether this connection is encrypted. */
async function sslSeenByServer(clientUrl: string, sslCaFile?: string): Promise<boolean> {
  let orm: MikroORM | undefined;
  try {
    orm = await openServiceOrm({ service: 'tls_check', clientUrl, sslCaFile, entities: [], migrations: [], poolMax: 1 });
    await migrateUp(orm);
    const rows = await orm.em.getConnection().execute<{ ssl: boolean }[]>('select ssl from pg_stat_ssl where pid = pg_backend_pid()');
    return rows[0]!.ssl;
  } finally {
    await orm?.close();
  }
}

describe('sslmode in DATABASE_URL', () => {
  it('require: the connection is encrypted (certificate not checked)', async () => {
    expect(await sslSeenByServer(url('127.0.0.1', '?sslmode=require'))).toBe(true);
  });

  it('disable and no sslmode: plaintext', async () => {
    expect(await sslSeenByServer(url('127.0.0.1', '?sslmode=disable'))).toBe(false);
    expect(await sslSeenByServer(url('127.0.0.1', ''))).toBe(false);
  });

  it('verify-full with the right CA (DATABASE_SSL_CA_FILE or sslrootcert) and the certificate name: encrypted', async () => {
    expect(await sslSeenByServer(url('localhost', '?sslmode=verify-full'), file('test-ca.crt'))).toBe(true);
    expect(await sslSeenByServer(url('localhost', `?sslmode=verify-full&sslrootcert=${encodeURIComponent(file('test-ca.crt'))}`))).toBe(true);
  });

  it('verify-full with the wrong CA fails', async () => {
    await expect(sslSeenByServer(url('localhost', '?sslmode=verify-full'), file('other-ca.crt'))).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
  });

  it('verify-full without a CA fails (a private CA is not among the public ones)', async () => {
    await expect(sslSeenByServer(url('localhost', '?sslmode=verify-full'))).rejects.toThrow(/certificate/i);
  });

  it('verify-full checks the name, verify-ca does not', async () => {
    await expect(sslSeenByServer(url('127.0.0.1', '?sslmode=verify-full'), file('test-ca.crt'))).rejects.toThrow(/IP: 127\.0\.0\.1|altnames|does not match/i);
    expect(await sslSeenByServer(url('127.0.0.1', '?sslmode=verify-ca'), file('test-ca.crt'))).toBe(true);
  });

  it('verify-ca with the wrong CA fails', async () => {
    await expect(sslSeenByServer(url('127.0.0.1', '?sslmode=verify-ca'), file('other-ca.crt'))).rejects.toThrow(/certificate/i);
  });

  it('refuses a mode it would not honour, and an unreadable CA file', () => {
    expect(() => databaseTls(url('localhost', '?sslmode=prefer'))).toThrow(/sslmode=prefer; use one of disable, require, verify-ca, verify-full/);
    expect(() => databaseTls(url('localhost', '?sslmode=verify-full'), file('missing.crt'))).toThrow(/CA file .*missing\.crt cannot be read/);
  });
});
