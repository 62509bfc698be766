import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import { AssignRole, ListRoles, RevokeRole } from '@m4pris/identity-contracts';
import { AssignRoleInput, RoleAssignment, RoleAssignmentFilter } from './role.types.js';

@Resolver(() => RoleAssignment)
export class RoleResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => [RoleAssignment], { description: 'Ordered by creation, then id. Without page, every grant; with page, that page.' })
  roleAssignments(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => RoleAssignmentFilter, nullable: true }) filter?: RoleAssignmentFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.bus.request(ListRoles, { ...filter, ...page }, ctx);
  }

  @Mutation(() => RoleAssignment)
  assignRole(@Args('input') input: AssignRoleInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(AssignRole, input, ctx);
  }

  @Mutation(() => Boolean)
  revokeRole(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(RevokeRole, { id }, ctx).then((r) => r.ok);
  }
}
