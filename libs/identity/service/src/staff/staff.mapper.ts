import type { StaffContactEvent, StaffDto, StaffProfileEvent } from '@m4pris/identity-contracts';
import { SUPPORTED_LOCALES } from '@m4pris/platform-core';
import type { Account } from '../account/account.entity.js';
import type { Institution } from '../institution/institution.entity.js';
import { iso } from '../shared/access.js';
import type { Staff } from './staff.entity.js';

export function toStaffDto(s: Staff, account: Account | null | undefined): StaffDto {
  return {
    id: s.id,
    tenantId: s.tenantId,
    firstName: s.firstName,
    lastName: s.lastName,
    displayName: `${s.firstName} ${s.lastName}`,
    email: s.email,
    position: s.position,
    supervisesOthers: s.supervisesOthers,
    hiredOn: s.hiredOn,
    joinedInstitutionOn: s.joinedInstitutionOn,
    previousInstitutionKind: s.previousInstitutionKind ?? null,
    institutionId: s.institutionId,
    unitId: s.unitId ?? null,
    shiftPatternId: s.shiftPatternId ?? null,
    shiftOffsetDays: s.shiftOffsetDays,
    languages: [...s.languages],
    lineManagerId: s.lineManagerId ?? null,
    leftServiceOn: s.leftServiceOn ?? null,
    accountStatus: account ? account.status : 'none',
    accountId: account?.id ?? null,
    createdAt: iso(s.createdAt),
  };
}

/** What other modules may know of a staff member: no names, no email. */
export function toProfileEvent(s: Staff, institution: Pick<Institution, 'kind' | 'region'>): StaffProfileEvent {
  return {
    staffId: s.id,
    tenantId: s.tenantId,
    institutionId: s.institutionId,
    institutionKind: institution.kind,
    region: institution.region,
    unitId: s.unitId ?? null,
    position: s.position,
    supervisesOthers: s.supervisesOthers,
    hiredOn: s.hiredOn,
    joinedInstitutionOn: s.joinedInstitutionOn,
    previousInstitutionKind: s.previousInstitutionKind ?? null,
    shiftPatternId: s.shiftPatternId ?? null,
    shiftOffsetDays: s.shiftOffsetDays,
    languages: [...s.languages],
    lineManagerId: s.lineManagerId ?? null,
    leftServiceOn: s.leftServiceOn ?? null,
  };
}

/**
 * What the notifications module keeps to reach the person (only it consumes this event). The
 * language is the one the person chose for their account (`preferred`), else the first platform
 * language of the staff record.
 */
export function toContactEvent(s: Staff, preferred: string | null = null): StaffContactEvent {
  const locale = preferred ?? s.languages.find((l) => (SUPPORTED_LOCALES as readonly string[]).includes(l)) ?? null;
  return { staffId: s.id, tenantId: s.tenantId, firstName: s.firstName, lastName: s.lastName, email: s.email, locale };
}
