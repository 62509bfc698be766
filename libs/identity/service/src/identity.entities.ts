import { AccountSchema, LoginAttemptSchema, RefreshTokenSchema, SigningKeySchema } from './account/account.entity.js';
import { AuditEntrySchema } from './audit/audit-entry.entity.js';
import { ConsentRecordSchema, ConsentTextSchema } from './consent/consent.entity.js';
import { InstitutionSchema, ShiftPatternSchema, UnitSchema } from './institution/institution.entity.js';
import { RoleAssignmentSchema } from './role/role-assignment.entity.js';
import { StaffSchema } from './staff/staff.entity.js';
import { StaffImportJobSchema } from './staff/staff-import-job.entity.js';
import { TenantSchema } from './tenant/tenant.entity.js';

import type { ServiceDefinition } from '@m4pris/platform-messaging';

/** Every table the identity service owns (the outbox tables are added by platform-persistence). */
export const identityEntities: ServiceDefinition['entities'] = [
  TenantSchema,
  InstitutionSchema,
  UnitSchema,
  ShiftPatternSchema,
  StaffSchema,
  StaffImportJobSchema,
  AccountSchema,
  RefreshTokenSchema,
  SigningKeySchema,
  LoginAttemptSchema,
  RoleAssignmentSchema,
  ConsentTextSchema,
  ConsentRecordSchema,
  AuditEntrySchema,
] as never[];
