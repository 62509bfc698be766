import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import { Bus, type ServiceDefinition } from '@m4pris/platform-messaging';
import { ormProviders } from '@m4pris/platform-persistence';
import { AcceptInvitationUseCase } from './account/accept-invitation.use-case.js';
import { BootstrapAdminUseCase } from './account/bootstrap-admin.use-case.js';
import { ChangePasswordUseCase } from './account/change-password.use-case.js';
import { GetJwksUseCase, GetMeUseCase } from './account/get-me.use-case.js';
import { GetSessionStateUseCase } from './account/sessions.js';
import { SessionCache } from './account/session-cache.js';
import { Invitations } from './account/invitations.js';
import { InviteAccountUseCase } from './account/invite-account.use-case.js';
import { LoginLimiter } from './account/login-limiter.js';
import { LoginUseCase } from './account/login.use-case.js';
import { LogoutUseCase } from './account/logout.use-case.js';
import { LogoutEverywhereUseCase } from './account/logout-everywhere.use-case.js';
import { RefreshTokensUseCase } from './account/refresh-tokens.use-case.js';
import { RequestPasswordResetUseCase, ResetPasswordUseCase } from './account/password-reset.use-case.js';
import { ResendInvitationUseCase } from './account/resend-invitation.use-case.js';
import { UpdateMyPreferencesUseCase } from './account/update-my-preferences.use-case.js';
import { Clock } from './shared/clock.js';
import { SigningKeys } from './account/signing-keys.js';
import { TokenIssuer } from './account/token-issuer.js';
import { RecordPersonalDataReadUseCase } from './audit/record-personal-data-read.use-case.js';
import { DisableAccountUseCase, EnableAccountUseCase } from './account/account-status.use-case.js';
import { LeaverSweep } from './staff/leavers.js';
import { AuditLog } from './audit/audit-log.js';
import { ListAuditUseCase } from './audit/list-audit.use-case.js';
import { ListConsentTextsUseCase, ListMyConsentsUseCase } from './consent/consent-queries.use-case.js';
import { PublishConsentTextUseCase } from './consent/publish-consent-text.use-case.js';
import { RecordConsentUseCase } from './consent/record-consent.use-case.js';
import { IdentitySettings } from './identity.settings.js';
import { identityEntities } from './identity.entities.js';
import { CreateInstitutionUseCase } from './institution/create-institution.use-case.js';
import { CreateShiftPatternUseCase, ListShiftPatternsUseCase } from './institution/create-shift-pattern.use-case.js';
import { CreateUnitUseCase, ListUnitsUseCase } from './institution/create-unit.use-case.js';
import { GetInstitutionsByIdsUseCase, GetInstitutionUseCase, ListInstitutionsUseCase } from './institution/institution-queries.use-case.js';
import { UpdateInstitutionUseCase } from './institution/update-institution.use-case.js';
import { identityMigrations } from './migrations/index.js';
import { AssignRoleUseCase } from './role/assign-role.use-case.js';
import { ListRolesUseCase } from './role/list-roles.use-case.js';
import { RevokeRoleUseCase } from './role/revoke-role.use-case.js';
import { CreateStaffUseCase } from './staff/create-staff.use-case.js';
import { EraseStaffUseCase } from './staff/erase-staff.use-case.js';
import { ExportPersonalDataUseCase } from './staff/export-personal-data.use-case.js';
import { ImportStaffUseCase } from './staff/import-staff.use-case.js';
import { StaffImportJobs } from './staff/staff-import-job.use-case.js';
import { InviteStaffUseCase } from './staff/invite-staff.use-case.js';
import { RecordLeavingUseCase } from './staff/record-leaving.use-case.js';
import { FindStaffIdsUseCase, GetStaffByIdsUseCase, GetStaffUseCase, ListStaffUseCase } from './staff/staff-queries.use-case.js';
import { StaffReader } from './staff/staff-reader.js';
import { StaffReferences } from './staff/staff-references.js';
import { UpdateStaffUseCase } from './staff/update-staff.use-case.js';
import { CreateTenantUseCase } from './tenant/create-tenant.use-case.js';
import { GetTenantUseCase, ListTenantsUseCase } from './tenant/tenant-queries.use-case.js';
import { RemoveUnitUseCase, UpdateUnitUseCase } from './institution/update-unit.use-case.js';
import { RemoveShiftPatternUseCase, UpdateShiftPatternUseCase } from './institution/update-shift-pattern.use-case.js';
import { UpdateTenantUseCase } from './tenant/update-tenant.use-case.js';


const useCases: Provider[] = [
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
  ResendInvitationUseCase,
  UpdateMyPreferencesUseCase,
  // tenant
  CreateTenantUseCase,
  UpdateTenantUseCase,
  GetTenantUseCase,
  ListTenantsUseCase,
  // institution, units, shift patterns
  CreateInstitutionUseCase,
  UpdateInstitutionUseCase,
  GetInstitutionUseCase,
  ListInstitutionsUseCase,
  GetInstitutionsByIdsUseCase,
  CreateUnitUseCase,
  ListUnitsUseCase,
  UpdateUnitUseCase,
  RemoveUnitUseCase,
  CreateShiftPatternUseCase,
  ListShiftPatternsUseCase,
  UpdateShiftPatternUseCase,
  RemoveShiftPatternUseCase,
  // staff
  CreateStaffUseCase,
  UpdateStaffUseCase,
  RecordLeavingUseCase,
  GetStaffUseCase,
  ListStaffUseCase,
  FindStaffIdsUseCase,
  GetStaffByIdsUseCase,
  ImportStaffUseCase,
  StaffImportJobs,
  InviteStaffUseCase,
  ExportPersonalDataUseCase,
  EraseStaffUseCase,
  // accounts and sign-in
  LoginUseCase,
  RefreshTokensUseCase,
  LogoutUseCase,
  LogoutEverywhereUseCase,
  ChangePasswordUseCase,
  AcceptInvitationUseCase,
  InviteAccountUseCase,
  DisableAccountUseCase,
  EnableAccountUseCase,
  GetMeUseCase,
  GetJwksUseCase,
  GetSessionStateUseCase,
  BootstrapAdminUseCase,
  // roles, consent, audit
  AssignRoleUseCase,
  RevokeRoleUseCase,
  ListRolesUseCase,
  PublishConsentTextUseCase,
  RecordConsentUseCase,
  ListConsentTextsUseCase,
  ListMyConsentsUseCase,
  ListAuditUseCase,
];

/** Collaborators shared by several use cases. */
const support: Provider[] = [SessionCache, LeaverSweep, AuditLog, StaffReader, StaffReferences, SigningKeys, TokenIssuer, Invitations, LoginLimiter, Clock];

@Module({})
export class IdentityServiceModule {
  static register(orm: MikroORM, settings: IdentitySettings, bus: Bus): DynamicModule {
    return {
      module: IdentityServiceModule,
      providers: [...ormProviders(orm), { provide: IdentitySettings, useValue: settings }, { provide: Bus, useValue: bus }, ...support, ...useCases, RecordPersonalDataReadUseCase],
    };
  }
}

export const identityService: ServiceDefinition<IdentitySettings> = {
  name: 'identity',
  entities: identityEntities,
  migrations: identityMigrations,
  settings: IdentitySettings,
  module: (orm, settings, bus) => IdentityServiceModule.register(orm, settings, bus),
};
