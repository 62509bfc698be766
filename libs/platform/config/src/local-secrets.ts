import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A secret kept on this machine beside the data (mode 0600): created with `bytes` random bytes the
 * first time (`base64url` or `base64`), then read back. Launchers that run without configuration
 * (`npm start`, `npm run start:distributed`) use it for what a deployment sets from its secrets:
 * the embedded PostgreSQL password, the key that encrypts identity's signing key. Two processes
 * starting together agree: the file is created exclusively and the loser reads the winner's.
 */
export function localSecret(file: string, bytes: number, encoding: 'base64' | 'base64url' = 'base64'): string {
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(bytes).toString(encoding), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readFileSync(file, 'utf8').trim();
}
