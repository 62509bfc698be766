// Starts the built standalone platform (apps/standalone/dist/main.js, which serves apps/web/dist at
// `/`) on a fresh PostgreSQL database and a free port, as a person would with `npm start`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@m4pris/testing';

const repo = join(import.meta.dirname, '..', '..', '..', '..');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startStandalone() {
  const db = await createTestDatabase('web');
  const port = await freePort();
  // The ops port (/health, /metrics) too: 9400 by default, taken by any other platform on the machine.
  const opsPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'm4pris-web-'));
  const admin = { email: 'admin@web.test', password: 'correct horse battery staple web' };
  const child = spawn(process.execPath, [join(repo, 'apps/standalone/dist/main.js')], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      OPS_PORT: String(opsPort),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      MAIL_POLL_MS: '200',
      // Each suite hashes many passwords (argon2 at sign-in and invitation): on a shared, loaded machine
      // the default 5 s bus timeout answered MODULE_UNAVAILABLE for acceptInvitation (seen at load 46).
      REQUEST_TIMEOUT_MS: '20000',
      STANDALONE_DATABASE_URL: db.url,
      PLATFORM_ADMIN_EMAIL: admin.email,
      PLATFORM_ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`standalone did not become ready:\n${output}`)), 120_000);
    const onData = (b) => {
      output += b.toString();
      if (output.includes('ready:')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`standalone exited with ${code}:\n${output}`));
    });
  });
  try {
    await ready;
  } catch (e) {
    // A start that failed (say, an older Node) leaves no database, process or data folder behind.
    child.removeAllListeners('exit');
    if (child.exitCode === null) child.kill('SIGKILL');
    await db.drop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `http://localhost:${port}`,
    admin,
    // Without SMTP_URL the platform writes each e-mail here as an .eml file: the tests read it as a person reads their mailbox.
    mailDir: join(dataDir, 'mail'),
    async close() {
      child.removeAllListeners('exit');
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      });
      await db.drop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
