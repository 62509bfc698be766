import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { NamedRef, OrderByInput, Paginated, Person, sortFieldEnum } from '@m4pris/platform-graphql';
import { STAFF_SORT_FIELDS, type AccountStatus, type InstitutionKind, type StaffImportJobState } from '@m4pris/identity-contracts';
import { AccountStatusEnum, InstitutionKindEnum, StaffImportJobStateEnum } from '../identity.enums.js';

const DATE = 'Date, YYYY-MM-DD.';

@ObjectType({
  description: 'A member of staff, with their context (institution, unit, shift pattern, line manager) resolved by identity in the same reply.',
})
export class Staff {
  @Field(() => ID) id: string;
  @Field(() => ID) tenantId: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field({ description: 'First and last name.' }) displayName: string;
  @Field(() => NamedRef, { nullable: true }) unit?: NamedRef | null;
  @Field(() => NamedRef, { nullable: true }) shiftPattern?: NamedRef | null;
  @Field(() => Person, { nullable: true, description: 'Staff readers see the full person; the staff member reading their own record sees the name.' })
  lineManager?: Person | null;
  @Field() email: string;
  @Field() position: string;
  @Field() supervisesOthers: boolean;
  @Field({ description: `Hired into the prison service. ${DATE}` }) hiredOn: string;
  @Field({ description: `Joined the current institution. ${DATE}` }) joinedInstitutionOn: string;
  @Field(() => InstitutionKindEnum, { nullable: true }) previousInstitutionKind: InstitutionKind | null;
  @Field(() => ID) institutionId: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID, { nullable: true }) shiftPatternId: string | null;
  @Field(() => Int, { description: 'Offset of this person within the shift pattern cycle, in days.' }) shiftOffsetDays: number;
  @Field(() => [String], { description: 'ISO 639 language codes, e.g. da.' }) languages: string[];
  @Field(() => ID, { nullable: true }) lineManagerId: string | null;
  @Field(() => String, { nullable: true, description: `Left the service on this date. ${DATE}` }) leftServiceOn: string | null;
  @Field(() => AccountStatusEnum) accountStatus: AccountStatus;
  @Field(() => ID, { nullable: true }) accountId: string | null;
  @Field({ description: 'ISO 8601 timestamp.' }) createdAt: string;
}

export const StaffPage = Paginated(Staff, 'StaffPage');

export const StaffSortFieldEnum = sortFieldEnum(STAFF_SORT_FIELDS, 'StaffSortField', 'NAME is last name, then first name (the default order).');
export const StaffOrderBy = OrderByInput(StaffSortFieldEnum, 'StaffOrderBy');

@InputType()
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'Platform admin only; others see their own tenant.' }) tenantId?: string;
  @Field(() => [ID], { nullable: true, description: 'Only these staff members (at most 500): resolve a list of ids in one call.' }) ids?: string[];
  @Field(() => ID, { nullable: true }) institutionId?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ID, { nullable: true }) lineManagerId?: string;
  @Field({ nullable: true, description: 'Matches name or email.' }) search?: string;
  @Field({ nullable: true, description: `Only staff hired on or after this date (newcomers). ${DATE}` }) hiredSince?: string;
  @Field({ nullable: true, description: 'Include staff who have left (default false).' }) includeLeft?: boolean;
}

@InputType()
export class CreateStaffInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field() firstName: string;
  @Field() lastName: string;
  @Field() email: string;
  @Field() position: string;
  @Field() supervisesOthers: boolean;
  @Field({ description: `${DATE} Not in the future.` }) hiredOn: string;
  @Field({ description: `${DATE} On or after hiredOn.` }) joinedInstitutionOn: string;
  @Field(() => InstitutionKindEnum, { nullable: true }) previousInstitutionKind?: InstitutionKind | null;
  @Field(() => ID) institutionId: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) shiftPatternId?: string | null;
  @Field(() => Int, { nullable: true }) shiftOffsetDays?: number;
  @Field(() => [String], { description: 'ISO 639 language codes, e.g. da.' }) languages: string[];
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
}

