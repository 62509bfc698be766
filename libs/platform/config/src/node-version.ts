/**
 * The Node.js major version the apps are built and tested with: the `node` dev dependency of the
 * repository (node_modules/.bin/node) and the Dockerfile's base image. node-version.spec.ts keeps
 * the three equal.
 */
export const REQUIRED_NODE_MAJOR = 24;

/** The sentence an app prints when started by an older Node, or undefined when `version` is new enough. */
export function nodeVersionProblem(app: string, version: string = process.versions.node): string | undefined {
  const major = Number(version.split('.')[0]);
  if (major >= REQUIRED_NODE_MAJOR) return undefined;
  return (
    `m4pris ${app} needs Node.js ${REQUIRED_NODE_MAJOR} or newer, but this is Node.js ${version} ` +
    `(its argon2 and other native modules crash or misbehave on older ones). ` +
    `Start it with the project's bundled runtime, from the repository root: ` +
    `node_modules/.bin/node apps/${app}/dist/main.js${app === 'gateway' || app === 'standalone' ? '' : ' [migrate]'}`
  );
}

/**
 * First thing every app does (its `src/node-check.ts`, imported before anything else): on a Node
 * older than REQUIRED_NODE_MAJOR print why and how to start it properly, and exit 78 (EX_CONFIG;
 * the systemd units do not restart on it) before any native module is loaded.
 */
export function requireSupportedNode(app: string): void {
  const problem = nodeVersionProblem(app);
  if (!problem) return;
  process.stderr.write(problem + '\n');
  process.exit(78);
}
