import { splitRefusal } from '../refusal';

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
 * A refusal split for a form, each field under the form's own name for it (`rename`) of the path's
 * last part (`input.code` is `code`); a field the form does not know (`known`) goes to `general`.
 */
export function refusalOf(error: unknown, rename: Record<string, string> = {}, known?: readonly string[]): { fields: Record<string, string>; general: string[] } {
  const last = (path: string) => path.split('.').pop()!;
  const { fields, other } = splitRefusal(error, { keyOf: (p) => rename[last(p)] ?? last(p), placed: known });
  return { fields, general: other };
}
