#!/usr/bin/env node
// Refreshes Nx's cached project graph (.nx/workspace-data/project-graph.json), which
// @nx/enforce-module-boundaries reads. Turbo runs the tasks, so nothing else keeps it fresh.
//   node tools/scripts/nx-graph.mjs          refresh now
//   import { ensureProjectGraph } from ...   refresh only when missing or older than a package.json/nx.json
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GRAPH_FILE = join(root, '.nx', 'workspace-data', 'project-graph.json');

function projectManifests() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = [join(root, 'package.json'), join(root, 'nx.json')];
  for (const pattern of workspaces) {
    let dirs = [root];
    for (const part of pattern.split('/')) {
      dirs = dirs.flatMap((d) =>
        part === '*'
          ? existsSync(d)
            ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => join(d, e.name))
            : []
          : [join(d, part)],
      );
    }
    out.push(...dirs.map((d) => join(d, 'package.json')).filter((f) => existsSync(f)));
  }
  return out;
}

export function refreshProjectGraph() {
  execFileSync(process.execPath, [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'graph', `--file=${join(root, '.nx', 'graph.json')}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (!existsSync(GRAPH_FILE)) throw new Error(`nx graph did not write ${GRAPH_FILE}`);
}

export function ensureProjectGraph() {
  const cached = existsSync(GRAPH_FILE) ? statSync(GRAPH_FILE).mtimeMs : 0;
  if (projectManifests().some((f) => statSync(f).mtimeMs > cached)) refreshProjectGraph();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  refreshProjectGraph();
  console.log('nx project graph refreshed');
}
