import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CohortPeople,
  DuoPartners,
  DecideApplication,
  GetApplication,
  ListApplications,
  MyApplications,
  SubmitApplication,
  WithdrawApplication,
  type ApplicationIdRequest,
  type CohortPeopleRequest,
  type DuoPartnersRequest,
  type DecideApplicationRequest,
  type ListApplicationsRequest,
  type MyApplicationsRequest,
  type SubmitApplicationRequest,
} from '@m4pris/programmes-contracts';
import { DecideApplicationUseCase, GetApplicationUseCase, ListApplicationsUseCase, MyApplicationsUseCase, SubmitApplicationUseCase, WithdrawApplicationUseCase } from './application.use-cases.js';
import { CohortPeopleUseCase } from './cohort-people.use-case.js';
import { DuoPartnersUseCase } from '../relationship/duo-partners.use-case.js';

@Injectable()
export class ApplicationHandlers {
  constructor(
    private readonly submitApplication: SubmitApplicationUseCase,
    private readonly withdrawApplication: WithdrawApplicationUseCase,
    private readonly decideApplication: DecideApplicationUseCase,
    private readonly getApplication: GetApplicationUseCase,
    private readonly listApplications: ListApplicationsUseCase,
    private readonly myApplications: MyApplicationsUseCase,
    private readonly cohortPeople: CohortPeopleUseCase,
    private readonly duoPartners: DuoPartnersUseCase,
  ) {}

  @Handles(SubmitApplication) submitApplicationHandler(p: SubmitApplicationRequest, ctx: RequestContext) { return this.submitApplication.execute(p, ctx); }
  @Handles(WithdrawApplication) withdrawApplicationHandler(p: ApplicationIdRequest, ctx: RequestContext) { return this.withdrawApplication.execute(p, ctx); }
  @Handles(DecideApplication) decideApplicationHandler(p: DecideApplicationRequest, ctx: RequestContext) { return this.decideApplication.execute(p, ctx); }
  @Handles(GetApplication) getApplicationHandler(p: ApplicationIdRequest, ctx: RequestContext) { return this.getApplication.execute(p, ctx); }
  @Handles(ListApplications) listApplicationsHandler(p: ListApplicationsRequest, ctx: RequestContext) { return this.listApplications.execute(p, ctx); }
  @Handles(CohortPeople) cohortPeopleHandler(p: CohortPeopleRequest, ctx: RequestContext) { return this.cohortPeople.execute(p, ctx); }
  @Handles(DuoPartners) duoPartnersHandler(p: DuoPartnersRequest, ctx: RequestContext) { return this.duoPartners.execute(p, ctx); }
  @Handles(MyApplications) myApplicationsHandler(p: MyApplicationsRequest, ctx: RequestContext) { return this.myApplications.execute(p, ctx); }
}
