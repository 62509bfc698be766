import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { defineRequest, type RoleGrant, type SessionAccount, EmptyRequest, SUPPORTED_LOCALES } from '@m4pris/platform-core';
import type { InvitationDto, StaffDto } from './staff.js';

export class LoginRequest {
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254)
  email: string;

  @IsString() @MinLength(1) @MaxLength(1024)
  password: string;
}

export class RefreshRequest {
  @IsString() @MinLength(20) @MaxLength(200)
  refreshToken: string;
}

export class LogoutRequest {
  @IsString() @MinLength(20) @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordRequest {
  @IsString() @MaxLength(1024)
  currentPassword: string;

  @IsString() @MaxLength(1024)
  newPassword: string;
}

export class AcceptInvitationRequest {
  @IsString() @MinLength(20) @MaxLength(200)
  token: string;

  @IsString() @MaxLength(1024)
  password: string;
}

export class RequestPasswordResetRequest {
  @IsEmail({}, { message: 'email must be a valid email address' }) @MaxLength(254)
  email: string;
}

export class ResetPasswordRequest {
  @IsString() @MinLength(20) @MaxLength(200)
  token: string;

  @IsString() @MaxLength(1024)
  newPassword: string;
}

export { EmptyRequest };

export class BootstrapAdminRequest {
  @IsEmail() @MaxLength(254)
  email: string;

