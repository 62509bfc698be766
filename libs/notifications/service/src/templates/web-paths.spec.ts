import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WEB_PATHS } from './web-paths.js';

/**
 * Every link a message carries is a page the web app has: the routes are read from the app's own
 * route tables (apps/web/src: App.tsx top level, the participant's app under `/`, the console
 * under `/console/`), so renaming a page there without changing WEB_PATHS fails here. Messages can
 * only link to WEB_PATHS (the notifier's `path` is typed `WebPath`).
 */
const web = resolve(process.cwd(), '../../../apps/web/src');
const read = (file: string) => readFileSync(resolve(web, file), 'utf8');
const clean = (p: string) => p.replace(/\/\*$/, '').replace(/\*$/, '');

function webRoutes(): Set<string> {
  const routes = new Set<string>(['/']);
  for (const [, path] of read('App.tsx').matchAll(/path: '([^']+)'/g)) if (clean(path)) routes.add(clean(path));
  for (const [, path] of read('participant/ParticipantApp.tsx').matchAll(/<Route path="([^"]+)"/g)) if (clean(path)) routes.add(`/${clean(path)}`);
  for (const [, path] of read('console/ConsoleApp.tsx').matchAll(/<Route path="([^"]+)"/g)) if (clean(path)) routes.add(`/console/${clean(path)}`);
  return routes;
}

describe('links in messages', () => {
  it('reads the web app\'s routes (the participant\'s duo page, the console\'s duos and support inbox among them)', () => {
    const routes = webRoutes();
    for (const known of ['/duo', '/surveys', '/training', '/console/duos', '/console/concerns', '/invitation', '/reset-password']) expect(routes).toContain(known);
  });

  it('every path a message links to is a route of the web app', () => {
    const routes = webRoutes();
    const missing = Object.entries(WEB_PATHS).filter(([, path]) => !routes.has(path));
    expect(missing).toEqual([]);
  });

  it('no path names an entity (the old /relationships/<id>, /programmes/<id>, /certificates/<id>)', () => {
    for (const path of Object.values(WEB_PATHS)) expect(path).not.toMatch(/relationships|programmes\/|certificates|[0-9a-f]{8}-/);
  });
});
