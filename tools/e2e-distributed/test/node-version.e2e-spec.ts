import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REQUIRED_NODE_MAJOR } from '@m4pris/platform-config';

/**
 * Every app, started from its built dist/main.js by a Node older than the one it needs (the
 * machine's /usr/bin/node: Node 20 on the CI image), exits 78 with a sentence naming the version it
 * needs and the bundled-runtime command — instead of identity's and standalone's segfault (exit 139)
 * in argon2's native binary. Needs `npm run build` first.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const APPS = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'gateway', 'standalone'];
/** The services' production entries: their bundles (tools/scripts/bundle-service.mjs), as the images and systemd run them. */
const BUNDLED = APPS.filter((a) => a !== 'gateway' && a !== 'standalone').map((app) => [app, join('apps', app, 'dist', 'bundle', 'main.js')]);

/** The first `node` on PATH (or /usr/bin/node) older than the required major. */
function olderNode(): { bin: string; version: string } {
  const candidates = new Set<string>(['/usr/bin/node', '/usr/local/bin/node']);
  try {
    for (const p of execFileSync('which', ['-a', 'node'], { env: { PATH: process.env.PATH!.split(':').filter((d) => !d.includes('node_modules')).join(':') } }).toString().split('\n')) {
      if (p.trim()) candidates.add(p.trim());
    }
  } catch {
    /* `which` finds none: the fixed paths remain */
  }
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const version = execFileSync(bin, ['-p', 'process.versions.node']).toString().trim();
    if (Number(version.split('.')[0]) < REQUIRED_NODE_MAJOR) return { bin, version };
  }
  throw new Error(`this test needs a Node older than ${REQUIRED_NODE_MAJOR} on the machine (tried ${[...candidates].join(', ')})`);
}

describe('apps started by an older Node', () => {
  const old = olderNode();

  it.each([...APPS.map((app) => [app, join('apps', app, 'dist', 'main.js')]), ...BUNDLED])('%s from %s exits 78 naming the Node it needs and the bundled runtime command', (app, entry) => {
    const main = join(root, entry);
    expect(existsSync(main)).toBe(true);
    // No NATS or database is reached: the check comes before anything else (a wrong URL proves it).
    const r = spawnSync(old.bin, [main], {
      cwd: root,
      env: { PATH: '/usr/bin:/bin', NATS_URL: 'nats://127.0.0.1:1', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: r.status, signal: r.signal }).toEqual({ status: 78, signal: null });
    expect(r.stderr.trim()).toBe(
      `m4pris ${app} needs Node.js ${REQUIRED_NODE_MAJOR} or newer, but this is Node.js ${old.version} ` +
        `(its argon2 and other native modules crash or misbehave on older ones). Start it with the project's bundled runtime, from the repository root: ` +
        `node_modules/.bin/node apps/${app}/dist/main.js${app === 'gateway' || app === 'standalone' ? '' : ' [migrate]'}`,
    );
    expect(r.stdout).toBe('');
  });
});
