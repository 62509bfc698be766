import { Type } from 'class-transformer';
import { ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { defineRequest, PageRequest, SUPPORTED_LOCALES, type Page } from '@m4pris/platform-core';
import { COUNTRY_CODE } from './common.js';

export const MODULE_NAMES = ['identity', 'programmes', 'matching', 'training', 'evaluation', 'notifications'] as const;

/** The tenant's first administrator: invited (the link goes to their mailbox, in the tenant's language) and made tenant admin. */
export class FirstAdministratorInput {
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254) email: string;
}

export class CreateTenantRequest {
  @IsString() @Matches(/^[a-z0-9][a-z0-9-]{1,39}$/, { message: 'code must be 2-40 lowercase letters, digits or dashes' })
  code: string;

  @IsString() @MinLength(2) @MaxLength(200)
  name: string;

  @IsString() @Matches(COUNTRY_CODE, { message: 'country must be an ISO 3166-1 alpha-2 code such as DK' })
  country: string;

  @IsIn(SUPPORTED_LOCALES)
  defaultLocale: string;

  /** Required: the modules the tenant runs (identity and notifications are always on, listed or not). */
  @IsArray() @ArrayUnique() @IsIn(MODULE_NAMES, { each: true })
  enabledModules: string[];

  /** Who is told of every role granted in the tenant (the data-protection officer's mailbox). */
  @IsOptional() @IsEmail() @MaxLength(254) dataProtectionContactEmail?: string | null;

  /**
   * Given: the tenant, the administrator's invitation and their tenant_admin role are written in one
   * transaction (all or nothing).
   */
  @IsOptional() @ValidateNested() @Type(() => FirstAdministratorInput) firstAdministrator?: FirstAdministratorInput | null;
}

export class UpdateTenantRequest {
  @IsUUID() id: string;
  @IsOptional() @IsString() @MinLength(2) @MaxLength(200) name?: string;
  @IsOptional() @IsIn(SUPPORTED_LOCALES) defaultLocale?: string;
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(MODULE_NAMES, { each: true }) enabledModules?: string[];
  /** null clears it. */
  @IsOptional() @IsEmail() @MaxLength(254) dataProtectionContactEmail?: string | null;
}

export class GetByIdRequest {
  @IsUUID('all', { message: 'id must be a UUID' }) id: string;
}

export class ListTenantsRequest extends PageRequest {
  @IsOptional() @IsString() @MaxLength(100) search?: string;
}

export interface TenantDto {
  id: string;
  code: string;
  name: string;
  country: string;
  defaultLocale: string;
  enabledModules: string[];
  /** The data-protection contact told of every role grant; null until the tenant sets one. */
  dataProtectionContactEmail: string | null;
  createdAt: string;
}

export const CreateTenant = defineRequest<CreateTenantRequest, TenantDto>('identity.v1.tenant.create', CreateTenantRequest);
export const UpdateTenant = defineRequest<UpdateTenantRequest, TenantDto>('identity.v1.tenant.update', UpdateTenantRequest);
export const GetTenant = defineRequest<GetByIdRequest, TenantDto>('identity.v1.tenant.get', GetByIdRequest);
export const ListTenants = defineRequest<ListTenantsRequest, Page<TenantDto>>('identity.v1.tenant.list', ListTenantsRequest);
