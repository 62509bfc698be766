import { MODULE_NAMES, type TenantDto } from '@m4pris/identity-contracts';
import { iso } from '../shared/access.js';
import type { Tenant } from './tenant.entity.js';

export function toTenantDto(t: Tenant): TenantDto {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    country: t.country,
    defaultLocale: t.defaultLocale,
    enabledModules: [...t.enabledModules],
    dataProtectionContactEmail: t.dataProtectionContactEmail ?? null,
    createdAt: iso(t.createdAt),
  };
}

/** A tenant's module list as stored: identity always (accounts and staff live there), in the registry's order. */
export function withAlwaysEnabled(modules: readonly string[]): string[] {
  const set = new Set(['identity', ...modules]);
  return MODULE_NAMES.filter((m) => set.has(m));
}