@InputType({ description: 'Fields left out are not changed; null clears unitId, shiftPatternId, lineManagerId and previousInstitutionKind.' })
export class UpdateStaffInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) firstName?: string;
  @Field({ nullable: true }) lastName?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) position?: string;
  @Field({ nullable: true }) supervisesOthers?: boolean;
  @Field({ nullable: true, description: `${DATE} Not in the future.` }) hiredOn?: string;
  @Field({ nullable: true, description: `${DATE} On or after hiredOn (the one given, else the one recorded).` }) joinedInstitutionOn?: string;
  @Field(() => InstitutionKindEnum, { nullable: true }) previousInstitutionKind?: InstitutionKind | null;
  @Field(() => ID, { nullable: true }) institutionId?: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) shiftPatternId?: string | null;
  @Field(() => Int, { nullable: true }) shiftOffsetDays?: number;
  @Field(() => [String], { nullable: true }) languages?: string[];
  @Field(() => ID, { nullable: true }) lineManagerId?: string | null;
}

@InputType()
export class RecordStaffLeavingInput {
  @Field(() => ID, { description: 'Staff id.' }) id: string;
  @Field({ description: DATE }) leftOn: string;
}

@InputType()
export class ImportStaffInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field({
    description:
      'CSV text with a header row (at most 5 MB). Columns: first_name, last_name, email, position, supervises_others, hired_on, ' +
      'joined_institution_on, previous_institution_kind, institution, unit, shift_pattern, shift_offset_days, languages, line_manager_email. ' +
      'All rows are imported or none.',
  })
  csv: string;
  @Field({ nullable: true, description: 'Validate only; nothing is created.' }) dryRun?: boolean;
}

@ObjectType()
export class ImportRowError {
  @Field(() => Int, { description: '1-based line number in the file (the header is line 1).' }) line: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType()
export class ImportResult {
  @Field() valid: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int) created: number;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}

@ObjectType({ description: 'A staff import running on the server (startStaffImport): poll staffImportJob until state is no longer RUNNING.' })
export class StaffImportJob {
  @Field(() => ID) id: string;
  @Field(() => StaffImportJobStateEnum) state: StaffImportJobState;
  @Field(() => Int, { description: 'Rows in the file.' }) total: number;
  @Field(() => Int, { description: 'Rows written so far.' }) done: number;
  @Field(() => Int, { description: 'Rows not written (invalid rows, or from a chunk that failed on).' }) failed: number;
  @Field(() => [ImportRowError]) errors: ImportRowError[];
}

@ObjectType({ description: "An invitation issued: the single-use link is e-mailed to the invitee only (never returned to whoever invited)." })
export class Invitation {
  @Field(() => ID) accountId: string;
  @Field() email: string;
  @Field({ description: 'ISO 8601 timestamp.' }) expiresAt: string;
}

@InputType({ description: 'An account for someone who is not staff (an external researcher, a tenant admin).' })
export class InviteAccountInput {
  @Field(() => ID, { nullable: true, description: "Required for the platform admin; defaults to the caller's tenant otherwise." }) tenantId?: string;
  @Field() email: string;
}

@ObjectType({ description: 'A personal data export (GDPR art. 15/20).' })
export class PersonalDataExport {
  @Field({ description: 'ISO 8601 timestamp.' }) exportedAt: string;
  @Field({
    description:
      'The complete export as a JSON document: { exportedAt, staff, account, roles, consents, accessLog, moduleContent, modules, incomplete, complete }; ' +
      'modules holds each enabled module\'s part (the data subject\'s own export only), incomplete the modules that did not answer. ' +
      'Kept as one document so it can be handed to the data subject verbatim and can grow without a schema change.',
  })
  data: string;
}
