import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CreateProgramme,
  GetProgramme,
  ListPolicyVersions,
  ListProgrammes,
  UpdatePolicy,
  type CreateProgrammeRequest,
  type ListProgrammesRequest,
  type ProgrammeIdRequest,
  type UpdatePolicyRequest,
} from '@m4pris/programmes-contracts';
import { CreateProgrammeUseCase, GetProgrammeUseCase, ListPolicyVersionsUseCase, ListProgrammesUseCase, UpdatePolicyUseCase } from './programme.use-cases.js';

@Injectable()
export class ProgrammeHandlers {
  constructor(
    private readonly createProgramme: CreateProgrammeUseCase,
    private readonly updatePolicy: UpdatePolicyUseCase,
    private readonly getProgramme: GetProgrammeUseCase,
    private readonly listProgrammes: ListProgrammesUseCase,
    private readonly listPolicyVersions: ListPolicyVersionsUseCase,
  ) {}

  @Handles(CreateProgramme) createProgrammeHandler(p: CreateProgrammeRequest, ctx: RequestContext) { return this.createProgramme.execute(p, ctx); }
  @Handles(UpdatePolicy) updatePolicyHandler(p: UpdatePolicyRequest, ctx: RequestContext) { return this.updatePolicy.execute(p, ctx); }
  @Handles(GetProgramme) getProgrammeHandler(p: ProgrammeIdRequest, ctx: RequestContext) { return this.getProgramme.execute(p, ctx); }
  @Handles(ListProgrammes) listProgrammesHandler(p: ListProgrammesRequest, ctx: RequestContext) { return this.listProgrammes.execute(p, ctx); }
  @Handles(ListPolicyVersions) listPolicyVersionsHandler(p: ProgrammeIdRequest, ctx: RequestContext) { return this.listPolicyVersions.execute(p, ctx); }
}
