import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { CreateTenant, GetTenant, ListTenants, UpdateTenant } from '@m4pris/identity-contracts';
import { CreateTenantInput, Tenant, TenantPage, UpdateTenantInput } from './tenant.types.js';

@Resolver(() => Tenant)
export class TenantResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => TenantPage)
  tenants(
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ) {
    return this.bus.request(ListTenants, { search, ...page }, ctx);
  }

  @Query(() => Tenant)
  tenant(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetTenant, { id }, ctx);
  }

  @Mutation(() => Tenant)
  createTenant(@Args('input') input: CreateTenantInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateTenant, input, ctx);
  }

  @Mutation(() => Tenant)
  updateTenant(@Args('input') input: UpdateTenantInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateTenant, input, ctx);
  }
}
