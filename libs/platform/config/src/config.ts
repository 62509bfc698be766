import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

const DOCS = Symbol('m4pris:config-docs');

export interface VariableDoc {
  name: string;
  description: string;
  /** Default written to .env.example (the class's own initial value when omitted). */
  example?: string;
  secret?: boolean;
}

/**
 * Documents one environment variable. The property name IS the variable name, so a config class
 * reads like the `.env.example` it generates.
 */
export function Env(description: string, opts: { example?: string; secret?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    const list: VariableDoc[] = Reflect.getMetadata(DOCS, target.constructor) ?? [];
    Reflect.defineMetadata(DOCS, [...list, { name: String(key), description, ...opts }], target.constructor);
  };
}

export type Sections = Record<string, new () => object>;
export type LoadedConfig<S extends Sections> = { [K in keyof S]: InstanceType<S[K]> };

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  - ${p.variable}: ${p.problem}`).join('\n') +
        '\nSee .env.example for every variable and its default.',
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates every section from `env`; throws ConfigError naming each bad variable. */
export function loadConfig<S extends Sections>(sections: S, env: NodeJS.ProcessEnv = process.env): LoadedConfig<S> {
  const problems: { variable: string; problem: string }[] = [];
  const out: Record<string, object> = {};
  for (const [key, cls] of Object.entries(sections)) {
    const names = new Set(describeClass(cls).map((d) => d.name));
    const raw: Record<string, string> = {};
    for (const n of names) {
      const v = env[n];
      if (v !== undefined && v !== '') raw[n] = v;
    }
    const instance = plainToInstance(cls, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
    const errors = validateSync(instance, { whitelist: true });
    for (const e of flatten(errors)) problems.push(e);
    out[key] = instance;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as LoadedConfig<S>;
}

function flatten(errors: ValidationError[]): { variable: string; problem: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((problem) => ({ variable: e.property, problem })),
    ...flatten(e.children ?? []),
  ]);
}

/** Every documented variable of a section, with its default taken from a fresh instance. */
export function describeClass(cls: new () => object): (VariableDoc & { default?: string })[] {
  const docs: VariableDoc[] = [];
  for (let c: unknown = cls; c && c !== Object; c = Object.getPrototypeOf(c)) {
    docs.unshift(...((Reflect.getOwnMetadata(DOCS, c as object) as VariableDoc[] | undefined) ?? []));
  }
  const fresh = new cls() as Record<string, unknown>;
  const seen = new Set<string>();
  return docs
    .filter((d) => (seen.has(d.name) ? false : (seen.add(d.name), true)))
    .map((d) => {
      const v = fresh[d.name];
      const dflt = v === undefined ? undefined : Array.isArray(v) ? v.join(',') : String(v);
      return { ...d, default: dflt };
    });
}

/** Renders sections as a commented `.env` file. */
export function renderEnvExample(title: string, sections: (new () => object)[]): string {
  const lines = [`# ${title}`];
  const seen = new Set<string>();
  for (const cls of sections) {
    for (const d of describeClass(cls)) {
      if (seen.has(d.name)) continue;
      seen.add(d.name);
      lines.push('', `# ${d.description}${d.secret ? ' (secret)' : ''}`);
      const value = d.example ?? d.default ?? '';
      lines.push(d.example === undefined && d.default === undefined ? `# ${d.name}=` : `${d.name}=${value}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Comma-separated list → array (for `@Transform`). */
export function csv(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** For launchers: load, or print every problem and exit(1) before anything starts. */
export function loadConfigOrExit<S extends Sections>(sections: S, env: NodeJS.ProcessEnv = process.env): LoadedConfig<S> {
  try {
    return loadConfig(sections, env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}
