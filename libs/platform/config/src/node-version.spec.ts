import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeVersionProblem, REQUIRED_NODE_MAJOR } from './node-version.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');

describe('the Node version the apps require', () => {
  it('is the major of the bundled runtime (the `node` dependency) and of the Dockerfile image', () => {
    // A production dependency, so that `npm prune --omit=dev` on a VM keeps the runtime (issue 21).
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Number(pkg.dependencies['node']!.split('.')[0])).toBe(REQUIRED_NODE_MAJOR);
    const image = /ARG NODE_IMAGE=node:(\d+)\./.exec(readFileSync(join(root, 'Dockerfile'), 'utf8'));
    expect(Number(image?.[1])).toBe(REQUIRED_NODE_MAJOR);
  });

  it('names the version needed and the bundled runtime command on an older Node, nothing on a new enough one', () => {
    expect(nodeVersionProblem('identity', '20.20.2')).toBe(
      `m4pris identity needs Node.js ${REQUIRED_NODE_MAJOR} or newer, but this is Node.js 20.20.2 (its argon2 and other native modules crash or misbehave on older ones). ` +
        'Start it with the project\'s bundled runtime, from the repository root: node_modules/.bin/node apps/identity/dist/main.js [migrate]',
    );
    expect(nodeVersionProblem('gateway', '22.1.0')).toMatch(/node_modules\/\.bin\/node apps\/gateway\/dist\/main\.js$/);
    expect(nodeVersionProblem('gateway', `${REQUIRED_NODE_MAJOR}.0.0`)).toBeUndefined();
    expect(nodeVersionProblem('gateway', `${REQUIRED_NODE_MAJOR + 1}.2.3`)).toBeUndefined();
  });
});
