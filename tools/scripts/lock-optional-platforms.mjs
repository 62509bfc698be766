// The npm registry this project's machines reach serves only Linux builds of native packages, so
// `npm install` here leaves the other platforms' optional binaries (@swc/core-darwin-arm64, …) out
// of package-lock.json, and `npm ci` then refuses the lock on every machine ("Missing: … from lock
// file"). This adds those entries back — name, version, os/cpu/libc from the package's platform
// suffix — so `npm ci` works here (they are skipped on Linux) and elsewhere (fetched by version).
// Run after `npm install` changes the lock: `npm run lock:platforms` (`--check` exits 1 if needed).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;

function platform(name) {
  const s = name.split('/').pop();
  const os = /darwin/.test(s) ? 'darwin' : /win32|windows/.test(s) ? 'win32' : /freebsd/.test(s) ? 'freebsd'
    : /android/.test(s) ? 'android' : /openharmony/.test(s) ? 'openharmony' : /linux/.test(s) ? 'linux' : undefined;
  const cpu = /arm64|aarch64/.test(s) ? 'arm64' : /x64|-64$|amd64/.test(s) ? 'x64' : /ia32/.test(s) ? 'ia32'
    : /ppc64/.test(s) ? 'ppc64' : /s390x/.test(s) ? 's390x' : /riscv64/.test(s) ? 'riscv64' : /loong64/.test(s) ? 'loong64' : /-arm(-|$)/.test(s) ? 'arm' : undefined;
  const libc = /musl/.test(s) ? 'musl' : /gnu/.test(s) && os === 'linux' ? 'glibc' : undefined;
  return { os, cpu, libc };
}

const added = [];
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = path === '' ? `node_modules/${dep}` : `${path}/node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[hoisted]?.version === version) continue;
    const { os, cpu, libc } = platform(dep);
    if (!os || !cpu || !/^\d+\.\d+\.\d+/.test(version)) continue; // not a platform binary: leave it to npm
    // Hoisted when free, else beside the package that needs this version.
    pkgs[pkgs[hoisted] ? nested : hoisted] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      dev: meta.dev || undefined,
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      os: [os],
    };
    added.push(`${dep}@${version}`);
  }
}
if (process.argv.includes('--check')) {
  if (added.length) {
    console.error(`package-lock.json lacks ${added.length} platform binaries: run \`npm run lock:platforms\``);
    process.exit(1);
  }
  console.log('package-lock.json lists every platform binary');
} else {
  lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(added.length ? `added ${added.length}: ${added.join(', ')}` : 'nothing to add');
}
