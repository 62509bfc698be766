import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { defineEvent } from '@m4pris/platform-core';
import { DATE_ONLY, INSTITUTION_KINDS, type InstitutionKind } from './common.js';

export class TenantCreatedEvent {
  @IsUUID() tenantId: string;
  @IsString() code: string;
  @IsString() country: string;
  @IsArray() @IsString({ each: true }) enabledModules: string[];
}

/**
 * What other modules may keep about a staff member (projections for eligibility and matching):
 * no names, no email.
 */
export class StaffProfileEvent {
  @IsUUID() staffId: string;
  @IsUUID() tenantId: string;
  @IsUUID() institutionId: string;
  @IsIn(INSTITUTION_KINDS) institutionKind: InstitutionKind;
  @IsString() region: string;
  @IsOptional() @IsUUID() unitId: string | null;
  @IsString() position: string;
  @IsBoolean() supervisesOthers: boolean;
  @Matches(DATE_ONLY) hiredOn: string;
  @Matches(DATE_ONLY) joinedInstitutionOn: string;
  @IsOptional() @IsIn(INSTITUTION_KINDS) previousInstitutionKind: InstitutionKind | null;
  @IsOptional() @IsUUID() shiftPatternId: string | null;
  @IsInt() shiftOffsetDays: number;
  @IsArray() @IsString({ each: true }) languages: string[];
  @IsOptional() @IsUUID() lineManagerId: string | null;
  @IsOptional() @Matches(DATE_ONLY) leftServiceOn: string | null;
}

export class StaffErasedEvent {
  @IsUUID() staffId: string;
  @IsUUID() tenantId: string;
  @IsOptional() @IsUUID() accountId: string | null;
}

export class ShiftEvent {
  @IsInt() day: number;
  @IsString() start: string;
  @IsNumber() hours: number;
}

export class ShiftPatternDefinedEvent {
  @IsUUID() shiftPatternId: string;
  @IsUUID() tenantId: string;
  @IsString() name: string;
  @IsInt() cycleDays: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ShiftEvent) shifts: ShiftEvent[];
}

export class ConsentRecordedEvent {
  @IsUUID() tenantId: string;
  @IsUUID() accountId: string;
  @IsOptional() @IsUUID() staffId: string | null;
  @IsString() purpose: string;
  @IsInt() version: number;
  @IsBoolean() granted: boolean;
}

export const TenantCreated = defineEvent('identity.v1.tenant.created', TenantCreatedEvent);
/** Consumers keep the latest state per staff member: a late (older) event never overwrites a newer one, nor undoes an erasure. */
const staffKey = (p: { staffId: string }) => `identity.staff:${p.staffId}`;
/** Published when a staff member is registered or their profile changes (including leaving). */
export const StaffProfileChanged = defineEvent('identity.v1.staff.profileChanged', StaffProfileEvent, { orderKey: staffKey });
/** Every module must delete or anonymise what it holds about this person. */
export const StaffErased = defineEvent('identity.v1.staff.erased', StaffErasedEvent, { orderKey: staffKey });
export const ShiftPatternDefined = defineEvent('identity.v1.shiftPattern.defined', ShiftPatternDefinedEvent);
export const ConsentRecorded = defineEvent('identity.v1.consent.recorded', ConsentRecordedEvent);

/**
 * The contact details the notifications module keeps to reach a staff member: name (for the body of
 * a message to someone else, e.g. "you have been matched with …"), e-mail and language. Only the
 * notifications module consumes it; nothing else may use it for decisions.
 */
export class StaffContactEvent {
  @IsUUID() staffId: string;
  @IsUUID() tenantId: string;
  @IsString() firstName: string;
  @IsString() lastName: string;
  @IsString() email: string;
  /** Preferred language (one of the platform's locales), or null for the tenant's default. */
  @IsOptional() @IsString() locale: string | null;
}

/**
 * A single-use invitation was issued: the notifications module e-mails the link to the invitee.
 * The token is a credential: it travels only to the notifications module and is never returned to
 * the inviter.
 */
export class InvitationIssuedEvent {
  @IsUUID() accountId: string;
  @IsOptional() @IsUUID() tenantId: string | null;
  @IsOptional() @IsUUID() staffId: string | null;
  @IsString() email: string;
  @IsString() token: string;
  @IsString() expiresAt: string;
  @IsOptional() @IsString() locale: string | null;
}

export const StaffContactChanged = defineEvent('identity.v1.staff.contactChanged', StaffContactEvent, { orderKey: (p) => `identity.staffContact:${p.staffId}` });
export const InvitationIssued = defineEvent('identity.v1.invitation.issued', InvitationIssuedEvent);