  @IsOptional() @IsString() @MaxLength(1024)
  password?: string;
}

export interface TokenPairDto {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: 'Bearer';
}

export interface MeDto {
  accountId: string;
  email: string;
  tenantId: string | null;
  roles: RoleGrant[];
  staff: StaffDto | null;
  /** The language the platform speaks to the caller: their own choice (updateMyPreferences), else the tenant's default. */
  locale: string;
}

/** The caller's own settings; each field is optional and only the given ones change. */
export class UpdateMyPreferencesRequest {
  @IsOptional() @IsIn(SUPPORTED_LOCALES) locale?: string;
}

export class SessionStateRequest {
  @IsUUID()
  accountId: string;
}

export interface SessionStateDto {
  /** False when the account is gone (erased) or not active (disabled, invited). */
  active: boolean;
  version: number;
  /** The language the account chose (updateMyPreferences), or null: the gateway then uses the token's. */
  locale?: string | null;
  /** The enabled modules of the account's tenant, now (absent for an account without a tenant). */
  enabledModules?: string[];
  /**
   * The active account as `me` shows it without the staff record (email, tenant, grants, language), read
   * in the same statement: the gateway answers such a `me` from it instead of a second request (GetMe).
   */
  account?: SessionAccount;
}

export interface JwksDto {
  keys: Record<string, unknown>[];
}

export interface OkDto {
  ok: true;
}

export interface BootstrapAdminDto {
  created: boolean;
  /** Set only when the password was generated (printed once by the launcher). */
  generatedPassword?: string;
}

/** Claims of an access token (ES256, issuer `m4pris-identity`, audience `m4pris`). */
export interface AccessTokenClaims {
  sub: string;
  tid?: string;
  sid?: string;
  roles: RoleGrant[];
  locale: string;
  /** Session version of the account when the token was issued (see GetSessionState). */
  sv?: number;
  /** The tenant's enabled modules when the token was issued (used only while identity is unreachable). */
  mods?: string[];
}

export const ACCESS_TOKEN_ISSUER = 'm4pris-identity';
export const ACCESS_TOKEN_AUDIENCE = 'm4pris';

export const Login = defineRequest<LoginRequest, TokenPairDto>('identity.v1.auth.login', LoginRequest);
export const RefreshTokens = defineRequest<RefreshRequest, TokenPairDto>('identity.v1.auth.refresh', RefreshRequest);
export const Logout = defineRequest<LogoutRequest, OkDto>('identity.v1.auth.logout', LogoutRequest);
/** Signed in: ends every session of the caller (every refresh-token family revoked, every access token refused from the next request on). */
export const LogoutEverywhere = defineRequest<EmptyRequest, OkDto>('identity.v1.auth.logoutEverywhere', EmptyRequest);
/**
 * Requests that check a new password: their callers wait 30 s, not the bus default. The first check
 * after a start or a quiet spell builds the strength estimator (0.5–5 s on a loaded 2-core machine),
 * then argon2 hashes; with the default 5 s an invitation accepted right after identity's restart, on a
 * busy machine, answered MODULE_UNAVAILABLE although identity was up and working.
 */
const PASSWORD_CHECK = { timeoutMs: 30_000 };

export const ChangePassword = defineRequest<ChangePasswordRequest, OkDto>('identity.v1.auth.changePassword', ChangePasswordRequest, PASSWORD_CHECK);
export const AcceptInvitation = defineRequest<AcceptInvitationRequest, TokenPairDto>('identity.v1.auth.acceptInvitation', AcceptInvitationRequest, PASSWORD_CHECK);
/**
 * Anonymous: e-mails a single-use link to set a new password when the address belongs to an active
 * account. Always `{ ok: true }` (known, unknown, another tenant's or a disabled account alike);
 * throttled per address and per account (RATE_LIMITED like sign-in).
 */
export const RequestPasswordReset = defineRequest<RequestPasswordResetRequest, OkDto>('identity.v1.auth.requestPasswordReset', RequestPasswordResetRequest);
/** Anonymous: sets the password with the token of the mail (single use, 30 minutes) and ends every session of the account. */
export const ResetPassword = defineRequest<ResetPasswordRequest, OkDto>('identity.v1.auth.resetPassword', ResetPasswordRequest, PASSWORD_CHECK);
/** System only (the gateway, per request): whether tokens of the account issued under `sv` still hold. */
export const GetSessionState = defineRequest<SessionStateRequest, SessionStateDto>('identity.v1.auth.sessionState', SessionStateRequest);
export const GetJwks = defineRequest<EmptyRequest, JwksDto>('identity.v1.auth.jwks', EmptyRequest);
/**
 * The caller's own account. `withStaff: false` leaves the staff record out (`staff: null`): the
 * gateway says so when the query does not select `staff`, which spares the staff row, its account
 * and its institution, unit and shift pattern (three to five statements of a `me`). Default: with.
 */
export class GetMeRequest {
  @IsOptional() @IsBoolean()
  readonly withStaff?: boolean;
}
export const GetMe = defineRequest<GetMeRequest, MeDto>('identity.v1.auth.me', GetMeRequest);
/**
 * The signed-in caller saves their own settings (today: the language). The API speaks it from the
 * next request on where no Accept-Language is sent; the notifications module hears it through
 * `identity.v1.staff.contactChanged` (staff) and writes in it.
 */
export const UpdateMyPreferences = defineRequest<UpdateMyPreferencesRequest, MeDto>('identity.v1.auth.updateMyPreferences', UpdateMyPreferencesRequest);
/** System only: creates the platform admin on first start. */
export const BootstrapAdmin = defineRequest<BootstrapAdminRequest, BootstrapAdminDto>('identity.v1.admin.bootstrap', BootstrapAdminRequest);

export class AccountIdRequest {
  @IsUUID() accountId: string;
}

/** A tenant admin disables an account of the tenant (not their own): it can no longer sign in. */
export const DisableAccount = defineRequest<AccountIdRequest, { ok: true }>('identity.v1.account.disable', AccountIdRequest);
/** A tenant admin re-enables a disabled account (never a leaver's). */
export const EnableAccount = defineRequest<AccountIdRequest, { ok: true }>('identity.v1.account.enable', AccountIdRequest);

/**
 * Re-issues the invitation of an invited account (the old link stops working) and e-mails the new
 * one; whoever may invite the account may resend (tenant admin; the platform admin for a first admin).
 */
export const ResendInvitation = defineRequest<AccountIdRequest, InvitationDto>('identity.v1.account.resendInvitation', AccountIdRequest);
