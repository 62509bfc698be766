// Flat config for every workspace package (`eslint src` in each package, run by Turbo).
// - typed rules that catch real bugs (floating/misused promises, non-exhaustive switches)
// - @nx/enforce-module-boundaries: the house rules of ARCHITECTURE.md §3, from the `nx.tags`
//   of each package.json (type:*, scope:*, platform:pure)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { ensureProjectGraph } from './tools/scripts/nx-graph.mjs';

const root = import.meta.dirname;

// The boundary rule reads Nx's cached project graph and silently skips when there is none:
// make sure it exists and knows every package.
ensureProjectGraph();

/** Every scope:* tag used by a workspace package (so a generated module is covered at once). */
function workspaceScopes() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const scopes = new Set();
  for (const pattern of workspaces) {
    let dirs = [root];
    for (const part of pattern.split('/')) {
      dirs = dirs.flatMap((d) =>
        part === '*'
          ? existsSync(d)
            ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(d, e.name))
            : []
          : [join(d, part)],
      );
    }
    for (const d of dirs) {
      const f = join(d, 'package.json');
      if (!existsSync(f)) continue;
      for (const tag of JSON.parse(readFileSync(f, 'utf8')).nx?.tags ?? []) if (tag.startsWith('scope:')) scopes.add(tag.slice(6));
    }
  }
  scopes.delete('shared');
  return [...scopes].sort();
}

const FRAMEWORKS = ['@nestjs/*', '@mikro-orm/*', '@apollo/*', 'graphql', 'pg', '@nats-io/*'];

/**
 * @param {boolean} tests test files may also use the test harness (type:testing)
 * @returns {import('@nx/eslint-plugin/src/utils/runtime-lint-utils').DepConstraint[]}
 */
function depConstraints(tests) {
  const t = tests ? ['type:testing'] : [];
  return [
    // contracts: other contracts and the pure platform only, no frameworks; same scope or shared
    { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts', 'platform:pure', ...t], bannedExternalImports: FRAMEWORKS },
    // pure platform (core, i18n): stays pure, so contracts can depend on it
    { sourceTag: 'platform:pure', onlyDependOnLibsWithTags: ['platform:pure', ...t], bannedExternalImports: FRAMEWORKS },
    { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', ...t] },
    // a module reaches another module only through its contracts
    { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', ...t] },
    { sourceTag: 'type:graphql', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', ...t], notDependOnLibsWithTags: ['type:service'] },
    { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:testing'] },
    // composition root (libs/modules/registry): the only lib that may load every module's service and graphql libs;
    // only apps and tools may depend on it
    { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:contracts', 'type:service', 'type:graphql', 'type:platform', ...t] },
    { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
    { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:contracts', 'type:platform', 'type:testing', 'type:composition', 'type:tool'] },
    ...workspaceScopes().flatMap((s) => [
      // contracts of module s: only its own scope (and shared)
      { allSourceTags: ['type:contracts', `scope:${s}`], onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared'] },
      // service/graphql of module s: any module's contracts, but everything else from its own scope or shared
      { allSourceTags: ['type:service', `scope:${s}`], onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared', 'type:contracts'] },
      { allSourceTags: ['type:graphql', `scope:${s}`], onlyDependOnLibsWithTags: [`scope:${s}`, 'scope:shared', 'type:contracts'] },
    ]),
  ];
}

const boundaries = (tests) => [
  'error',
  {
    // test files may use the harness even from platform libs it builds on (a cycle only in tests)
    allow: tests ? ['@m4pris/testing'] : [],
    enforceBuildableLibDependency: false,
    banTransitiveDependencies: false,
    checkDynamicDependenciesExceptions: [],
    depConstraints: depConstraints(tests),
  },
];

const TEST_FILES = ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '.nx/**', '.turbo/**', '.data/**', 'tools/generators/src/**/files/**', 'apps/web/src/gql/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),

      // bugs
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      'no-fallthrough': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],

      // style or too noisy for decorator-heavy Nest/MikroORM code: off
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      '@typescript-eslint/no-namespace': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'warn',
    },
  },
  {
    // The web app (React): the same typed rules for .tsx, plus the rules of hooks.
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      '@nx/enforce-module-boundaries': boundaries(true),
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);

/** The boundary rule as configured above (tools/scripts/check-boundaries.mjs probes it). */
export const boundaryRule = { production: boundaries(false), tests: boundaries(true) };
