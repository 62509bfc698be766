#!/usr/bin/env node
// Builds each app's image from the one Dockerfile and prints its size (the build check of issue 21:
// service images carry production dependencies only). Needs a Docker engine: without one
// (`docker info` fails) it says so and exits 2 — it never prints sizes it did not measure.
//   npm run images:size                      gateway, standalone and every module of the registry
//   npm run images:size -- identity gateway  only these
// The last stdout line is one JSON object: {"check":"image-sizes","images":[{"app","bytes","mib"}]}.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' });
if (info.status !== 0) {
  const why = (info.error?.message ?? info.stderr ?? '').trim().split('\n').pop();
  console.error(`image-sizes: no Docker engine here (docker info: ${why || `exit ${info.status}`}); image sizes not measured`);
  process.exit(2);
}

const { MODULE_NAMES } = await import('@m4pris/modules-registry');
const apps = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['gateway', 'standalone', ...MODULE_NAMES.filter((m) => existsSync(join(root, 'apps', m, 'package.json')))];
const version = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8')).version;
const images = [];
for (const app of apps) {
  const tag = `m4pris/${app}:${version}`;
  console.error(`» docker build --build-arg APP=${app} -t ${tag} .`);
  const b = spawnSync('docker', ['build', '--build-arg', `APP=${app}`, '-t', tag, '.'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (b.status !== 0) {
    console.error(`image-sizes: the ${app} image did not build (exit ${b.status ?? b.signal})`);
    process.exit(1);
  }
  const size = Number(spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}}', tag], { encoding: 'utf8' }).stdout.trim());
  images.push({ app, bytes: size, mib: Math.round((size / 1048576) * 10) / 10 });
}
console.log(`Docker ${info.stdout.trim()}`);
console.log('image          MiB');
for (const i of images) console.log(`${i.app.padEnd(13)} ${String(i.mib).padStart(6)}`);
console.log(JSON.stringify({ check: 'image-sizes', docker: info.stdout.trim(), images }));
