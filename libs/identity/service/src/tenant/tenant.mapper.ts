import type { TenantDto } from '@m4pris/identity-contracts';
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
