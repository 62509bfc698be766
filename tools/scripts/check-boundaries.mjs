#!/usr/bin/env node
// Proves that @nx/enforce-module-boundaries really fires with the workspace's tags: lints small
// in-memory probes as if they were files of existing packages (nothing is written to disk).
// Exits 1 when a forbidden import is NOT reported or an allowed one is.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import { boundaryRule } from '../../eslint.config.js';

const probes = [
  { file: 'libs/identity/contracts/src/__probe__.ts', code: "import '@m4pris/identity-service';", expect: 'error' },
  { file: 'libs/identity/contracts/src/__probe__.ts', code: "import '@nestjs/common';", expect: 'error' },
  { file: 'libs/identity/contracts/src/__probe__.ts', code: "import '@m4pris/platform-messaging';", expect: 'error' },
  { file: 'libs/identity/contracts/src/__probe__.ts', code: "import '@m4pris/platform-core';", expect: 'ok' },
  { file: 'libs/identity/graphql/src/__probe__.ts', code: "import '@m4pris/identity-service';", expect: 'error' },
  { file: 'libs/identity/graphql/src/__probe__.ts', code: "import '@m4pris/identity-contracts';", expect: 'ok' },
  { file: 'libs/identity/service/src/__probe__.ts', code: "import '@m4pris/identity-graphql';", expect: 'error' },
  { file: 'libs/identity/service/src/__probe__.ts', code: "import '@m4pris/identity-contracts';", expect: 'ok' },
  { file: 'libs/platform/messaging/src/__probe__.ts', code: "import '@m4pris/identity-contracts';", expect: 'error' },
  { file: 'libs/platform/messaging/src/__probe__.spec.ts', code: "import '@m4pris/testing';", expect: 'ok' },
  { file: 'libs/platform/messaging/src/__probe__.ts', code: "import '@m4pris/testing';", expect: 'error' },
];

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { '@nx': nx }, rules: { '@nx/enforce-module-boundaries': boundaryRule.production } },
    { files: ['**/*.spec.ts'], rules: { '@nx/enforce-module-boundaries': boundaryRule.tests } },
  ],
});

let failures = 0;
for (const p of probes) {
  const [result] = await eslint.lintText(p.code, { filePath: p.file });
  const messages = result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries' || m.fatal);
  const got = messages.length > 0 ? 'error' : 'ok';
  const ok = got === p.expect;
  if (!ok) failures++;
  (ok ? console.log : console.error)(`${ok ? 'ok  ' : 'FAIL'} ${p.file}: ${p.code} -> ${got}${messages[0] ? ` (${messages[0].message})` : ''}`);
}
if (failures > 0) {
  console.error(`\n${failures} boundary probe(s) did not behave as expected`);
  process.exit(1);
}
console.log(`\nmodule boundaries enforced (${probes.length} probes)`);
