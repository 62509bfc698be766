import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CreateInstitution,
  CreateShiftPattern,
  CreateUnit,
  GetInstitution,
  GetInstitutionsByIds,
  ListInstitutions,
  ListShiftPatterns,
  ListUnits,
  RemoveShiftPattern,
  RemoveUnit,
  UpdateInstitution,
  UpdateShiftPattern,
  UpdateUnit,
  type RemoveShiftPatternRequest,
  type RemoveUnitRequest,
  type UpdateShiftPatternRequest,
  type UpdateUnitRequest,
  type ByIdsRequest,
  type CreateInstitutionRequest,
  type CreateShiftPatternRequest,
  type CreateUnitRequest,
  type GetInstitutionRequest,
  type ListInstitutionsRequest,
  type ListShiftPatternsRequest,
  type ListUnitsRequest,
  type UpdateInstitutionRequest,
} from '@m4pris/identity-contracts';
import { CreateInstitutionUseCase } from './create-institution.use-case.js';
import { UpdateInstitutionUseCase } from './update-institution.use-case.js';
import { GetInstitutionsByIdsUseCase, GetInstitutionUseCase, ListInstitutionsUseCase } from './institution-queries.use-case.js';
import { CreateUnitUseCase, ListUnitsUseCase } from './create-unit.use-case.js';
import { CreateShiftPatternUseCase, ListShiftPatternsUseCase } from './create-shift-pattern.use-case.js';
import { RemoveUnitUseCase, UpdateUnitUseCase } from './update-unit.use-case.js';
import { RemoveShiftPatternUseCase, UpdateShiftPatternUseCase } from './update-shift-pattern.use-case.js';

@Injectable()
export class InstitutionHandlers {
  constructor(
    private readonly createInstitution: CreateInstitutionUseCase,
    private readonly updateInstitution: UpdateInstitutionUseCase,
    private readonly getInstitution: GetInstitutionUseCase,
    private readonly listInstitutions: ListInstitutionsUseCase,
    private readonly institutionsByIds: GetInstitutionsByIdsUseCase,
    private readonly createUnit: CreateUnitUseCase,
    private readonly listUnits: ListUnitsUseCase,
    private readonly createShiftPattern: CreateShiftPatternUseCase,
    private readonly listShiftPatterns: ListShiftPatternsUseCase,
    private readonly updateUnit: UpdateUnitUseCase,
    private readonly removeUnit: RemoveUnitUseCase,
    private readonly updateShiftPattern: UpdateShiftPatternUseCase,
    private readonly removeShiftPattern: RemoveShiftPatternUseCase,
  ) {}

  @Handles(CreateInstitution) create(p: CreateInstitutionRequest, ctx: RequestContext) { return this.createInstitution.execute(p, ctx); }
  @Handles(UpdateInstitution) update(p: UpdateInstitutionRequest, ctx: RequestContext) { return this.updateInstitution.execute(p, ctx); }
  @Handles(GetInstitution) get(p: GetInstitutionRequest, ctx: RequestContext) { return this.getInstitution.execute(p, ctx); }
  @Handles(ListInstitutions) list(p: ListInstitutionsRequest, ctx: RequestContext) { return this.listInstitutions.execute(p, ctx); }
  @Handles(GetInstitutionsByIds) byIds(p: ByIdsRequest, ctx: RequestContext) { return this.institutionsByIds.execute(p, ctx); }
  @Handles(CreateUnit) createUnitOf(p: CreateUnitRequest, ctx: RequestContext) { return this.createUnit.execute(p, ctx); }
  @Handles(ListUnits) units(p: ListUnitsRequest, ctx: RequestContext) { return this.listUnits.execute(p, ctx); }
  @Handles(CreateShiftPattern) defineShiftPattern(p: CreateShiftPatternRequest, ctx: RequestContext) { return this.createShiftPattern.execute(p, ctx); }
  @Handles(UpdateUnit) renameUnit(p: UpdateUnitRequest, ctx: RequestContext) { return this.updateUnit.execute(p, ctx); }
  @Handles(RemoveUnit) removeUnitOf(p: RemoveUnitRequest, ctx: RequestContext) { return this.removeUnit.execute(p, ctx); }
  @Handles(UpdateShiftPattern) editShiftPattern(p: UpdateShiftPatternRequest, ctx: RequestContext) { return this.updateShiftPattern.execute(p, ctx); }
  @Handles(RemoveShiftPattern) removeShiftPatternOf(p: RemoveShiftPatternRequest, ctx: RequestContext) { return this.removeShiftPattern.execute(p, ctx); }
  @Handles(ListShiftPatterns) shiftPatterns(p: ListShiftPatternsRequest, ctx: RequestContext) { return this.listShiftPatterns.execute(p, ctx); }
}
