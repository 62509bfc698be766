import { CombinedGraphQLErrors } from '@apollo/client';

/** Modules a tenant may run or not; identity and notifications are always on (the API adds identity itself). */
export const OPTIONAL_MODULES = ['programmes', 'matching', 'training', 'evaluation'] as const;
export type OptionalModule = (typeof OPTIONAL_MODULES)[number];
export const ALWAYS_ON_MODULES = ['identity', 'notifications'] as const;

/** The optional modules among a tenant's `enabledModules`, in the registry's order. */
export function optionalModulesOf(enabled: readonly string[]): OptionalModule[] {
  return OPTIONAL_MODULES.filter((m) => enabled.includes(m));
}

/** What is sent as `enabledModules`: the chosen optional modules and those always on. */
export function enabledModulesFor(chosen: readonly string[]): string[] {
  return [...ALWAYS_ON_MODULES, ...OPTIONAL_MODULES.filter((m) => chosen.includes(m))];
}

/**
 * A refusal split for a form: each invalid field's message (the API's `extensions.fields`, already in
 * the reader's language) under the form's own name for it (`rename`), and what belongs to no field
 * of the form.
 */
export function refusalOf(error: unknown, rename: Record<string, string> = {}, known?: readonly string[]): { fields: Record<string, string>; general: string[] } {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (!error) return { fields, general };
  if (!CombinedGraphQLErrors.is(error)) return { fields, general: [(error as Error).message] };
  for (const e of error.errors) {
    const listed = e.extensions?.fields as { field: string; message: string }[] | undefined;
    if (!listed?.length) {
      general.push(e.message);
      continue;
    }
    for (const f of listed) {
      // `input.code` or `code`: the last part names the field.
      const name = rename[f.field.split('.').pop()!] ?? f.field.split('.').pop()!;
      if (known && !known.includes(name)) general.push(f.message);
      else fields[name] ??= f.message;
    }
  }
  return { fields, general };
}
