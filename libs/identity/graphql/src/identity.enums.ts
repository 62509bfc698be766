import { registerEnumType } from '@nestjs/graphql';
import { ROLES, SCOPE_TYPES, type Role, type ScopeType } from '@m4pris/platform-core';
import { ACCOUNT_STATUSES, INSTITUTION_KINDS, STAFF_IMPORT_JOB_STATES, type AccountStatus, type InstitutionKind, type StaffImportJobState } from '@m4pris/identity-contracts';

/**
 * GraphQL enums over the contracts' string unions. GraphQL names are SCREAMING_CASE (`ADULT`,
 * `PLATFORM_ADMIN`); their internal values are the contract strings (`adult`, `platform_admin`), so
 * graphql-js converts in both directions and resolvers pass inputs and DTOs through unchanged.
 */
function enumOf<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), v]));
}

export const InstitutionKindEnum: Record<string, InstitutionKind> = enumOf(INSTITUTION_KINDS);
export const RoleEnum: Record<string, Role> = enumOf(ROLES);
export const ScopeTypeEnum: Record<string, ScopeType> = enumOf(SCOPE_TYPES);
export const AccountStatusEnum: Record<string, AccountStatus> = enumOf(ACCOUNT_STATUSES);
export const StaffImportJobStateEnum: Record<string, StaffImportJobState> = enumOf(STAFF_IMPORT_JOB_STATES);

registerEnumType(InstitutionKindEnum, { name: 'InstitutionKind', description: 'Kind of prison or institution.' });
registerEnumType(RoleEnum, { name: 'Role', description: 'A role an account can hold.' });
registerEnumType(ScopeTypeEnum, { name: 'ScopeType', description: 'What a role assignment is limited to (a tenant, an institution or a programme).' });
registerEnumType(AccountStatusEnum, {
  name: 'AccountStatus',
  description: 'State of the sign-in account of a staff member: NONE (never invited), INVITED, ACTIVE, DISABLED.',
});
registerEnumType(StaffImportJobStateEnum, {
  name: 'StaffImportJobState',
  description: 'RUNNING (rows being written), DONE (every row written), FAILED (a chunk could not be written; earlier rows stay), INVALID (the file failed validation; nothing written), CHECKED (a valid dry run; nothing written).',
});
