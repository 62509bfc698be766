import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { hasTenantRole, type PersonDto, type RequestContext } from '@m4pris/platform-core';
import { Ctx, GqlLoaders, Loaders, PageInput, Person } from '@m4pris/platform-graphql';
import { Bus } from '@m4pris/platform-messaging';
import {
  CreateStaff,
  DisableAccount,
  EnableAccount,
  EraseStaff,
  ExportPersonalData,
  GetInstitutionsByIds,
  GetStaffByIds,
  GetStaff,
  ImportStaff,
  StartStaffImport,
  GetStaffImportJob,
  InviteAccount,
  InviteStaff,
  ResendInvitation,
  ListStaff,
  RecordLeaving,
  UpdateStaff,
  type StaffDto,
} from '@m4pris/identity-contracts';
import { Institution } from '../institution/institution.types.js';
import {
  CreateStaffInput,
  ImportResult,
  StaffImportJob,
  ImportStaffInput,
  Invitation,
  InviteAccountInput,
  PersonalDataExport,
  RecordStaffLeavingInput,
  Staff,
  StaffFilter,
  StaffOrderBy,
  StaffPage,
  UpdateStaffInput,
} from './staff.types.js';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @Query(() => StaffPage)
  staff(
    @Ctx() ctx: RequestContext,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
    @Args('filter', { type: () => StaffFilter, nullable: true }) filter?: StaffFilter,
    @Args('orderBy', { type: () => StaffOrderBy, nullable: true }) orderBy?: InstanceType<typeof StaffOrderBy>,
  ) {
    return this.bus.request(ListStaff, { ...filter, ...page, orderBy }, ctx);
  }

  @Query(() => Staff)
  staffMember(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetStaff, { staffId: id }, ctx);
  }

  @Query(() => PersonalDataExport, { description: 'Everything held about a staff member; omit staffId for yourself.' })
  exportPersonalData(@Ctx() ctx: RequestContext, @Args('staffId', { type: () => ID, nullable: true }) staffId?: string) {
    return this.bus.request(ExportPersonalData, { staffId }, ctx).then((e) => ({ exportedAt: e.exportedAt, data: JSON.stringify(e) }));
  }

  @Mutation(() => Staff)
  createStaff(@Args('input') input: CreateStaffInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(CreateStaff, input, ctx);
  }

  @Mutation(() => Staff)
  updateStaff(@Args('input') input: UpdateStaffInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(UpdateStaff, input, ctx);
  }

  @Mutation(() => Staff)
  recordStaffLeaving(@Args('input') input: RecordStaffLeavingInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(RecordLeaving, input, ctx);
  }

  @Mutation(() => ImportResult, { description: 'Import staff from CSV: all rows or none; use dryRun to validate first.' })
  importStaff(@Args('input') input: ImportStaffInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(ImportStaff, input, ctx);
  }

  @Mutation(() => StaffImportJob, {
    description: 'Start importing staff from CSV: the whole file is validated first (INVALID: nothing written; dryRun: CHECKED), then written on the server in chunks; poll staffImportJob for progress.',
  })
  startStaffImport(@Args('input') input: ImportStaffInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(StartStaffImport, input, ctx);
  }

  @Query(() => StaffImportJob, { description: 'A staff import of your tenant and its progress (who may import only).' })
  staffImportJob(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(GetStaffImportJob, { id }, ctx);
  }

  @Mutation(() => Invitation, { description: 'Invite a staff member to a sign-in account; the single-use link is e-mailed to them (never returned here).' })
  inviteStaff(@Args('staffId', { type: () => ID }) staffId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(InviteStaff, { staffId }, ctx);
  }

  @Mutation(() => Invitation, { description: 'Invite an account for someone who is not staff (an external researcher, a tenant admin); the link is e-mailed to them.' })
  inviteAccount(@Args('input') input: InviteAccountInput, @Ctx() ctx: RequestContext) {
    return this.bus.request(InviteAccount, input, ctx);
  }

  @Mutation(() => Invitation, { description: 'Send an invited account a new invitation: the old link stops working, the new one is e-mailed to the invitee. Who may invite may resend.' })
  resendInvitation(@Args('accountId', { type: () => ID }) accountId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(ResendInvitation, { accountId }, ctx);
  }

  @Mutation(() => Boolean, { description: "Disable an account of your tenant (not your own): it can no longer sign in. A leaver's account is disabled on the leaving date without this." })
  disableAccount(@Args('accountId', { type: () => ID }) accountId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(DisableAccount, { accountId }, ctx).then((r) => r.ok);
  }

  @Mutation(() => Boolean, { description: "Re-enable a disabled account of your tenant (never a leaver's: STAFF_HAS_LEFT)." })
  enableAccount(@Args('accountId', { type: () => ID }) accountId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(EnableAccount, { accountId }, ctx).then((r) => r.ok);
  }

  @Mutation(() => Boolean, { description: 'Erase the personal data of a staff member (GDPR art. 17).' })
  eraseStaff(@Args('staffId', { type: () => ID }) staffId: string, @Ctx() ctx: RequestContext) {
    return this.bus.request(EraseStaff, { staffId }, ctx).then((r) => r.ok);
  }

  @ResolveField('institution', () => Institution, { nullable: true, description: 'Resolved by identity with the staff record (no further request).' })
  institution(@Parent() staff: StaffDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    if (staff.institution !== undefined) return staff.institution;
    return loaders.byId('institution', (ids) => this.bus.request(GetInstitutionsByIds, { ids }, ctx)).load(staff.institutionId);
  }
}

/** From a person to their staff record, for staff readers (tenant admin, coordinator): batched, and null for anyone else. */
@Resolver(() => Person)
export class PersonStaffResolver {
  constructor(@Inject(Bus) private readonly bus: Bus) {}

  @ResolveField('staff', () => Staff, { nullable: true, description: "The person's staff record: tenant admins and coordinators only (null for anyone else). Batched: one staff.byIds request per response." })
  staff(@Parent() person: PersonDto, @GqlLoaders() loaders: Loaders, @Ctx() ctx: RequestContext) {
    if (!ctx.tenantId || !hasTenantRole(ctx, ctx.tenantId, ['tenant_admin', 'coordinator'])) return null;
    return loaders.byId('staff', (ids) => this.bus.request(GetStaffByIds, { ids }, ctx)).load(person.id);
  }
}
