import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, PageInput } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  CreateInstitution,
  CreateShiftPattern,
  CreateUnit,
  GetInstitution,
  ListInstitutions,
  ListShiftPatterns,
  ListUnits,
  RemoveShiftPattern,
  RemoveUnit,
  UpdateInstitution,
  UpdateShiftPattern,
  UpdateUnit,
  type InstitutionDto,
  type UnitDto,
} from '@m4pris/identity-contracts';
import {
  CreateInstitutionInput,
  CreateShiftPatternInput,
  CreateUnitInput,
  Institution,
  InstitutionFilter,
  InstitutionPage,
  ShiftPattern,
  Unit,
  UpdateInstitutionInput,
  UpdateShiftPatternInput,
  UpdateUnitInput,
} from './institution.types.js';

@Resolver(() => Institution)
export class InstitutionResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => InstitutionPage)
  institutions(
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('filter', { type: () => InstitutionFilter, nullable: true }) filter?: InstitutionFilter,
  ) {
    return this.bus.request(ListInstitutions, { ...filter, ...page }, ctx);
  }

  @Query(() => Institution)
  institution(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetInstitution, { id }, ctx);
  }

  @Query(() => [Unit])
  units(@Args('institutionId', { type: () => ID }) institutionId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ListUnits, { institutionId }, ctx);
  }

  @Query(() => [ShiftPattern])
  shiftPatterns(@Ctx() ctx: RequestContext, @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string) {
    return this.bus.request(ListShiftPatterns, { tenantId }, ctx);
  }

  @Mutation(() => Institution)
  createInstitution(@Args('input') input: CreateInstitutionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateInstitution, input, ctx);
  }

  @Mutation(() => Institution)
  updateInstitution(@Args('input') input: UpdateInstitutionInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateInstitution, input, ctx);
  }

  @Mutation(() => Unit)
  createUnit(@Args('input') input: CreateUnitInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateUnit, input, ctx);
  }

  @Mutation(() => ShiftPattern)
  createShiftPattern(@Args('input') input: CreateShiftPatternInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateShiftPattern, input, ctx);
  }

  @Mutation(() => Unit, { description: 'Renames a unit (tenant admin).' })
  updateUnit(@Args('input') input: UpdateUnitInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateUnit, input, ctx);
  }

  @Mutation(() => ID, { description: 'Removes a unit nobody is in (tenant admin); the id removed. identity.UNIT_IN_USE while a staff record that is not erased names it.' })
  async removeUnit(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return (await this.bus.request(RemoveUnit, { id }, ctx)).id;
  }

  @Mutation(() => ShiftPattern, { description: 'A new name and rota for a shift pattern (tenant admin); staff on it keep it, and matching and programmes follow the change.' })
  updateShiftPattern(@Args('input') input: UpdateShiftPatternInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateShiftPattern, input, ctx);
  }

  @Mutation(() => ID, { description: 'Removes a shift pattern nobody works (tenant admin); the id removed. identity.SHIFT_PATTERN_IN_USE while a staff record that is not erased is on it.' })
  async removeShiftPattern(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return (await this.bus.request(RemoveShiftPattern, { id }, ctx)).id;
  }

  /** No batch lookup exists for units: one ListUnits request per distinct institution of the response (deduped by the loader). */
  @ResolveField('units', () => [Unit], { description: 'One unit.list request per distinct institution in the response.' })
  institutionUnits(@Parent() institution: InstitutionDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    return loaders
      .get<UnitDto[]>('unitsByInstitution', (ids) => Promise.all(ids.map((institutionId) => this.bus.request(ListUnits, { institutionId }, ctx))))
      .load(institution.id);
  }
}
