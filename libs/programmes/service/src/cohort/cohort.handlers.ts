import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CreateCohort,
  GetCohort,
  ListCohorts,
  ListEligibleStaff,
  TransitionCohort,
  type CohortIdRequest,
  type CreateCohortRequest,
  type EligibleStaffRequest,
  type ListCohortsRequest,
  type TransitionCohortRequest,
} from '@m4pris/programmes-contracts';
import { CreateCohortUseCase, GetCohortUseCase, ListCohortsUseCase, ListEligibleStaffUseCase, TransitionCohortUseCase } from './cohort.use-cases.js';

@Injectable()
export class CohortHandlers {
  constructor(
    private readonly createCohort: CreateCohortUseCase,
    private readonly transitionCohort: TransitionCohortUseCase,
    private readonly getCohort: GetCohortUseCase,
    private readonly listCohorts: ListCohortsUseCase,
    private readonly listEligibleStaff: ListEligibleStaffUseCase,
  ) {}

  @Handles(CreateCohort) createCohortHandler(p: CreateCohortRequest, ctx: RequestContext) { return this.createCohort.execute(p, ctx); }
  @Handles(TransitionCohort) transitionCohortHandler(p: TransitionCohortRequest, ctx: RequestContext) { return this.transitionCohort.execute(p, ctx); }
  @Handles(GetCohort) getCohortHandler(p: CohortIdRequest, ctx: RequestContext) { return this.getCohort.execute(p, ctx); }
  @Handles(ListCohorts) listCohortsHandler(p: ListCohortsRequest, ctx: RequestContext) { return this.listCohorts.execute(p, ctx); }
  @Handles(ListEligibleStaff) listEligibleStaffHandler(p: EligibleStaffRequest, ctx: RequestContext) { return this.listEligibleStaff.execute(p, ctx); }
}
