import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CreateTenant,
  GetTenant,
  ListTenants,
  UpdateTenant,
  type CreateTenantRequest,
  type GetByIdRequest,
  type ListTenantsRequest,
  type UpdateTenantRequest,
} from '@m4pris/identity-contracts';
import { CreateTenantUseCase } from './create-tenant.use-case.js';
import { UpdateTenantUseCase } from './update-tenant.use-case.js';
import { GetTenantUseCase, ListTenantsUseCase } from './tenant-queries.use-case.js';

@Injectable()
export class TenantHandlers {
  constructor(
    private readonly createTenant: CreateTenantUseCase,
    private readonly updateTenant: UpdateTenantUseCase,
    private readonly getTenant: GetTenantUseCase,
    private readonly listTenants: ListTenantsUseCase,
  ) {}

  @Handles(CreateTenant) create(p: CreateTenantRequest, ctx: RequestContext) { return this.createTenant.execute(p, ctx); }
  @Handles(UpdateTenant) update(p: UpdateTenantRequest, ctx: RequestContext) { return this.updateTenant.execute(p, ctx); }
  @Handles(GetTenant) get(p: GetByIdRequest, ctx: RequestContext) { return this.getTenant.execute(p, ctx); }
  @Handles(ListTenants) list(p: ListTenantsRequest, ctx: RequestContext) { return this.listTenants.execute(p, ctx); }
}
