import { readFileSync } from 'node:fs';
import { checkServerIdentity, type ConnectionOptions } from 'node:tls';

/** The `sslmode` values honoured (libpq's names and meanings; `prefer`/`allow` would silently fall back to plaintext). */
export const SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

/** The URL parameters that carry TLS settings (libpq's names); stripped before the URL reaches `pg`. */
const TLS_PARAMS = ['sslmode', 'sslrootcert', 'ssl', 'sslcert', 'sslkey', 'sslpassword', 'uselibpqcompat'];

export interface DatabaseTls {
  mode: SslMode;
  /** What `pg` gets as `ssl`: false (plaintext) or the TLS options. */
  ssl: false | ConnectionOptions;
  /** The URL without the TLS parameters (so `pg` cannot reinterpret them). */
  url: string;
}

/**
 * How to reach the PostgreSQL of `databaseUrl`, TLS-wise, with libpq's meaning of `sslmode`:
 * - `disable` (also when absent): plaintext;
 * - `require`: TLS, the server certificate not checked — unless a CA is given, then like verify-ca
 *   (libpq does the same when a root certificate is present);
 * - `verify-ca`: TLS, the certificate must chain to the CA;
 * - `verify-full`: and its name must match the host in the URL.
 * The CA is `caFile` (DATABASE_SSL_CA_FILE) or the URL's `sslrootcert`; without one, verify-* use
 * Node's bundled public CAs. Any other `sslmode` (prefer, allow, a typo) is refused, never ignored.
 */
export function databaseTls(databaseUrl: string, caFile?: string): DatabaseTls {
  const u = new URL(databaseUrl);
  const raw = u.searchParams.get('sslmode') ?? 'disable';
  if (!(SSL_MODES as readonly string[]).includes(raw)) {
    throw new Error(`DATABASE_URL has sslmode=${raw}; use one of ${SSL_MODES.join(', ')} (prefer/allow are refused: they fall back to plaintext silently)`);
  }
  const mode = raw as SslMode;
  const caPath = caFile || u.searchParams.get('sslrootcert') || undefined;
  for (const p of TLS_PARAMS) u.searchParams.delete(p);
  const url = u.toString();
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  if (mode === 'disable') return { mode, ssl: false, url };
  let ca: string | undefined;
  if (caPath) {
    try {
      ca = readFileSync(caPath, 'utf8');
    } catch (e) {
      throw new Error(`the database CA file ${caPath} cannot be read: ${(e as Error).message}`);
    }
  }
  if (mode === 'require' && !ca) return { mode, ssl: { rejectUnauthorized: false }, url };
  return {
    mode,
    url,
    ssl: {
      rejectUnauthorized: true,
      ...(ca ? { ca } : {}),
      // verify-full: the name is checked against the URL's host — explicitly, because `pg` gives
      // Node no host for an IP address and Node then checks the name against "localhost".
      // verify-ca (and require with a CA): the chain is checked, the name is not.
      checkServerIdentity: mode === 'verify-full' ? (_name, cert) => checkServerIdentity(host, cert) : () => undefined,
    },
  };
}

/** A `pg.Client`/`pg.Pool` config for `databaseUrl` with its sslmode honoured (start-up scripts, tests). */
export function pgClientConfig(databaseUrl: string, caFile?: string): { connectionString: string; ssl: false | ConnectionOptions } {
  const t = databaseTls(databaseUrl, caFile);
  return { connectionString: t.url, ssl: t.ssl };
}
