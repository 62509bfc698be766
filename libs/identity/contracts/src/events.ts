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

/**
 * A role was granted (never by the grantee): the notifications module tells the grantee and the
 * tenant's data-protection contact. `tenantId` is null for a platform_admin grant.
 */
export class RoleGrantedEvent {
  @IsUUID() grantId: string;
  @IsOptional() @IsUUID() tenantId: string | null;
  @IsUUID() accountId: string;
  @IsString() role: string;
  @IsOptional() @IsString() scopeType: string | null;
  @IsOptional() @IsUUID() scopeId: string | null;
  @IsOptional() @IsUUID() grantedBy: string | null;
  @IsOptional() @IsString() dataProtectionContactEmail: string | null;
  /** The grantee's address and language (the grantee is told), and their staff id when they are staff. */
  @IsOptional() @IsString() email?: string | null;
  @IsOptional() @IsString() locale?: string | null;
  @IsOptional() @IsUUID() staffId?: string | null;
  /** The tenant's default language (the data-protection contact's notice). */
  @IsOptional() @IsString() tenantLocale?: string | null;
}

/** A staff member's leaving date has come: their account is disabled; every module ends what they take part in. */
export class StaffLeftEvent {
  @IsUUID() staffId: string;
  @IsUUID() tenantId: string;
  @IsOptional() @IsUUID() accountId: string | null;
  @Matches(DATE_ONLY) leftOn: string;
}

export const TenantCreated = defineEvent('identity.v1.tenant.created', TenantCreatedEvent);
/** Consumers keep the latest state per staff member: a late (older) event never overwrites a newer one, nor undoes an erasure. */
const staffKey = (p: { staffId: string }) => `identity.staff:${p.staffId}`;
/** Published when a staff member is registered or their profile changes (including leaving). */
export const StaffProfileChanged = defineEvent('identity.v1.staff.profileChanged', StaffProfileEvent, { orderKey: staffKey });
/** Every module must delete or anonymise what it holds about this person. */
export const StaffErased = defineEvent('identity.v1.staff.erased', StaffErasedEvent, { orderKey: staffKey });
/** Published when a pattern is created and again when it is edited; one order key per pattern, so a late older version never overwrites a newer one. */
export const ShiftPatternDefined = defineEvent('identity.v1.shiftPattern.defined', ShiftPatternDefinedEvent, { orderKey: (p: { shiftPatternId: string }) => `identity.shiftPattern:${p.shiftPatternId}` });
export const ConsentRecorded = defineEvent('identity.v1.consent.recorded', ConsentRecordedEvent);
export const RoleGranted = defineEvent('identity.v1.role.granted', RoleGrantedEvent);
/** Published once, on (or, for a date recorded in the past, when recorded after) the leaving date. */
export const StaffLeft = defineEvent('identity.v1.staff.left', StaffLeftEvent, { orderKey: staffKey });

/**
 * Display facts of a staff member for the modules that show people to people (programmes): the
 * name, the work e-mail and the names of their institution, unit and shift pattern. Only a module
 * that decides who may see whom consumes it; the profile event above stays free of names.
 */
export class StaffCardEvent {
  @IsUUID() staffId: string;
  @IsUUID() tenantId: string;
  @IsString() displayName: string;
  @IsString() workEmail: string;
  @IsUUID() institutionId: string;
  @IsString() institutionName: string;
  @IsOptional() @IsUUID() unitId: string | null;
  @IsOptional() @IsString() unitName: string | null;
  @IsOptional() @IsUUID() shiftPatternId: string | null;
  @IsOptional() @IsString() shiftPatternName: string | null;
}
/** What can be renamed that staff cards name: an institution, a unit, a shift pattern. */
export const PLACE_KINDS = ['institution', 'unit', 'shiftPattern'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * An institution, unit or shift pattern got a new name. A module that keeps staff cards (programmes)
 * renames it on every card it holds; the cards themselves are not re-published.
 */
export class PlaceRenamedEvent {
  @IsUUID() tenantId: string;
  @IsIn(PLACE_KINDS) kind: PlaceKind;
  @IsUUID() id: string;
  @IsString() name: string;
}
/** One order key per place: a rename that arrives late never undoes a newer one. */
export const PlaceRenamed = defineEvent('identity.v1.place.renamed', PlaceRenamedEvent, { orderKey: (p: { id: string }) => `identity.placeName:${p.id}` });

/** Published with every StaffProfileChanged; consumers keep the latest card per staff member. */
export const StaffCardChanged = defineEvent('identity.v1.staff.cardChanged', StaffCardEvent, { orderKey: (p: { staffId: string }) => `identity.staffCard:${p.staffId}` });

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

/**
 * A password reset was asked for an active account: the notifications module e-mails the single-use
 * link (30 minutes) to the account's address. Like an invitation, the token travels only to the
 * notifications module.
 */
export class PasswordResetRequestedEvent {
  @IsUUID() accountId: string;
  @IsOptional() @IsUUID() tenantId: string | null;
  @IsOptional() @IsUUID() staffId: string | null;
  @IsString() email: string;
  @IsString() token: string;
  @IsString() expiresAt: string;
  @IsOptional() @IsString() locale: string | null;
}
export const PasswordResetRequested = defineEvent('identity.v1.password.resetRequested', PasswordResetRequestedEvent);

/**
 * An account was disabled (by a tenant admin, or on the staff member's leaving date): the
 * notifications module tells the person at this address. (Erasure needs no event of its own: the
 * notifications module sends its notice while handling `staff.erased`, from its own copy of the
 * address, before it deletes that copy.)
 */
export class AccountDisabledEvent {
  @IsUUID() accountId: string;
  @IsOptional() @IsUUID() tenantId: string | null;
  @IsOptional() @IsUUID() staffId: string | null;
  @IsString() email: string;
  @IsOptional() @IsString() locale: string | null;
}
export const AccountDisabled = defineEvent('identity.v1.account.disabled', AccountDisabledEvent);
