// Shared Jest settings: ESM + SWC (emits the decorator metadata Nest and MikroORM need).
// Workspace packages resolve to their TypeScript sources, so tests never need a build first.
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const root = dirname(fileURLToPath(import.meta.url));

/** @param {string} pkgDir @returns {import('jest').Config} */
export function jestConfig(pkgDir) {
  return {
    rootDir: pkgDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': ['@swc/jest', { swcrc: false, ...swcOptions() }],
    },
    moduleNameMapper: {
      '^@m4pris/testing$': `${root}/libs/testing/src/index.ts`,
      '^@m4pris/([a-z0-9]+)-([a-z0-9-]+)$': `${root}/libs/$1/$2/src/index.ts`,
      // A package's own entry points (`exports` subpaths such as platform-runtime/service): their source file.
      '^@m4pris/([a-z0-9]+)-([a-z0-9-]+)/([a-z0-9-]+)$': `${root}/libs/$1/$2/src/$3.ts`,
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    testTimeout: 60_000,
    maxWorkers: 1,
    // Since the 2026-12-02 merges some suites leave a handle open after their last test (seen in
    // matching-service and the standalone e2e suites; not yet traced), so Jest never exits and a CI run
    // would hang until its limit. Exit once the results are in; the leak is an open item in the notes.
    forceExit: true,
  };
}

function swcOptions() {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  };
}
