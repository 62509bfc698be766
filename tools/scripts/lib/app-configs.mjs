// The config sections of every launcher (apps/*/dist/config.js, built), in a stable order:
// standalone, gateway, then each service app in registry order. Used by env-example.mjs and
// config-docs.mjs, so .env.example and docs/operations.md list the same variables.
import 'reflect-metadata';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODULE_NAMES } from '@m4pris/modules-registry';

const root = join(import.meta.dirname, '..', '..', '..');

/** @returns {Promise<{ app: string, title: string, sections: (new () => object)[] }[]>} */
export async function appConfigs() {
  const apps = readdirSync(join(root, 'apps'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, 'apps', e.name, 'package.json')))
    // Launchers only: an app without src/config.ts (the web app) reads no environment.
    .filter((e) => existsSync(join(root, 'apps', e.name, 'src', 'config.ts')))
    .map((e) => e.name);
  const rank = (a) => (a === 'standalone' ? -2 : a === 'gateway' ? -1 : MODULE_NAMES.indexOf(a) >= 0 ? MODULE_NAMES.indexOf(a) : 100);
  apps.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const out = [];
  for (const app of apps) {
    const file = join(root, 'apps', app, 'dist', 'config.js');
    if (!existsSync(file)) throw new Error(`${file} is missing: build first (npm run build)`);
    const mod = await import(pathToFileURL(file).href);
    const config = Object.entries(mod).find(([k]) => k.endsWith('Config'))?.[1];
    if (!config) throw new Error(`apps/${app}/src/config.ts exports no *Config object`);
    let sections = Object.values(config);
    let title = `Distributed mode: ${app} service (apps/${app})`;
    if (app === 'standalone') {
      // Standalone hosts every module: their own settings are read there too.
      // (apps/standalone/dist/modules.js: each module's service loader; the registry has none.)
      const { MODULE_SERVICES } = await import(pathToFileURL(join(root, 'apps', 'standalone', 'dist', 'modules.js')).href);
      const moduleSettings = await Promise.all(Object.values(MODULE_SERVICES).map(async (load) => (await load()).settings));
      sections = [...sections, ...moduleSettings];
      title = 'Standalone mode (npm start)';
    } else if (app === 'gateway') {
      title = 'Distributed mode: gateway (apps/gateway)';
    }
    out.push({ app, title, sections });
  }
  return out;
}
