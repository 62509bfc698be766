import { fileURLToPath } from 'node:url';
import { formatFiles, generateFiles, names, type GeneratorCallback, type Tree } from '@nx/devkit';

export interface ModuleGeneratorSchema {
  /** Module name: lowercase letters only (subject prefix, schema, package scope). */
  name: string;
  skipFormat?: boolean;
}

/** Lowercase letters only: it becomes the NATS subject prefix (`<name>.v1.…`) and the PostgreSQL schema. */
export const MODULE_NAME = /^[a-z]+$/;

/** Names already taken by libs/<x> folders or @m4pris/<x> packages (apps and tools). */
export const RESERVED = ['platform', 'modules', 'testing', 'gateway', 'standalone', 'demo', 'bench', 'generators', 'tools', 'scripts'];

/** What the templates receive. */
export function templateVars(name: string): Record<string, string> {
  const n = names(name);
  return {
    name, // programmes
    className: n.className, // Programmes
    propertyName: n.propertyName, // programmes
    constantName: n.constantName, // PROGRAMMES
    tmpl: '',
  };
}

/**
 * Scaffolds a module in the house shape (docs/ARCHITECTURE.md §3):
 *   libs/<name>/contracts  subjects, validated payloads, error codes (no Nest, no MikroORM)
 *   libs/<name>/service    entity, use case (@Handles on execute) + spec, settings, migrations, ServiceDefinition
 *   libs/<name>/graphql    resolver -> bus.request
 *   apps/<name>            NATS process hosting the service
 */
export async function moduleGenerator(tree: Tree, options: ModuleGeneratorSchema): Promise<GeneratorCallback> {
  const name = options.name?.trim() ?? '';
  if (!MODULE_NAME.test(name)) {
    throw new Error(`Module name "${name}" must be lowercase letters only (it is used as the subject prefix "${name}.v1.…").`);
  }
  if (RESERVED.includes(name)) {
    throw new Error(`"${name}" is reserved (it names an existing lib folder or package such as @m4pris/${name}); pick another module name.`);
  }
  for (const dir of [`libs/${name}`, `apps/${name}`]) {
    if (tree.exists(dir)) throw new Error(`${dir} already exists; refusing to overwrite a module.`);
  }
  const files = fileURLToPath(new URL('./files', import.meta.url));
  generateFiles(tree, files, '.', templateVars(name));
  if (options.skipFormat === false) await formatFiles(tree);

  return () => {
    const pkg = (kind: string) => `@m4pris/${name}-${kind}`;
    console.log(
      [
        '',
        `Module "${name}" scaffolded: ${pkg('contracts')}, ${pkg('service')}, ${pkg('graphql')}, @m4pris/${name} (apps/${name}).`,
        'Next:',
        '  npm install                                  # link the new workspace packages',
        `  npm run migration:create ${name} initial      # first migration for the example entity`,
        `  add "${name}" to the module lists (platform-config KNOWN_MODULES, modules-registry MODULES) to enable it`,
        '  npm run generated:write                      # schema, .env.example, compose/Kubernetes files, docs/operations.md',
        '  npm run lint && npm run typecheck && npm test',
      ].join('\n'),
    );
  };
}

export default moduleGenerator;
