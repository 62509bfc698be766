import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed schema (never from a running server). */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
    },
  },
  hooks: { afterAllFileWrite: [] },
};
export default config;
