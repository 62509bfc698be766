import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@m4pris/platform-core';
import { Handles } from '@m4pris/platform-messaging';
import {
  CreateStaff,
  EraseStaff,
  ExportPersonalData,
  GetStaff,
  GetStaffByIds,
  ImportStaff,
  StartStaffImport,
  GetStaffImportJob,
  type StaffImportJobRequest,
  InviteStaff,
  ListStaff,
  FindStaffIds,
  type FindStaffIdsRequest,
  RecordLeaving,
  UpdateStaff,
  type ByIdsRequest,
  type CreateStaffRequest,
  type ImportStaffRequest,
  type ListStaffRequest,
  type OptionalStaffIdRequest,
  type RecordLeavingRequest,
  type StaffIdRequest,
  type UpdateStaffRequest,
} from '@m4pris/identity-contracts';
import { CreateStaffUseCase } from './create-staff.use-case.js';
import { UpdateStaffUseCase } from './update-staff.use-case.js';
import { RecordLeavingUseCase } from './record-leaving.use-case.js';
import { FindStaffIdsUseCase, GetStaffByIdsUseCase, GetStaffUseCase, ListStaffUseCase } from './staff-queries.use-case.js';
import { ImportStaffUseCase } from './import-staff.use-case.js';
import { StaffImportJobs } from './staff-import-job.use-case.js';
import { InviteStaffUseCase } from './invite-staff.use-case.js';
import { ExportPersonalDataUseCase } from './export-personal-data.use-case.js';
import { EraseStaffUseCase } from './erase-staff.use-case.js';

@Injectable()
export class StaffHandlers {
  constructor(
    private readonly createStaff: CreateStaffUseCase,
    private readonly updateStaff: UpdateStaffUseCase,
    private readonly recordLeaving: RecordLeavingUseCase,
    private readonly getStaff: GetStaffUseCase,
    private readonly listStaff: ListStaffUseCase,
    private readonly findStaffIds: FindStaffIdsUseCase,
    private readonly staffByIds: GetStaffByIdsUseCase,
    private readonly importStaff: ImportStaffUseCase,
    private readonly importJobs: StaffImportJobs,
    private readonly inviteStaff: InviteStaffUseCase,
    private readonly exportPersonalData: ExportPersonalDataUseCase,
    private readonly eraseStaff: EraseStaffUseCase,
  ) {}

  @Handles(CreateStaff) create(p: CreateStaffRequest, ctx: RequestContext) { return this.createStaff.execute(p, ctx); }
  @Handles(UpdateStaff) update(p: UpdateStaffRequest, ctx: RequestContext) { return this.updateStaff.execute(p, ctx); }
  @Handles(RecordLeaving) leave(p: RecordLeavingRequest, ctx: RequestContext) { return this.recordLeaving.execute(p, ctx); }
  @Handles(GetStaff) get(p: StaffIdRequest, ctx: RequestContext) { return this.getStaff.execute(p, ctx); }
  @Handles(ListStaff) list(p: ListStaffRequest, ctx: RequestContext) { return this.listStaff.execute(p, ctx); }
  @Handles(FindStaffIds) findIds(p: FindStaffIdsRequest, ctx: RequestContext) { return this.findStaffIds.execute(p, ctx); }
  @Handles(GetStaffByIds) byIds(p: ByIdsRequest, ctx: RequestContext) { return this.staffByIds.execute(p, ctx); }
  @Handles(ImportStaff) import(p: ImportStaffRequest, ctx: RequestContext) { return this.importStaff.execute(p, ctx); }
  @Handles(StartStaffImport) startImport(p: ImportStaffRequest, ctx: RequestContext) { return this.importJobs.start(p, ctx); }
  @Handles(GetStaffImportJob) importJob(p: StaffImportJobRequest, ctx: RequestContext) { return this.importJobs.get(p, ctx); }
  @Handles(InviteStaff) invite(p: StaffIdRequest, ctx: RequestContext) { return this.inviteStaff.execute(p, ctx); }
  @Handles(ExportPersonalData) export(p: OptionalStaffIdRequest, ctx: RequestContext) { return this.exportPersonalData.execute(p, ctx); }
  @Handles(EraseStaff) erase(p: StaffIdRequest, ctx: RequestContext) { return this.eraseStaff.execute(p, ctx); }
}
