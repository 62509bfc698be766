import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPlatformAdmin, notFound, pageBounds, requireAuthenticated, requirePlatformAdmin, type Page, type RequestContext } from '@m4pris/platform-core';
import type { GetByIdRequest, ListTenantsRequest, TenantDto } from '@m4pris/identity-contracts';
import { TenantSchema } from './tenant.entity.js';
import { toTenantDto } from './tenant.mapper.js';
import { GetTenant, ListTenants } from '@m4pris/identity-contracts';
import { Handles } from '@m4pris/platform-messaging';

/** Any member reads their own tenant; the platform admin reads any. */
@Injectable()
export class GetTenantUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(GetTenant)
  async execute(input: GetByIdRequest, ctx: RequestContext): Promise<TenantDto> {
    requireAuthenticated(ctx);
    if (!isPlatformAdmin(ctx) && ctx.tenantId !== input.id) throw notFound('Tenant', 'id');
    const tenant = await this.em.findOne(TenantSchema, { id: input.id });
    if (!tenant) throw notFound('Tenant', 'id');
    return toTenantDto(tenant);
  }
}

@Injectable()
export class ListTenantsUseCase {
  constructor(private readonly em: EntityManager) {}

  @Handles(ListTenants)
  async execute(input: ListTenantsRequest, ctx: RequestContext): Promise<Page<TenantDto>> {
    requirePlatformAdmin(ctx);
    const { offset, limit } = pageBounds(input);
    const where = input.search
      ? { $or: [{ name: { $ilike: `%${escapeLike(input.search)}%` } }, { code: { $ilike: `%${escapeLike(input.search)}%` } }] }
      : {};
    const [items, total] = await this.em.findAndCount(TenantSchema, where, { orderBy: { code: 'asc' }, offset, limit });
    return { items: items.map(toTenantDto), total, offset, limit };
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
