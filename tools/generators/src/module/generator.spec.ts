import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { moduleGenerator } from './generator.js';

const KINDS = ['contracts', 'service', 'graphql'] as const;

function filesUnder(tree: Tree, dir: string): string[] {
  return tree.children(dir).flatMap((c) => {
    const p = `${dir}/${c}`;
    return tree.isFile(p) ? [p] : filesUnder(tree, p);
  });
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('module generator', () => {
  let tree: Tree;

  beforeAll(async () => {
    tree = createTreeWithEmptyWorkspace();
    const callback = await moduleGenerator(tree, { name: 'widgets' });
    expect(typeof callback).toBe('function');
  });

  it('scaffolds the house shape', () => {
    const expected = [
      'libs/widgets/contracts/package.json',
      'libs/widgets/contracts/tsconfig.json',
      'libs/widgets/contracts/jest.config.js',
      'libs/widgets/contracts/README.md',
      'libs/widgets/contracts/src/index.ts',
      'libs/widgets/contracts/src/errors.ts',
      'libs/widgets/contracts/src/example.ts',
      'libs/widgets/contracts/src/example.spec.ts',
      'libs/widgets/service/package.json',
      'libs/widgets/service/tsconfig.json',
      'libs/widgets/service/jest.config.js',
      'libs/widgets/service/README.md',
      'libs/widgets/service/src/index.ts',
      'libs/widgets/service/src/widgets.module.ts',
      'libs/widgets/service/src/widgets.settings.ts',
      'libs/widgets/service/src/widgets.entities.ts',
      'libs/widgets/service/src/migrations/index.ts',
      'libs/widgets/service/src/example/example.entity.ts',
      'libs/widgets/service/src/example/get-example.use-case.ts',
      'libs/widgets/service/src/example/get-example.use-case.spec.ts',
      'libs/widgets/graphql/package.json',
      'libs/widgets/graphql/tsconfig.json',
      'libs/widgets/graphql/jest.config.js',
      'libs/widgets/graphql/README.md',
      'libs/widgets/graphql/src/index.ts',
      'libs/widgets/graphql/src/widgets-graphql.module.ts',
      'libs/widgets/graphql/src/example.resolver.ts',
      'libs/widgets/graphql/src/example.resolver.spec.ts',
      'libs/widgets/graphql/src/example.types.ts',
      'apps/widgets/package.json',
      'apps/widgets/tsconfig.json',
      'apps/widgets/jest.config.js',
      'apps/widgets/README.md',
      'apps/widgets/src/main.ts',
      'apps/widgets/src/config.ts',
    ];
    for (const f of expected) expect(tree.exists(f)).toBe(true);
    const generated = [...filesUnder(tree, 'libs/widgets'), ...filesUnder(tree, 'apps/widgets')];
    expect(generated.sort()).toEqual([...expected].sort());
    // no template leftovers
    for (const f of generated) {
      expect(f).not.toMatch(/__name__|__tmpl__/);
      expect(tree.read(f, 'utf-8')).not.toMatch(/<%|%>/);
    }
  });

  it('names the packages and tags them for the module boundaries', () => {
    for (const kind of KINDS) {
      const pkg = readJson(tree, `libs/widgets/${kind}/package.json`);
      expect(pkg.name).toBe(`@m4pris/widgets-${kind}`);
      expect(pkg.type).toBe('module');
      expect(pkg.nx.tags).toEqual([`type:${kind}`, 'scope:widgets']);
      expect(pkg.exports['.']).toEqual({ types: './src/index.ts', default: './dist/index.js' });
      expect(Object.keys(pkg.scripts).sort()).toEqual(['build', 'lint', 'test', 'typecheck']);
      expect(pkg.scripts.test).toBe('node --experimental-vm-modules ../../../node_modules/jest/bin/jest.js');
    }
    const app = readJson(tree, 'apps/widgets/package.json');
    expect(app.name).toBe('@m4pris/widgets');
    expect(app.nx.tags).toEqual(['type:app', 'scope:widgets']);
    expect(app.dependencies).toHaveProperty('@m4pris/widgets-service', '*');
  });

  it('declares every internal import as a workspace dependency (Turbo ^build order)', () => {
    for (const dir of [...KINDS.map((k) => `libs/widgets/${k}`), 'apps/widgets']) {
      const pkg = readJson(tree, `${dir}/package.json`);
      const used = new Set(
        filesUnder(tree, `${dir}/src`)
          .filter((f) => !f.endsWith('.spec.ts'))
          .flatMap((f) => importsOf(tree.read(f, 'utf-8')!))
          .filter((i) => i.startsWith('@m4pris/')),
      );
      expect(Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@m4pris/')).sort()).toEqual([...used].sort());
    }
  });

  it('keeps contracts free of Nest and MikroORM', () => {
    for (const f of filesUnder(tree, 'libs/widgets/contracts/src')) {
      const imports = importsOf(tree.read(f, 'utf-8')!);
      expect(imports.filter((i) => /^@nestjs\/|^@mikro-orm\//.test(i))).toEqual([]);
      expect(imports.filter((i) => i.startsWith('@m4pris/') && i !== '@m4pris/platform-core')).toEqual([]);
    }
  });

  it('writes the example request, service definition and resolver', () => {
    expect(tree.read('libs/widgets/contracts/src/example.ts', 'utf-8')).toContain("defineRequest<GetExampleRequest, ExampleDto>('widgets.v1.example.get'");
    expect(tree.read('libs/widgets/contracts/src/errors.ts', 'utf-8')).toContain("export const WidgetsErrors = defineErrors('widgets'");
    const service = tree.read('libs/widgets/service/src/widgets.module.ts', 'utf-8')!;
    expect(service).toContain('export const widgetsService: ServiceDefinition<WidgetsSettings>');
    expect(service).toContain("name: 'widgets'");
    expect(tree.read('libs/widgets/service/src/example/example.entity.ts', 'utf-8')).toContain('defineEntity(');
    // No handler classes: the use case itself is the handler of its contract.
    expect(tree.read('libs/widgets/service/src/example/get-example.use-case.ts', 'utf-8')).toContain('@Handles(GetExample)\n  async execute(');
    expect(tree.exists('libs/widgets/service/src/example/example.handlers.ts')).toBe(false);
    expect(tree.read('libs/widgets/service/src/migrations/index.ts', 'utf-8')).toContain('widgetsMigrations: { name: string; class: Constructor<Migration> }[] = []');
    expect(tree.read('libs/widgets/graphql/src/example.resolver.ts', 'utf-8')).toContain('this.bus.request(GetExample, { id }, ctx)');
    expect(tree.read('apps/widgets/src/main.ts', 'utf-8')).toContain('runServiceApp(widgetsService, widgetsConfig)');
    expect(tree.read('apps/widgets/src/config.ts', 'utf-8')).toContain('ops: OpsSettings');
  });

  it('refuses bad, reserved or existing names', async () => {
    await expect(moduleGenerator(createTreeWithEmptyWorkspace(), { name: 'Bad-Name' })).rejects.toThrow(/lowercase letters only/);
    await expect(moduleGenerator(createTreeWithEmptyWorkspace(), { name: 'platform' })).rejects.toThrow(/reserved/);
    await expect(moduleGenerator(tree, { name: 'widgets' })).rejects.toThrow(/already exists/);
  });
});
