#!/usr/bin/env node
// Fails when src/gql (generated from ../../schema.graphql and the operations in src) is stale.
// Regenerate with `npm run codegen -w @m4pris/web`.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';

const root = join(import.meta.dirname, '..');
process.chdir(root);
// Node 24 (the project's runtime) strips the types of codegen.ts on import.
const { default: config } = await import(join(root, 'codegen.ts'));
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
const stale = [];
for (const o of outputs) {
  const file = join(root, o.filename);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== o.content) stale.push(relative(root, file));
}
if (stale.length) {
  console.error(`Generated GraphQL types are stale (${stale.join(', ')}): run npm run codegen -w @m4pris/web`);
  process.exit(1);
}
console.log(`Generated GraphQL types are up to date (${outputs.length} files).`);
